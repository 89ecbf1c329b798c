/**
 * The boxes of an SVG export: a role (title, person, team and headcount, its
 * flags as words, "No path to customer" in red) and a customer (a pill with
 * its name). Long text is shortened to fit; the full text is in `<title>`.
 */
import type { Role } from '../../domain/chart';
import type { Flag } from '../../domain/analysis/service-paths';
import type { PlacedNode } from '../../layout/layout';
import { FLAG_WORDS, flagColour } from '../../theme/flags';
import { PALETTE } from '../../theme/palette';
import { el, type SvgElement } from './svg-tree';

/** Cut text to what fits `width` pixels at `size`, by an average glyph width; whole code points. */
function fit(text: string, width: number, size: number): string {
  const max = Math.max(1, Math.floor(width / (size * 0.58)));
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A role's box, placed by a transform; `data-id` carries its id. */
export function roleNode(role: Role, box: PlacedNode, flags: readonly Flag[]): SvgElement {
  const inner = box.width - 24;
  const noPath = flags.some((flag) => flag.kind === 'no-path');
  const details = [role.team, role.headcount > 1 ? `× ${role.headcount}` : undefined]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  const tooltip = [role.title, role.person, details, ...flags.map((flag) => flag.message)]
    .filter(Boolean)
    .join('\n');
  const children: SvgElement[] = [
    el('title', {}, tooltip),
    el('rect', {
      class: 'node-box',
      width: box.width,
      height: box.height,
      rx: 10,
      fill: '#ffffff',
      stroke: noPath ? PALETTE.flag.DEFAULT : '#9aa5b1',
      'stroke-width': noPath ? 2 : 1,
    }),
    el(
      'text',
      { class: 'node-title', x: 12, y: 24, 'font-size': 14, 'font-weight': 600, fill: '#1f2933' },
      fit(role.title, inner, 14),
    ),
  ];
  // Person and details stack under the title; the flag line keeps the bottom.
  let line = 44;
  for (const [kind, text, colour] of [
    ['node-person', role.person, '#3e4c59'],
    ['node-details', details, '#616e7c'],
  ] as const) {
    if (!text) continue;
    children.push(
      el(
        'text',
        { class: kind, x: 12, y: line, 'font-size': 12, fill: colour },
        fit(text, inner, 12),
      ),
    );
    line += 18;
  }
  if (flags.length > 0) {
    const words = [...new Set(flags.map((flag) => FLAG_WORDS[flag.kind]))].join(' · ');
    children.push(
      el(
        'text',
        {
          class: 'node-flag',
          x: 12,
          y: box.height - 12,
          'font-size': 12,
          'font-weight': 600,
          fill: flagColour(noPath ? 'no-path' : 'far'),
        },
        fit(words, inner, 12),
      ),
    );
  }
  return el(
    'g',
    {
      class: noPath ? 'node role flagged' : 'node role',
      'data-id': role.id,
      'data-kind': 'role',
      transform: `translate(${box.x} ${box.y})`,
    },
    ...children,
  );
}

/** A customer's pill, placed by a transform; `data-id` carries its id. */
export function customerNode(name: string, id: string, box: PlacedNode): SvgElement {
  return el(
    'g',
    {
      class: 'node customer',
      'data-id': id,
      'data-kind': 'customer',
      transform: `translate(${box.x} ${box.y})`,
    },
    el('title', {}, name),
    el('rect', {
      class: 'node-box',
      width: box.width,
      height: box.height,
      rx: box.height / 2,
      // The canvas's customer pill: a soft teal fill, a teal line, teal words.
      fill: PALETTE.customer.soft,
      stroke: PALETTE.customer.line,
      'stroke-width': 2,
    }),
    el(
      'text',
      {
        class: 'node-title',
        x: box.width / 2,
        y: box.height / 2 + 5,
        'text-anchor': 'middle',
        'font-size': 15,
        'font-weight': 600,
        fill: PALETTE.customer.DEFAULT,
      },
      fit(name, box.width - 24, 15),
    ),
  );
}
