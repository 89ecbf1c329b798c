/**
 * One read-only chart of the compare view: a React Flow canvas laid out by the
 * engine, its viewport controlled by the compare view so the two canvases pan
 * and zoom together. In the overlay, service links added are labelled
 * "added", removed ones drawn dashed and labelled "removed".
 */
import { ReactFlow, ReactFlowProvider, type Viewport } from '@xyflow/react';
import { useMemo } from 'react';
import type { Chart, View } from '../../domain/chart';
import { toFlowEdges } from '../../canvas/flow/flow-edges';
import type { Layout } from '../../layout/layout';
import { linkKey, type RoleMark } from './compare-model';
import { compareNodeTypes, type CompareNode } from './compare-nodes';

export interface CompareCanvasProps {
  label: string;
  chart: Chart;
  layout: Layout;
  view: View;
  viewport: Viewport;
  onViewport: (viewport: Viewport) => void;
  focusId: string | null;
  marks?: ReadonlyMap<string, readonly RoleMark[]>;
  ghosts?: ReadonlySet<string>;
  linksAdded?: ReadonlySet<string>;
  linksRemoved?: ReadonlySet<string>;
}

const NO_MARKS: readonly RoleMark[] = [];

function CompareFlow({
  chart,
  layout,
  view,
  viewport,
  onViewport,
  focusId,
  marks,
  ghosts,
  linksAdded,
  linksRemoved,
}: CompareCanvasProps) {
  const nodes = useMemo(() => {
    const result: CompareNode[] = [];
    for (const role of chart.roles) {
      const box = layout.nodes.get(role.id);
      if (!box) continue;
      result.push({
        id: role.id,
        type: 'compareRole',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        draggable: false,
        selectable: false,
        data: {
          title: role.title,
          ...(role.person ? { person: role.person } : {}),
          headcount: role.headcount,
          marks: marks?.get(role.id) ?? NO_MARKS,
          ghost: ghosts?.has(role.id) ?? false,
          focused: role.id === focusId,
        },
      });
    }
    for (const customer of chart.customers) {
      const box = layout.nodes.get(customer.id);
      if (!box) continue;
      result.push({
        id: customer.id,
        type: 'compareCustomer',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        draggable: false,
        selectable: false,
        data: { name: customer.name, ghost: ghosts?.has(customer.id) ?? false },
      });
    }
    return result;
  }, [chart, layout, marks, ghosts, focusId]);

  const edges = useMemo(
    () =>
      toFlowEdges(chart, view).map((edge) => {
        const data = edge.data;
        if (!data || data.kind !== 'service') return { ...edge, selectable: false };
        const key = linkKey(data.from, data.to);
        if (linksRemoved?.has(key)) {
          return {
            ...edge,
            selectable: false,
            label: 'removed',
            style: { ...edge.style, strokeDasharray: '6 5', stroke: '#64748b' },
            ariaLabel: `${edge.ariaLabel ?? ''} (removed)`,
          };
        }
        if (linksAdded?.has(key)) {
          return {
            ...edge,
            selectable: false,
            label: 'added',
            style: { ...edge.style, strokeWidth: 3 },
            ariaLabel: `${edge.ariaLabel ?? ''} (added)`,
          };
        }
        return { ...edge, selectable: false };
      }),
    [chart, view, linksAdded, linksRemoved],
  );

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={compareNodeTypes}
      viewport={viewport}
      onViewportChange={onViewport}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      onlyRenderVisibleElements
      minZoom={0.05}
      maxZoom={2}
      proOptions={{ hideAttribution: true }}
    />
  );
}

/** A labelled, read-only chart canvas (its own React Flow instance). */
export function CompareCanvas(props: CompareCanvasProps) {
  return (
    <section
      aria-label={props.label}
      className="relative flex min-h-0 min-w-0 flex-1 flex-col border-slate-200 bg-white"
    >
      <h3 className="absolute top-2 left-3 z-10 rounded bg-white/90 px-2 py-0.5 text-xs font-semibold tracking-wide text-ink-soft uppercase shadow-sm">
        {props.label}
      </h3>
      <div className="min-h-0 flex-1">
        <ReactFlowProvider>
          <CompareFlow {...props} />
        </ReactFlowProvider>
      </div>
    </section>
  );
}
