/**
 * A laid-out chart as plain geometry, for drawing big charts on a <canvas>
 * and finding what lies under the pointer there: the boxes in flat typed
 * arrays, rows of boxes sorted by x (so a view is culled by binary search, not
 * by visiting every box), and the links between boxes with, per box, the links
 * that touch it. Pure (no DOM, no React); built once per layout.
 */
import type { Chart, View } from '../../domain/chart';
import type { Analysis } from '../../domain/analysis/service-paths';
import type { Layout, TierBand } from '../../layout/layout';
import { LINK_CODES } from '../../theme/link-kinds';

/**
 * How a box is drawn: its kind and whether it carries a flag (the editor), or
 * how it changed (the compare view: added, changed, a removed role's ghost).
 */
export const TONE = {
  role: 0,
  noPath: 1,
  warn: 2,
  customer: 3,
  added: 4,
  changed: 5,
  ghost: 6,
} as const;
export type Tone = (typeof TONE)[keyof typeof TONE];
/** The tone of each node: the editor's flags (an analysis), or any other reading of a node. */
export type SceneTones = Analysis | ((id: string) => Tone);

/** What a link stands for, as a number (src/theme/link-kinds.ts). */
export const LINK = LINK_CODES;

/** An axis-aligned box in layout coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes sharing one top edge (a row of the layout), sorted left to right. */
export interface SceneRow {
  top: number;
  /** The lowest bottom edge of its boxes. */
  bottom: number;
  /** Box indices, left to right. */
  order: Int32Array;
  /** The left edge of each box in `order`. */
  lefts: Float64Array;
  /** The widest box on the row (culling looks that far to the left). */
  maxWidth: number;
}

export interface ChartScene {
  view: View;
  count: number;
  ids: string[];
  x: Float64Array;
  y: Float64Array;
  width: Float64Array;
  height: Float64Array;
  tone: Uint8Array;
  indexOf: ReadonlyMap<string, number>;
  /** Rows, top to bottom. */
  rows: SceneRow[];
  bands: readonly TierBand[];
  bounds: Rect;
  linkCount: number;
  /** Link ends as box indices: for a reporting line, the report then its manager. */
  linkFrom: Int32Array;
  linkTo: Int32Array;
  linkKind: Uint8Array;
  /** Per box, its links: `linkList[linkStart[i] .. linkStart[i + 1])`. */
  linkStart: Int32Array;
  linkList: Int32Array;
}

function toneOf(analysis: Analysis, id: string): Tone {
  const flags = analysis.flagsByRole.get(id);
  if (!flags || flags.length === 0) return TONE.role;
  if (flags.some((flag) => flag.kind === 'no-path')) return TONE.noPath;
  return flags.some((flag) => flag.kind === 'far') ? TONE.warn : TONE.role;
}

/**
 * Builds the scene of a laid-out chart (the chart as drawn: folded branches
 * already left out). Roles are toned by `tones`: their flags, or a function.
 */
export function buildScene(
  chart: Chart,
  layout: Layout,
  tones: SceneTones,
  view: View,
): ChartScene {
  const roleTone = typeof tones === 'function' ? tones : (id: string) => toneOf(tones, id);
  const count = layout.nodes.size;
  const ids: string[] = new Array(count);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const width = new Float64Array(count);
  const height = new Float64Array(count);
  const tone = new Uint8Array(count);
  const indexOf = new Map<string, number>();

  let i = 0;
  for (const placed of layout.nodes.values()) {
    ids[i] = placed.id;
    x[i] = placed.x;
    y[i] = placed.y;
    width[i] = placed.width;
    height[i] = placed.height;
    tone[i] = placed.kind === 'customer' ? TONE.customer : roleTone(placed.id);
    indexOf.set(placed.id, i);
    i += 1;
  }

  // Rows: boxes grouped by their top edge, each sorted by x.
  const byTop = new Map<number, number[]>();
  for (let k = 0; k < count; k++) {
    const members = byTop.get(y[k]!);
    if (members) members.push(k);
    else byTop.set(y[k]!, [k]);
  }
  const rows: SceneRow[] = [...byTop.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([top, members]) => {
      members.sort((a, b) => x[a]! - x[b]!);
      const order = Int32Array.from(members);
      const lefts = new Float64Array(order.length);
      let bottom = top;
      let maxWidth = 0;
      for (let k = 0; k < order.length; k++) {
        const box = order[k]!;
        lefts[k] = x[box]!;
        bottom = Math.max(bottom, top + height[box]!);
        maxWidth = Math.max(maxWidth, width[box]!);
      }
      return { top, bottom, order, lefts, maxWidth };
    });

  // Links: reporting lines, then service links, only between boxes that are drawn.
  const from: number[] = [];
  const to: number[] = [];
  const kind: number[] = [];
  for (let r = 0; r < chart.roles.length; r++) {
    const role = chart.roles[r]!;
    // The layout lists roles first, in the chart's order: no lookup needed for a role's own box.
    const self = ids[r] === role.id ? r : indexOf.get(role.id);
    if (self === undefined) continue;
    const manager = role.reportsTo ? indexOf.get(role.reportsTo) : undefined;
    if (manager !== undefined) {
      from.push(self);
      to.push(manager);
      kind.push(LINK.reporting);
    }
    for (const target of role.serves) {
      const other = indexOf.get(target);
      if (other === undefined) continue;
      from.push(self);
      to.push(other);
      kind.push(tone[other] === TONE.customer ? LINK.toCustomer : LINK.toRole);
    }
  }
  const linkCount = from.length;
  const linkStart = new Int32Array(count + 1);
  for (let k = 0; k < linkCount; k++) {
    linkStart[from[k]! + 1] = linkStart[from[k]! + 1]! + 1;
    linkStart[to[k]! + 1] = linkStart[to[k]! + 1]! + 1;
  }
  for (let k = 0; k < count; k++) linkStart[k + 1] = linkStart[k + 1]! + linkStart[k]!;
  const next = linkStart.slice(0, count);
  const linkList = new Int32Array(linkCount * 2);
  const place = (end: number, link: number) => {
    linkList[next[end]!] = link;
    next[end] = next[end]! + 1;
  };
  for (let k = 0; k < linkCount; k++) {
    place(from[k]!, k);
    place(to[k]!, k);
  }

  return {
    view,
    count,
    ids,
    x,
    y,
    width,
    height,
    tone,
    indexOf,
    rows,
    bands: layout.bands,
    bounds: { ...layout.bounds },
    linkCount,
    linkFrom: Int32Array.from(from),
    linkTo: Int32Array.from(to),
    linkKind: Uint8Array.from(kind),
    linkStart,
    linkList,
  };
}

