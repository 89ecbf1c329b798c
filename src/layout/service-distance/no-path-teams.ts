/**
 * The order of the service-distance view's last row: the roles with no path
 * to a customer, team by team. Each no-path role whose manager has a path (or
 * who has none) starts a team, followed by its no-path reports, depth first,
 * in document order. Linear; a reporting cycle is cut by the visited marks.
 */
import type { ServiceGraph } from '../../domain/analysis/service-graph';

export function noPathTeams(
  graph: ServiceGraph,
  placed: Uint8Array,
  distance: Int32Array,
): number[] {
  const { roleCount, manager, reportStart, reportList } = graph;
  const inRow = (v: number) => placed[v] === 1 && distance[v]! < 0;
  const seen = new Uint8Array(roleCount);
  const order: number[] = [];
  const stack: number[] = [];
  const visit = (root: number) => {
    stack.push(root);
    while (stack.length > 0) {
      const u = stack.pop()!;
      if (seen[u]) continue;
      seen[u] = 1;
      order.push(u);
      // Reports pushed last-first, so they come out in document order.
      for (let k = reportStart[u + 1]! - 1; k >= reportStart[u]!; k--) {
        const w = reportList[k]!;
        if (inRow(w) && !seen[w]) stack.push(w);
      }
    }
  };
  for (let u = 0; u < roleCount; u++) {
    if (!inRow(u) || seen[u]) continue;
    const m = manager[u]!;
    if (m < 0 || !inRow(m)) visit(u);
  }
  // Roles left over sit on a reporting cycle of no-path roles.
  for (let u = 0; u < roleCount; u++) if (inRow(u) && !seen[u]) visit(u);
  return order;
}
