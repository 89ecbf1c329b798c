/**
 * Order within fixed rows, for charts too big for dagre: barycentre sweeps
 * (Sugiyama's second phase). A down sweep sorts each row by the mean position
 * of its neighbours in the row above, an up sweep by those in the row below;
 * a node with no neighbour there keeps its place. Each sweep is one pass over
 * the edges plus a sort per row. Then x: each node as near the mean x of its
 * neighbours above as its row's order and gaps allow.
 */

/** Rows fixed, edges between neighbouring rows only, nodes numbered 0 … nodeCount-1. */
export interface RowGraph {
  nodeCount: number;
  /** The row of each node. */
  rank: Int32Array;
  /** Each row's nodes in their starting order, top row first. */
  rows: readonly (readonly number[])[];
  /** [upper, lower]: `upper` in row r, `lower` in row r + 1. */
  edges: readonly (readonly [number, number])[];
  width: (node: number) => number;
}

const SWEEPS = 4;

interface Adjacency {
  start: Int32Array;
  list: Int32Array;
}

function adjacency(graph: RowGraph, side: 0 | 1): Adjacency {
  const start = new Int32Array(graph.nodeCount + 1);
  for (const edge of graph.edges) start[edge[side] + 1] = start[edge[side] + 1]! + 1;
  for (let v = 0; v < graph.nodeCount; v++) start[v + 1] = start[v + 1]! + start[v]!;
  const fill = start.slice(0, graph.nodeCount);
  const list = new Int32Array(graph.edges.length);
  for (const edge of graph.edges) {
    const v = edge[side];
    list[fill[v]!] = edge[1 - side]!;
    fill[v] = fill[v]! + 1;
  }
  return { start, list };
}

/** Sorts `row` by the mean index of each node's neighbours; ties and loners keep their place. */
function sortRow(row: number[], index: Float64Array, near: Adjacency): void {
  const key = new Map<number, number>();
  row.forEach((v, i) => {
    let sum = 0;
    const { start, list } = near;
    for (let k = start[v]!; k < start[v + 1]!; k++) sum += index[list[k]!]!;
    const count = start[v + 1]! - start[v]!;
    key.set(v, count === 0 ? i : sum / count);
  });
  const place = new Map(row.map((v, i) => [v, i]));
  row.sort((a, b) => key.get(a)! - key.get(b)! || place.get(a)! - place.get(b)!);
  row.forEach((v, i) => (index[v] = i));
}

/** The orders after the sweeps, top row first. */
export function sweepOrders(graph: RowGraph): number[][] {
  const rows = graph.rows.map((row) => [...row]);
  const index = new Float64Array(graph.nodeCount);
  for (const row of rows) row.forEach((v, i) => (index[v] = i));
  const above = adjacency(graph, 1);
  const below = adjacency(graph, 0);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let r = 1; r < rows.length; r++) sortRow(rows[r]!, index, above);
    for (let r = rows.length - 2; r >= 0; r--) sortRow(rows[r]!, index, below);
  }
  for (let r = 1; r < rows.length; r++) sortRow(rows[r]!, index, above);
  return rows;
}

/**
 * Centre x of each node, in row order with at least `gapX` between
 * neighbours. The top row is packed around x = 0; every lower row is pulled
 * toward its neighbours above, then shifted so that it is centred where they are.
 */
export function placeRows(graph: RowGraph, rows: readonly (readonly number[])[], gapX: number) {
  const x = new Float64Array(graph.nodeCount);
  const above = adjacency(graph, 1);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length === 0) continue;
    const want = row.map((v) => {
      const { start, list } = above;
      const count = start[v + 1]! - start[v]!;
      if (r === 0 || count === 0) return NaN;
      let sum = 0;
      for (let k = start[v]!; k < start[v + 1]!; k++) sum += x[list[k]!]!;
      return sum / count;
    });
    // Left to right: as near the wanted place as the left neighbour allows.
    let previous = -Infinity;
    let previousHalf = 0;
    row.forEach((v, i) => {
      const half = graph.width(v) / 2;
      const least = previous + previousHalf + gapX + half;
      const wanted = Number.isNaN(want[i]!) ? least : want[i]!;
      x[v] =
        previous === -Infinity ? (Number.isNaN(want[i]!) ? 0 : wanted) : Math.max(wanted, least);
      previous = x[v]!;
      previousHalf = half;
    });
    // Centre the row on what it wanted (or on 0), keeping the gaps.
    const wanted = want.filter((w) => !Number.isNaN(w));
    const first = row[0]!;
    const last = row[row.length - 1]!;
    const middle = (x[first]! - graph.width(first) / 2 + x[last]! + graph.width(last) / 2) / 2;
    const target = wanted.length === 0 ? 0 : wanted.reduce((a, b) => a + b, 0) / wanted.length;
    const shift = target - middle;
    for (const v of row) x[v] = x[v]! + shift;
  }
  return x;
}

/** Barycentre orders, then places: centre x of each node. */
export function sweepRowOrder(graph: RowGraph, gapX: number): Float64Array {
  return placeRows(graph, sweepOrders(graph), gapX);
}
