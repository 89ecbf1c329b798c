/**
 * The reference point: @dagrejs/dagre laying out a chart the way a general
 * graph layout would (rankdir BT: leaders at the bottom, as in customer first),
 * with every reporting line and every service link as an edge. Upturn does not
 * use this at runtime; the bench shows why (PERFORMANCE.md).
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { Chart } from '../src/domain/chart';
import { DEFAULT_CUSTOMER_SIZE, DEFAULT_ROLE_SIZE } from '../src/layout/layout';

/** Top-left corner of each node, by id, as dagre places it. */
export function dagreLayout(chart: Chart): Map<string, { x: number; y: number }> {
  // A fresh graph per call: nothing is shared between layouts.
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: false });
  g.setGraph({ rankdir: 'BT', nodesep: 32, ranksep: 72 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const customer of chart.customers) g.setNode(customer.id, { ...DEFAULT_CUSTOMER_SIZE });
  for (const role of chart.roles) g.setNode(role.id, { ...DEFAULT_ROLE_SIZE });
  for (const role of chart.roles) {
    if (role.reportsTo !== null) g.setEdge(role.reportsTo, role.id);
    for (const target of role.serves) g.setEdge(role.id, target);
  }
  dagre.layout(g);
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of g.nodes()) {
    const node = g.node(id);
    // dagre gives centre points; Upturn's layout speaks top-left corners.
    positions.set(id, {
      x: (node.x ?? 0) - (node.width ?? 0) / 2,
      y: (node.y ?? 0) - (node.height ?? 0) / 2,
    });
  }
  return positions;
}
