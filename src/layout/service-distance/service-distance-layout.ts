/**
 * The service-distance view: every role in a row by its service distance to a
 * customer (customers on top, distance 1 under them, then 2, …), and the roles
 * with no path in a last row apart. It is the picture that shows an assistant
 * "serving the CEO" five steps from any customer.
 *
 * Rows are fixed by the analysis; only the order within a row is chosen, to
 * keep the service edges between neighbouring rows from crossing:
 * `@dagrejs/dagre` with fixed ranks for charts up to `DAGRE_UP_TO` roles, and
 * beyond that barycentre sweeps (row-order-sweeps.ts), linear per sweep.
 *
 * Pure and deterministic, like layoutChart: the same chart gives the same
 * picture, and nothing is shared between calls.
 */
import type { Chart, NodeKind } from '../../domain/chart';
import { buildServiceGraph, serviceDistances } from '../../domain/analysis/service-graph';
import {
  DEFAULT_CUSTOMER_SIZE,
  DEFAULT_ROLE_SIZE,
  layoutChart,
  type Layout,
  type PlacedNode,
  type Size,
} from '../layout';
import { dagreRowOrder } from './dagre-row-order';
import { noPathTeams } from './no-path-teams';
import { sweepRowOrder, type RowGraph } from './row-order-sweeps';

/** Above this many roles the order comes from barycentre sweeps, not dagre. */
export const DAGRE_UP_TO = 1000;

/** One row of the view: its distance (0 for customers, null for no path), label and extent. */
export interface DistanceRow {
  distance: number | null;
  label: string;
  y: number;
  height: number;
  count: number;
}

export interface DistanceLayout extends Layout {
  rows: DistanceRow[];
}

export interface DistanceLayoutOptions {
  sizeOf?: (kind: NodeKind, id: string) => Size;
  /** Least horizontal gap between neighbours on a row; default 32. */
  gapX?: number;
  /** Gap between rows; default 72, and twice that above the no-path row. */
  gapY?: number;
  /** Force an ordering method (tests); default by size. */
  order?: 'dagre' | 'sweeps';
}

const defaultSizeOf = (kind: NodeKind): Size =>
  kind === 'role' ? DEFAULT_ROLE_SIZE : DEFAULT_CUSTOMER_SIZE;

/** The words of a row's label: "Customers", "1 step from a customer", "No path to a customer". */
export function distanceRowLabel(distance: number | null): string {
  if (distance === null) return 'No path to a customer';
  if (distance === 0) return 'Customers';
  return `${distance} ${distance === 1 ? 'step' : 'steps'} from a customer`;
}

/**
 * Lays out the service-distance view. Node tiers are those of the reporting
 * layout, so a role keeps its colour across views. Never throws on bad data:
 * the service graph already ignores unknown ids and cuts reporting cycles.
 */
