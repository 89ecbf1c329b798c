/**
 * The pictures Teach moves between: one layout per view a step uses, each
 * shifted so its box starts at y = 0, so that the pyramid and the inverted
 * triangle occupy the same box and the flip is every node moving vertically
 * inside a camera that holds still. `between` is the picture at a moment of a
 * move: nodes and tier bands eased from one layout to the next.
 */
import type { Chart, View } from '../../domain/chart';
import {
  layoutChart,
  type Layout,
  type LayoutOptions,
  type PlacedNode,
  type TierBand,
} from '../layout';
import {
  layoutServiceDistance,
  type DistanceLayoutOptions,
  type DistanceRow,
} from '../service-distance/service-distance-layout';

export type TeachView = View | 'service-distance';

export interface StepPicture {
  view: TeachView;
  nodes: Map<string, PlacedNode>;
  bands: TierBand[];
  rows: DistanceRow[];
  bounds: Layout['bounds'];
}

function shifted(view: TeachView, layout: Layout, rows: DistanceRow[]): StepPicture {
  const dy = -layout.bounds.y;
  const dx = -layout.bounds.x - layout.bounds.width / 2;
  const nodes = new Map<string, PlacedNode>();
  for (const [id, node] of layout.nodes) nodes.set(id, { ...node, x: node.x + dx, y: node.y + dy });
  return {
    view,
    nodes,
    bands: layout.bands.map((band) => ({ ...band, y: band.y + dy })),
    rows: rows.map((row) => ({ ...row, y: row.y + dy })),
    bounds: { ...layout.bounds, x: layout.bounds.x + dx, y: 0 },
  };
}

/** The picture of `chart` in `view`, its box's top-centre at (0, 0). */
export function stepPicture(
  chart: Chart,
  view: TeachView,
  options: Omit<LayoutOptions, 'view'> & Pick<DistanceLayoutOptions, 'order'> = {},
): StepPicture {
  const { order, ...rest } = options;
  if (view === 'service-distance') {
    const layout = layoutServiceDistance(chart, { ...rest, order });
    return shifted(view, layout, layout.rows);
  }
  return shifted(view, layoutChart(chart, { ...rest, view }), []);
}

/** Ease in and out (cubic): slow to start, slow to land, so a room sees the move. */
export function ease(t: number): number {
  const u = Math.min(1, Math.max(0, t));
  return u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2;
}

const mix = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * The picture a fraction `t` (0…1, eased by the caller) of the way from
 * `from` to `to`. Nodes in both move (and resize, when the two pictures size
 * boxes differently); nodes in one only stay where they are.
 * Bands of the same tier move and resize; the others are kept as they are,
 * and a caller fades them.
 */
export function between(from: StepPicture, to: StepPicture, t: number): StepPicture {
  const nodes = new Map<string, PlacedNode>();
  for (const [id, end] of to.nodes) {
    const start = from.nodes.get(id) ?? end;
    nodes.set(id, {
      ...end,
      x: mix(start.x, end.x, t),
      y: mix(start.y, end.y, t),
      width: mix(start.width, end.width, t),
      height: mix(start.height, end.height, t),
    });
  }
  const bands = to.bands.map((end) => {
    const start = from.bands.find((band) => band.tier === end.tier) ?? end;
    return { ...end, y: mix(start.y, end.y, t), height: mix(start.height, end.height, t) };
  });
  const box = (p: StepPicture) => p.bounds;
  const a = box(from);
  const b = box(to);
  return {
    view: t < 1 ? from.view : to.view,
    nodes,
    bands,
    rows: to.rows,
    bounds: {
      x: mix(a.x, b.x, t),
      y: mix(a.y, b.y, t),
      width: mix(a.width, b.width, t),
      height: mix(a.height, b.height, t),
    },
  };
}

/** The box that holds both pictures: the camera for a move between them. */
export function unionBounds(a: StepPicture, b: StepPicture): Layout['bounds'] {
  const x = Math.min(a.bounds.x, b.bounds.x);
  const y = Math.min(a.bounds.y, b.bounds.y);
  const right = Math.max(a.bounds.x + a.bounds.width, b.bounds.x + b.bounds.width);
  const bottom = Math.max(a.bounds.y + a.bounds.height, b.bounds.y + b.bounds.height);
  return { x, y, width: right - x, height: bottom - y };
}
