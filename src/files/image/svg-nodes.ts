/**
 * The boxes of an SVG export: a role (title, person, team and headcount, its
 * flags as words, "No path to customer" in red) and a customer (a pill with
 * its name). A title or a name is never cut: it wraps to two lines, takes
 * the usual short forms, or is drawn smaller (`fitTitle`); the other lines
 * are shortened to fit. The full text is always in `<title>`.
 */
import type { Role } from '../../domain/chart';
import type { Flag } from '../../domain/analysis/service-paths';
import type { PlacedNode } from '../../layout/layout';
import { FLAG_WORDS, flagColour } from '../../theme/flags';
import { PALETTE } from '../../theme/palette';
import { fitTitle, type TitleLines } from '../../domain/title-lines';
import { el, type SvgElement } from './svg-tree';
import { measureBold, measureRegular } from './text-width';

/** The size a role's title is drawn at when it fits. */
export const TITLE_FONT_SIZE = 14;
const CUSTOMER_FONT_SIZE = 15;
/** The size of a card's other lines (person, team and headcount, flags): the smallest text on it. */
export const DETAIL_FONT_SIZE = 12;
/** Line spacing of a wrapped title, in ems. */
const LEADING = 1.2;

/** A line other than the title cut to what fits `width` at `size`, whole code points, with "…". */
function fit(text: string, width: number, size: number): string {
  if (measureRegular(text, size) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && measureRegular(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** Fitted titles by width and text: a big chart repeats its titles, so each is fitted once. */
const fitted = new Map<string, TitleLines>();

/** A role's title as it is drawn in an export card of `width`. */
export function roleTitleLines(title: string, width: number): TitleLines {
  const key = `${width}\u0000${title}`;
  let lines = fitted.get(key);
  if (!lines) {
    if (fitted.size >= 20_000) fitted.clear();
    lines = fitTitle(title, width - 24, TITLE_FONT_SIZE, measureBold);
    fitted.set(key, lines);
  }
  return lines;
}

/** A customer's name as it is drawn in an export pill of `width`. */
export function customerNameLines(name: string, width: number): TitleLines {
  return fitTitle(name, width - 24, CUSTOMER_FONT_SIZE, measureBold);
}

/** One `<tspan>` a line, each placed by its own baseline (`x` and `y` absolute). */
function lineSpans(lines: readonly string[], x: number, top: number, leading: number) {
  return lines.map((line, index) => el('tspan', { x, y: top + index * leading }, line));
}

/** A role's box, placed by a transform; `data-id` carries its id. */
export function roleNode(role: Role, box: PlacedNode, flags: readonly Flag[]): SvgElement {
  const inner = box.width - 24;
  const title = roleTitleLines(role.title, box.width);
  const leading = title.fontSize * LEADING;
  // One line sits where it always did; two start higher, so the person and details still fit.
  const firstBaseline = title.lines.length > 1 ? 8 + title.fontSize * 0.85 : 24;
  const lastBaseline = firstBaseline + Math.max(0, title.lines.length - 1) * leading;
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
      {
        class: 'node-title',
        x: 12,
        y: firstBaseline,
        'font-size': round(title.fontSize),
        'font-weight': 600,
        fill: '#1f2933',
      },
      ...lineSpans(title.lines, 12, firstBaseline, leading),
    ),
  ];
  // Person and details stack under the title; the flag line keeps the bottom.
  const tight = title.lines.length > 1;
  let line = lastBaseline + (tight ? 18 : 20);
  for (const [kind, text, colour] of [
    ['node-person', role.person, '#3e4c59'],
    ['node-details', details, '#616e7c'],
  ] as const) {
    if (!text) continue;
    children.push(
      el(
        'text',
        { class: kind, x: 12, y: line, 'font-size': DETAIL_FONT_SIZE, fill: colour },
        fit(text, inner, DETAIL_FONT_SIZE),
      ),
    );
    line += tight ? 16 : 18;
  }
  if (flags.length > 0) {
    const words = [...new Set(flags.map((flag) => FLAG_WORDS[flag.kind]))].join(' · ');
    children.push(
      el(
        'text',
        {
          class: 'node-flag',
          x: 12,
          y: box.height - (tight ? 9 : 12),
          'font-size': DETAIL_FONT_SIZE,
          'font-weight': 600,
          fill: flagColour(noPath ? 'no-path' : 'far'),
        },
        fit(words, inner, DETAIL_FONT_SIZE),
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
  const lines = customerNameLines(name, box.width);
  const leading = lines.fontSize * LEADING;
  // The lines centred as a block; a baseline sits about 0.35 em below a line's middle.
  const top = box.height / 2 - ((lines.lines.length - 1) * leading) / 2 + lines.fontSize * 0.35;
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
        y: top,
        'text-anchor': 'middle',
        'font-size': round(lines.fontSize),
        'font-weight': 600,
        fill: PALETTE.customer.DEFAULT,
      },
      ...lineSpans(lines.lines, box.width / 2, top, leading),
    ),
  );
}

/** Font sizes to a hundredth, as the serialiser writes them, so readers see the size drawn. */
function round(size: number): number {
  return Math.floor(size * 100) / 100;
}