/** The first position in a sorted array whose value is at least `value`. */
function lowerBound(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Calls `visit` with every box that overlaps `rect`, row by row, left to
 * right. Linear in the boxes found (plus a binary search per row).
 */
export function forEachBoxIn(scene: ChartScene, rect: Rect, visit: (box: number) => void): void {
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  for (const row of scene.rows) {
    if (row.bottom < rect.y || row.top > bottom) continue;
    const { order, lefts } = row;
    for (let k = lowerBound(lefts, rect.x - row.maxWidth); k < order.length; k++) {
      if (lefts[k]! > right) break;
      const box = order[k]!;
      if (lefts[k]! + scene.width[box]! < rect.x) continue;
      const top = scene.y[box]!;
      if (top > bottom || top + scene.height[box]! < rect.y) continue;
      visit(box);
    }
  }
}

/** Boxes that overlap `rect`. */
export function boxesIn(scene: ChartScene, rect: Rect): number[] {
  const found: number[] = [];
  forEachBoxIn(scene, rect, (box) => found.push(box));
  return found;
}

/**
 * The box under a point (layout coordinates), or -1. Within `tolerance` of a
 * box counts too (nearest first): boxes a pixel or two wide on screen must
 * still be hit by a click.
 */
export function hitTest(scene: ChartScene, px: number, py: number, tolerance = 0): number {
  let best = -1;
  let bestDistance = Infinity;
  const area = {
    x: px - tolerance,
    y: py - tolerance,
    width: tolerance * 2,
    height: tolerance * 2,
  };
  forEachBoxIn(scene, area, (box) => {
    const left = scene.x[box]!;
    const top = scene.y[box]!;
    const dx = Math.max(left - px, 0, px - (left + scene.width[box]!));
    const dy = Math.max(top - py, 0, py - (top + scene.height[box]!));
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = box;
    }
  });
  return bestDistance <= tolerance * tolerance ? best : -1;
}

/** The part of the layout a viewport (`x`, `y`, `zoom` as React Flow has them) shows on a pane. */
export function viewRect(
  viewport: { x: number; y: number; zoom: number },
  pane: { width: number; height: number },
): Rect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: pane.width / viewport.zoom,
    height: pane.height / viewport.zoom,
  };
}

/** The points a link is drawn between: the facing edges' centres of its two boxes. */
export function linkEnds(
  scene: ChartScene,
  link: number,
): { x1: number; y1: number; x2: number; y2: number } {
  const a = scene.linkFrom[link]!;
  const b = scene.linkTo[link]!;
  const ax = scene.x[a]! + scene.width[a]! / 2;
  const bx = scene.x[b]! + scene.width[b]! / 2;
  // The box lower on the canvas connects from its top edge, the other from its bottom edge.
  if (scene.y[a]! >= scene.y[b]!) {
    return { x1: ax, y1: scene.y[a]!, x2: bx, y2: scene.y[b]! + scene.height[b]! };
  }
  return { x1: ax, y1: scene.y[a]! + scene.height[a]!, x2: bx, y2: scene.y[b]! };
}

/** What a person reads for a box: a role's title or a customer's name (src/theme/words.ts). */
export { titleOf } from '../../theme/words';
