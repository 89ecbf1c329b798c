/**
 * Which links the canvas draws, and how loudly: the "Links" control (all /
 * selected / none) and the selection. With something selected, its links
 * stay bright and the others go quiet; "selected" draws only its links.
 */
import type { LinksShown } from '../../theme/link-kinds';
import type { ChartFlowEdge } from './flow-model';

/** The class of a link that is not the selection's while something is selected. */
export const QUIET_CLASS = 'is-quiet';

export function visibleLinks(
  edges: ChartFlowEdge[],
  shown: LinksShown,
  selection: ReadonlySet<string>,
  selectedEdge: string | null,
): ChartFlowEdge[] {
  if (shown === 'none') return [];
  const anything = selection.size > 0 || selectedEdge !== null;
  if (!anything) return shown === 'all' ? edges : [];
  const mine = (edge: ChartFlowEdge) =>
    edge.id === selectedEdge || selection.has(edge.source) || selection.has(edge.target);
  if (shown === 'selected') return edges.filter(mine);
  return edges.map((edge) =>
    mine(edge)
      ? edge
      : { ...edge, className: `${edge.className ?? ''} ${QUIET_CLASS}`.trim(), zIndex: 0 },
  );
}
