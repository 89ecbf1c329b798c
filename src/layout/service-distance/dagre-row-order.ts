/**
 * Order and x within fixed rows by `@dagrejs/dagre` (crossing reduction and
 * Brandes-Köpf placement), for charts of up to about a thousand roles. Ranks
 * are given, not computed: the graph's ranker is 'none' and each node carries
 * its row as its rank (doubled, because dagre doubles every edge's length).
 */
import dagre from '@dagrejs/dagre';
import type { RowGraph } from './row-order-sweeps';

/** Centre x of each node, the picture centred on x = 0. */
export function dagreRowOrder(graph: RowGraph, gapX: number): Float64Array {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ ranker: 'none', nodesep: gapX, ranksep: 72 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const row of graph.rows) {
    for (const v of row) {
      g.setNode(String(v), { width: graph.width(v), height: 1, rank: graph.rank[v]! * 2 });
    }
  }
  for (const [upper, lower] of graph.edges) g.setEdge(String(upper), String(lower));
  dagre.layout(g);
  const x = new Float64Array(graph.nodeCount);
  let min = Infinity;
  let max = -Infinity;
  for (const row of graph.rows) {
    for (const v of row) {
      const node = g.node(String(v)) as { x: number };
      x[v] = node.x;
      min = Math.min(min, node.x - graph.width(v) / 2);
      max = Math.max(max, node.x + graph.width(v) / 2);
    }
  }
  const shift = min === Infinity ? 0 : -(min + max) / 2;
  for (const row of graph.rows) for (const v of row) x[v] = x[v]! + shift;
  return x;
}
