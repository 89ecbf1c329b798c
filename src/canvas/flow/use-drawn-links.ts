/**
 * Which links the canvas draws: the store's selected link, while it is drawn
 * at all (a link folded out of sight has no bar), and the edges left once
 * "Links: All / Selected / None" has had its say (link-visibility.ts).
 */
import { useMemo } from 'react';
import type { LinkRef } from '../../theme/link-kinds';
import { useEditor } from '../../editor/use-editor';
import type { ChartFlowEdge } from './flow-model';
import { visibleLinks } from './link-visibility';

function edgeOf(edges: readonly ChartFlowEdge[], link: LinkRef): ChartFlowEdge | undefined {
  return edges.find(
    (edge) =>
      edge.data?.from === link.from && edge.data?.to === link.to && edge.data?.kind === link.kind,
  );
}

export function useDrawnLinks(
  edges: ChartFlowEdge[],
  selected: ReadonlySet<string>,
): { shownLink: LinkRef | null; drawnEdges: ChartFlowEdge[] } {
  const selectedLink = useEditor((state) => state.selectedLink);
  const linksShown = useEditor((state) => state.linksShown);
  const edge = selectedLink ? edgeOf(edges, selectedLink) : undefined;
  const shownLink = edge ? selectedLink : null;
  const selectedEdge = edge?.id ?? null;
  const drawnEdges = useMemo(
    () => visibleLinks(edges, linksShown, selected, selectedEdge),
    [edges, linksShown, selected, selectedEdge],
  );
  return { shownLink, drawnEdges };
}
