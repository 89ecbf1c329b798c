/**
 * Test data for the file readers and writers: valid charts full of hostile
 * text (formulas, markup, quotes, commas, line breaks, semicolons, unicode).
 * Used by the property tests only.
 */
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type Chart, type Customer, type Role } from '../../domain/chart';
import { mulberry32 } from '../../domain/samples/generate-chart';

/** Strings that have broken spreadsheets, parsers and web pages. */
export const HOSTILE_STRINGS: readonly string[] = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\tTabbed',
  '\r\nCarriage',
  "'=already guarded",
  "''+twice",
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  ']]></metadata><svg onload=alert(1)>',
  '&amp; &lt; &#60;',
  '"quoted", with a comma',
  'line\nbreak',
  'semi;colon',
  'back\\slash\\;',
  "it's",
  'Zoë Ångström',
  '東京 支店',
  'مرحبا',
  '🙂 emoji 👩‍👩‍👧',
  '\u0000nul\u0007bell',
  '\uFFFE\uFFFF',
  '\uD800 lone surrogate',
  '{"format":"upturn"}',
];

/** Text as a trimmed, non-blank field (the domain trims titles and names). */
export const hostileText: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    fc
      .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 6 }))
      .map(([a, b]) => `${b}${a}`),
  )
  .map((text) => text.trim())
  .filter((text) => text !== '');

/**
 * A valid chart (unique ids, no cycles, links to existing nodes, no repeated
 * links) with hostile text in every field. Roles appear in random order, so a
 * report often comes before its manager.
 */
export function hostileChart(maxRoles = 12): fc.Arbitrary<Chart> {
  return fc
    .tuple(fc.uniqueArray(hostileText, { maxLength: maxRoles + 4 }), fc.nat(4))
    .chain(([ids, customerCount]) => {
      const count = Math.min(customerCount, ids.length);
      const customerIds = ids.slice(0, count);
      const roleIds = ids.slice(count);
      return fc
        .record({
          name: hostileText,
          customerNames: fc.uniqueArray(hostileText, { minLength: count, maxLength: count }),
          specs: fc.tuple(
            ...roleIds.map((id, i) =>
              fc.record({
                title: hostileText,
                person: fc.option(hostileText, { nil: undefined }),
                team: fc.option(hostileText, { nil: undefined }),
                headcount: fc.integer({ min: 1, max: 5000 }),
                manager: i === 0 ? fc.constant(null) : fc.option(fc.nat(i - 1), { nil: null }),
                serves: fc.subarray(ids.filter((target) => target !== id)),
              }),
            ),
          ),
          settings: fc.record({
            farThreshold: fc.integer({ min: 1, max: 9 }),
            spanThreshold: fc.integer({ min: 1, max: 30 }),
          }),
          order: fc.nat(),
        })
        .map(({ name, customerNames, specs, settings, order }): Chart => {
          const customers: Customer[] = customerIds.map((id, i) => ({
            id,
            name: customerNames[i]!,
          }));
          const roles: Role[] = specs.map((spec, i) => {
            const role: Role = {
              id: roleIds[i]!,
              title: spec.title,
              headcount: spec.headcount,
              reportsTo: spec.manager === null ? null : roleIds[spec.manager]!,
              serves: spec.serves,
            };
            if (spec.person !== undefined) role.person = spec.person;
            if (spec.team !== undefined) role.team = spec.team;
            return role;
          });
          const random = mulberry32(order);
          for (let k = roles.length - 1; k > 0; k--) {
            const j = Math.floor(random() * (k + 1));
            [roles[k], roles[j]] = [roles[j]!, roles[k]!];
          }
          return { name, customers, roles, settings: { ...DEFAULT_SETTINGS, ...settings } };
        });
    });
}