export function layoutServiceDistance(
  chart: Chart,
  options: DistanceLayoutOptions = {},
): DistanceLayout {
  const sizeOf = options.sizeOf ?? defaultSizeOf;
  const gapX = options.gapX ?? 32;
  const gapY = options.gapY ?? 72;
  const graph = buildServiceGraph(chart);
  const { distance } = serviceDistances(graph);
  const { roleCount, nodeCount, ids } = graph;
  const tiers = layoutChart(chart, { view: 'traditional', sizeOf }).nodes;

  // Each id once: the service graph numbers the first holder of an id.
  const nodesOfId = new Map<string, number>();
  for (let v = 0; v < nodeCount; v++) if (!nodesOfId.has(ids[v]!)) nodesOfId.set(ids[v]!, v);
  const placed = new Uint8Array(nodeCount);
  for (const v of nodesOfId.values()) placed[v] = 1;

  let maxDistance = 0;
  for (let v = 0; v < nodeCount; v++) {
    if (placed[v] && distance[v]! > maxDistance) maxDistance = distance[v]!;
  }
  const noPathRank = maxDistance + 1;
  const rankOf = new Int32Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) rankOf[v] = distance[v]! < 0 ? noPathRank : distance[v]!;

  // Edges between neighbouring rows: u (distance d) serves v (distance d - 1).
  const edges: [number, number][] = [];
  const { servesStart, servesList, reportStart, reportList } = graph;
  for (let u = 0; u < roleCount; u++) {
    if (!placed[u] || distance[u]! <= 0) continue;
    const want = distance[u]! - 1;
    for (let k = servesStart[u]!; k < servesStart[u + 1]!; k++) {
      const v = servesList[k]!;
      if (placed[v] && distance[v] === want) edges.push([v, u]);
    }
    for (let k = reportStart[u]!; k < reportStart[u + 1]!; k++) {
      const v = reportList[k]!;
      if (placed[v] && distance[v] === want) edges.push([v, u]);
    }
  }
  // Initial row orders: document order, but the no-path row team by team
  // (each manager with no path, then its reports), so teams stay together.
  const rowOrder: number[][] = [];
  for (let r = 0; r <= noPathRank; r++) rowOrder.push([]);
  for (let v = roleCount; v < nodeCount; v++) if (placed[v]) rowOrder[0]!.push(v);
  for (let u = 0; u < roleCount; u++) {
    if (placed[u] && distance[u]! > 0) rowOrder[distance[u]!]!.push(u);
  }
  rowOrder[noPathRank] = noPathTeams(graph, placed, distance);

  const size: Size[] = new Array<Size>(nodeCount);
  for (let v = 0; v < nodeCount; v++) {
    size[v] = sizeOf(v < roleCount ? 'role' : 'customer', ids[v]!);
  }
  const rowGraph: RowGraph = {
    nodeCount,
    rank: rankOf,
    rows: rowOrder,
    edges,
    width: (v) => size[v]!.width,
  };
  const method = options.order ?? (roleCount <= DAGRE_UP_TO ? 'dagre' : 'sweeps');
  const centreX =
    method === 'dagre' ? dagreRowOrder(rowGraph, gapX) : sweepRowOrder(rowGraph, gapX);

  // Rows top to bottom: customers, distance 1 … max, then the no-path row apart.
  const rowHeight = new Float64Array(noPathRank + 1);
  const rowCount = new Int32Array(noPathRank + 1);
  for (let v = 0; v < nodeCount; v++) {
    if (!placed[v]) continue;
    const r = rankOf[v]!;
    rowCount[r] = rowCount[r]! + 1;
    if (size[v]!.height > rowHeight[r]!) rowHeight[r] = size[v]!.height;
  }
  const rowTop = new Float64Array(noPathRank + 1);
  const rows: DistanceRow[] = [];
  let top = 0;
  for (let r = 0; r <= noPathRank; r++) {
    if (rowCount[r] === 0) continue;
    if (r === noPathRank && rows.length > 0) top += gapY;
    rowTop[r] = top;
    rows.push({
      distance: r === noPathRank ? null : r,
      label: distanceRowLabel(r === noPathRank ? null : r),
      y: top,
      height: rowHeight[r]!,
      count: rowCount[r]!,
    });
    top += rowHeight[r]! + gapY;
  }

  const nodes = new Map<string, PlacedNode>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // Roles in document order, then customers, like layoutChart.
  for (let v = 0; v < nodeCount; v++) {
    if (!placed[v]) continue;
    const r = rankOf[v]!;
    const { width, height } = size[v]!;
    const kind: NodeKind = v < roleCount ? 'role' : 'customer';
    const x = centreX[v]! - width / 2;
    const y = rowTop[r]! + (rowHeight[r]! - height) / 2;
    const tier = tiers.get(ids[v]!)?.tier ?? (kind === 'customer' ? 'customers' : 'front-line');
    nodes.set(ids[v]!, { id: ids[v]!, kind, x, y, width, height, tier });
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x + width > maxX) maxX = x + width;
    if (y + height > maxY) maxY = y + height;
  }
  const bounds =
    nodes.size === 0
      ? { x: 0, y: 0, width: 0, height: 0 }
      : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { nodes, bands: [], bounds, rows };
}
