/**
 * Link routes: every reporting line and service link as an orthogonal
 * polyline that never passes through a card it does not connect.
 *
 * The cards of a layout fall into horizontal bands (the y-extents of the
 * cards, merged where they overlap). Between two bands is a channel that no
 * card reaches into, across the whole chart. A route leaves its first card
 * into the channel on its side, runs along channels and crosses each band in
 * between through a gap between that band's cards, the gap nearest the way
 * to its end, and enters its last card from the channel on its side. So
 * every horizontal segment lies in a channel and every vertical one in a gap
 * (or over its own card's edge).
 *
 * Bundling: in each channel, the links converging on one card (a service
 * link's target, a manager's reports) share one lane; different ones get
 * different lanes, spread over the channel's height.
 *
 * A role stacked in a block of reports (PlacedNode.busX) is reached along
 * its column's bus: the route reaches the channel beside the block's first
 * row at the bus's x, runs down (or up) the gap left of the column, and
 * enters the card from the side. Its service links to what lies beyond the
 * block's far side leave from that side too and share one trunk per column,
 * beside the bus, out of the block.
 *
 * Pure, and linear in the links times the bands a link crosses (plus one
 * sort of the cards per layout).
 */
import type { View } from '../../domain/chart';
import type { Layout, PlacedNode } from '../layout';

export interface Point {
  x: number;
  y: number;
}

/** A link as the canvas draws it: a reporting line (report `from`, manager `to`) or a service link. */
export interface LinkEnds {
  id: string;
  kind: 'reporting' | 'service';
  from: string;
  to: string;
}

/** Least distance between a vertical segment through a gap and the cards beside it. */
const MARGIN = 6;
/** How far right of the reporting bus the service trunk of a column runs. */
const TRUNK_OFFSET = 4;
/** The height given to the open space above the first band and below the last. */
const OUTER_CHANNEL = 48;

interface Band {
  top: number;
  bottom: number;
  /** The cards' x-extents in this band, sorted by left edge (left, right, left, right …). */
  spans: Float64Array;
}

interface RouteIndex {
  bands: Band[];
}

const indexes = new WeakMap<Layout, RouteIndex>();

function indexOf(layout: Layout): RouteIndex {
  let index = indexes.get(layout);
  if (!index) {
    index = buildIndex([...layout.nodes.values()]);
    indexes.set(layout, index);
  }
  return index;
}

function buildIndex(nodes: PlacedNode[]): RouteIndex {
  const byTop = [...nodes].sort((a, b) => a.y - b.y);
  const bands: Band[] = [];
  let members: PlacedNode[] = [];
  let top = 0;
  let bottom = -Infinity;
  const close = () => {
    if (members.length === 0) return;
    members.sort((a, b) => a.x - b.x);
    const spans = new Float64Array(members.length * 2);
    members.forEach((node, k) => {
      spans[2 * k] = node.x;
      spans[2 * k + 1] = node.x + node.width;
    });
    bands.push({ top, bottom, spans });
    members = [];
  };
  for (const node of byTop) {
    if (node.y >= bottom) {
      close();
      top = node.y;
      bottom = node.y + node.height;
    } else if (node.y + node.height > bottom) {
      bottom = node.y + node.height;
    }
    members.push(node);
  }
  close();
  return { bands };
}

