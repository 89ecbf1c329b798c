/**
 * fast-check arbitraries for the command property tests (imported by
 * *.test.ts only). Ids come from a small pool, plus one that never exists, so
 * random sequences hit every rule: duplicates, unknown ids, customers used as
 * roles, cycles, repeated links.
 */
import fc from 'fast-check';
import { emptyChart, type Chart } from '../chart';
import type { Command } from '../commands/apply-command';

const ROLE_IDS = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];
const roleId = fc.constantFrom(...ROLE_IDS);
const customerId = fc.constantFrom('c0', 'c1');
// Mostly ids that exist (r0-r2 and c0 are in the seed chart), so commands are
// often accepted and charts grow; sometimes ids that do not, or never can.
const anyId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('r0', 'r1', 'r2') },
  { weight: 4, arbitrary: roleId },
  { weight: 3, arbitrary: customerId },
  { weight: 1, arbitrary: fc.constant('ghost') },
);
const newId = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('r3', 'r4', 'r5', 'r6', 'r7') },
  { weight: 1, arbitrary: anyId },
);
const title = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Cashier', 'Store Manager', '  CEO  ', 'IT Support') },
  { weight: 1, arbitrary: fc.constantFrom('', '  ') },
);
const headcount = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2.5) },
);
const manager = fc.option(anyId, { nil: null, freq: 4 });

/** Where every sequence starts: r0 leads, r1 reports to r0, r2 to r1 and serves c0. */
export function seedChart(): Chart {
  const chart = emptyChart('Seed');
  chart.customers.push({ id: 'c0', name: 'Shoppers' });
  chart.roles.push(
    { id: 'r0', title: 'Leader', headcount: 1, reportsTo: null, serves: [] },
    { id: 'r1', title: 'Manager', headcount: 1, reportsTo: 'r0', serves: [] },
    { id: 'r2', title: 'Clerk', headcount: 5, reportsTo: 'r1', serves: ['c0'] },
  );
  return chart;
}

/** Any command, valid or not, over the id pool. */
export const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('addRole' as const),
      role: fc.record(
        {
          id: newId,
          title,
          headcount,
          reportsTo: manager,
          serves: fc.array(anyId, { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'title'] },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('addCustomer' as const),
      customer: fc.record({ id: fc.oneof(customerId, anyId), name: title }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('updateRole' as const),
      id: anyId,
      changes: fc.record(
        { title, headcount, person: fc.option(title, { nil: undefined }) },
        { requiredKeys: [] },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deleteRole' as const), id: anyId }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deleteCustomer' as const), id: anyId }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('updateCustomer' as const),
      id: anyId,
      changes: fc.record({ name: title }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('setManager' as const),
      id: anyId,
      managerId: manager,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ type: fc.constant('addServiceLink' as const), from: anyId, to: anyId }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('removeServiceLink' as const),
      from: anyId,
      to: anyId,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('renameChart' as const), name: title }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('updateSettings' as const),
      changes: fc.record(
        { farThreshold: headcount, spanThreshold: headcount },
        { requiredKeys: [] },
      ),
    }),
  },
);

/** A valid chart: role i reports to some earlier role or none, and serves a few others. */
export const validChart: fc.Arbitrary<Chart> = fc
  .integer({ min: 1, max: 12 })
  .chain((size) =>
    fc.tuple(
      fc.array(fc.option(fc.nat({ max: size }), { nil: null }), {
        minLength: size,
        maxLength: size,
      }),
      fc.array(fc.uniqueArray(fc.nat({ max: size + 1 }), { maxLength: 3 }), {
        minLength: size,
        maxLength: size,
      }),
    ),
  )
  .map(([managers, serves]) => {
    const chart = emptyChart();
    chart.customers.push({ id: 'c0', name: 'Shoppers' }, { id: 'c1', name: 'Online' });
    const targets = (i: number, picks: number[]) =>
      picks
        .map((n) => (n >= managers.length ? `c${n - managers.length}` : `r${n}`))
        .filter((id) => id !== `r${i}`);
    managers.forEach((m, i) => {
      chart.roles.push({
        id: `r${i}`,
        title: `Role ${i}`,
        headcount: 1,
        // Only an earlier role may be the manager, so the chart has no cycle.
        reportsTo: m === null || i === 0 ? null : `r${m % i}`,
        serves: targets(i, serves[i] ?? []),
      });
    });
    return chart;
  });