/** The band whose extent holds y (the last one starting at or above it). */
function bandAt(bands: readonly Band[], y: number): number {
  let lo = 0;
  let hi = bands.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bands[mid]!.top <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Channel c lies between band c - 1 and band c (0: above everything; bands.length: below). */
function channelExtent(bands: readonly Band[], c: number): { top: number; bottom: number } {
  const top = c === 0 ? bands[0]!.top - OUTER_CHANNEL : bands[c - 1]!.bottom;
  const bottom = c === bands.length ? bands[c - 1]!.bottom + OUTER_CHANNEL : bands[c]!.top;
  return { top, bottom };
}

/**
 * Where to cross band `b` going from x toward `toward`: a point of a gap
 * between its cards (MARGIN clear of them), chosen to keep the way short.
 */
function crossingX(band: Band, x: number, toward: number): number {
  const spans = band.spans;
  const count = spans.length / 2;
  // Gap g lies between card g - 1 and card g (gap 0 left of all, gap `count` right of all).
  const gapRange = (g: number): [number, number] => {
    const left = g === 0 ? -Infinity : spans[2 * (g - 1) + 1]! + MARGIN;
    const right = g === count ? Infinity : spans[2 * g]! - MARGIN;
    if (left <= right) return [left, right];
    const middle = (spans[2 * (g - 1) + 1]! + spans[2 * g]!) / 2;
    return [middle, middle];
  };
  const gapNear = (value: number): number => {
    // The first card whose left edge is right of value: the gap before it.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[2 * mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let best = x;
  let bestCost = Infinity;
  const consider = (g: number) => {
    if (g < 0 || g > count) return;
    const [left, right] = gapRange(g);
    const at = Math.min(right, Math.max(left, toward));
    const cost = Math.abs(at - x) + Math.abs(toward - at);
    if (cost < bestCost - 1e-9) {
      bestCost = cost;
      best = at;
    }
  };
  // The way is shortest through a gap between x and `toward` (nearest `toward`), else beside one.
  for (const value of [x, toward]) {
    const g = gapNear(value);
    consider(g - 1);
    consider(g);
    consider(g + 1);
  }
  // x already in a gap that leads straight on: stay.
  const here = gapNear(x);
  const [left, right] = gapRange(here);
  if (x >= left && x <= right && Math.abs(x - toward) <= bestCost) return x;
  return best;
}

interface Leg {
  id: string;
  lane: string;
  start: Point;
  /** Points before the first channel (a bus stub), in order. */
  head: Point[];
  fromChannel: number;
  toChannel: number;
  endX: number;
  /** Points after the last channel, in order. */
  tail: Point[];
}

/**
 * The routes of `links` over `layout`, keyed by link id, each from the
 * edge's source to its target as the canvas draws it: customer first, a
 * manager's line runs up from the manager to the report; traditional, from
 * the report to the manager; a service link from the role to what it
 * serves. Links with an end not in the layout get no route.
 */
export function routeLinks(
  layout: Layout,
  view: View,
  links: readonly LinkEnds[],
): Map<string, Point[]> {
  const routes = new Map<string, Point[]>();
  if (layout.nodes.size === 0) return routes;
  const { bands } = indexOf(layout);
  const up = view === 'customer-first';
  const legs: Leg[] = [];

  // A card's side: the channel it opens into, and the point at the middle of that side.
  const sideOf = (node: PlacedNode, top: boolean) => {
    const band = bandAt(bands, node.y);
    return {
      channel: top ? band : band + 1,
      point: { x: node.x + node.width / 2, y: top ? node.y : node.y + node.height },
    };
  };

  for (const link of links) {
    const from = layout.nodes.get(link.from);
    const to = layout.nodes.get(link.to);
    if (!from || !to) continue;
    if (link.kind === 'service' && from.busX !== undefined && from.busFarY !== undefined) {
      // A stacked role serving something beyond its block's far side: along its column's trunk.
      const far = from.busFarY;
      const beyond = up ? to.y + to.height <= far : to.y >= far;
      // A card in the block's far row leaves by its own far side (below).
      const farRow = Math.abs((up ? from.y : from.y + from.height) - far) < 0.5;
      if (beyond && !farRow) {
        const trunk = from.busX + TRUNK_OFFSET;
        const middle = from.y + from.height / 2;
        const farBand = bandAt(bands, far);
        const entry = sideOf(to, !up);
        legs.push({
          id: link.id,
          lane: `t:${link.to}`,
          start: { x: from.x, y: middle },
          head: [{ x: trunk, y: middle }],
          fromChannel: up ? farBand : farBand + 1,
          toChannel: entry.channel,
          endX: entry.point.x,
          tail: [entry.point],
        });
        continue;
      }
    }
    if (link.kind === 'service') {
      const fromBand = bandAt(bands, from.y);
      const toBand = bandAt(bands, to.y);
      // Toward the target's band; within one band, by the channel above (below at the top).
      const goingUp = toBand < fromBand || (toBand === fromBand && (fromBand > 0 || !up));
      const exit = sideOf(from, goingUp);
      const entry = sideOf(to, toBand === fromBand ? goingUp : !goingUp);
      legs.push({
        id: link.id,
        lane: `t:${link.to}`,
        start: exit.point,
        head: [],
        fromChannel: exit.channel,
        toChannel: entry.channel,
        endX: entry.point.x,
        tail: [entry.point],
      });
      continue;
    }
    // Reporting: the manager's side facing its reports (top in customer first).
    const manager = to;
    const report = from;
    const managerSide = sideOf(manager, up);
    const bus = report.busX;
    let reportChannel: number;
    let reportPoints: Point[];
    let reportX: number;
    if (bus === undefined) {
      const side = sideOf(report, !up);
      reportChannel = side.channel;
      reportPoints = [side.point];
      reportX = side.point.x;
    } else {
      // The bus starts in the channel beside the block's first row, on the manager's side.
      const middle = report.y + report.height / 2;
      const firstRow = bandAt(bands, report.busY ?? report.y);
      reportChannel = up ? firstRow + 1 : firstRow;
      reportPoints = [
        { x: bus, y: middle },
        { x: report.x, y: middle },
      ];
      reportX = bus;
    }
    if (up) {
      legs.push({
        id: link.id,
        lane: `m:${manager.id}`,
        start: managerSide.point,
        head: [],
        fromChannel: managerSide.channel,
        toChannel: reportChannel,
        endX: reportX,
        tail: reportPoints,
      });
    } else {
      const start = reportPoints[reportPoints.length - 1]!;
      legs.push({
        id: link.id,
        lane: `m:${manager.id}`,
        start,
        head: reportPoints.slice(0, -1).reverse(),
        fromChannel: reportChannel,
        toChannel: managerSide.channel,
        endX: managerSide.point.x,
        tail: [managerSide.point],
      });
    }
  }

  // Lanes: per channel, one per bundle (target), in the order links first use them.
  const lanes = new Map<number, Map<string, number>>();
  for (const leg of legs) {
    const low = Math.min(leg.fromChannel, leg.toChannel);
    const high = Math.max(leg.fromChannel, leg.toChannel);
    for (let c = low; c <= high; c++) {
      let inChannel = lanes.get(c);
      if (!inChannel) {
        inChannel = new Map();
        lanes.set(c, inChannel);
      }
      if (!inChannel.has(leg.lane)) inChannel.set(leg.lane, inChannel.size);
    }
  }
  const laneY = (c: number, lane: string): number => {
    const { top, bottom } = channelExtent(bands, c);
    const inChannel = lanes.get(c)!;
    const k = inChannel.get(lane)!;
    return top + ((bottom - top) * (k + 1)) / (inChannel.size + 1);
  };

  for (const leg of legs) {
    const points: Point[] = [leg.start, ...leg.head];
    let x = points[points.length - 1]!.x;
    const step = leg.toChannel >= leg.fromChannel ? 1 : -1;
    for (let c = leg.fromChannel; ; c += step) {
      const y = laneY(c, leg.lane);
      points.push({ x, y });
      if (c === leg.toChannel) {
        points.push({ x: leg.endX, y });
        break;
      }
      // The band between channel c and the next one.
      const band = bands[step > 0 ? c : c - 1]!;
      const next = crossingX(band, x, leg.endX);
      if (next !== x) {
        points.push({ x: next, y });
        x = next;
      }
    }
    points.push(...leg.tail);
    routes.set(leg.id, simplified(points));
  }
  return routes;
}

/** Drops repeated points and the middle of three in a line. */
function simplified(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - point.x) < 0.01 && Math.abs(last.y - point.y) < 0.01) continue;
    const before = out[out.length - 2];
    if (
      last &&
      before &&
      ((Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - point.x) < 0.01) ||
        (Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - point.y) < 0.01))
    ) {
      out[out.length - 1] = point;
      continue;
    }
    out.push(point);
  }
  return out;
}
