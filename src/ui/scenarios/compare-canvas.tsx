/**
 * One read-only chart of the compare view: a React Flow canvas laid out by the
 * engine, its viewport controlled by the compare view so the two canvases pan
 * and zoom together. A big chart is drawn as the editor draws one
 * (use-chart-window.ts): the nodes in a window around the view as DOM cards
 * with their marks, the rest and the zoomed-out overview on a canvas.
 */
import { ReactFlow, ReactFlowProvider, type Viewport } from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import type { Chart, View } from '../../domain/chart';
import { SceneLayers, type SceneMarks } from '../../canvas/big-chart/scene-layer';
import { useChartWindow, type OverviewPick } from '../../canvas/big-chart/use-chart-window';
import { useCardDetail } from '../../canvas/viewport/use-card-detail';
import type { Layout } from '../../layout/layout';
import { compareEdges, compareNodes, compareTones, type CompareMarks } from './compare-flow-model';
import { COMPARE_MIN_ZOOM } from './compare-layout';
import { compareNodeTypes } from './compare-nodes';

export interface CompareCanvasProps extends CompareMarks {
  label: string;
  chart: Chart;
  layout: Layout;
  view: View;
  viewport: Viewport;
  onViewport: (viewport: Viewport) => void;
  focusId: string | null;
  /** A role picked on the canvas (a box clicked in a big chart's overview). */
  onFocus?: (roleId: string) => void;
}

const NOTHING: ReadonlySet<string> = new Set();

function CompareFlow({
  chart,
  layout,
  view,
  viewport,
  onViewport,
  focusId,
  onFocus,
  marks,
  ghosts,
  linksAdded,
  linksRemoved,
}: CompareCanvasProps) {
  const keep = useMemo(() => (focusId ? new Set([focusId]) : NOTHING), [focusId]);
  const drawnMarks = useMemo(
    () => ({ marks, ghosts, linksAdded, linksRemoved }),
    [marks, ghosts, linksAdded, linksRemoved],
  );
  const tones = useMemo(() => compareTones(drawnMarks), [drawnMarks]);
  const onPick = useCallback(
    (pick: OverviewPick) => {
      if (pick && onFocus && chart.roles.some((role) => role.id === pick.id)) onFocus(pick.id);
    },
    [onFocus, chart],
  );
  const big = useChartWindow({
    chart,
    layout,
    tones,
    view,
    keep,
    minZoom: COMPARE_MIN_ZOOM,
    onPick,
  });
  const nodes = useMemo(
    () => compareNodes(chart, layout, drawnMarks, focusId, big.only),
    [chart, layout, drawnMarks, focusId, big.only],
  );
  const edges = useMemo(
    () => compareEdges(chart, view, drawnMarks, big.only),
    [chart, view, drawnMarks, big.only],
  );
  const scene = big.scene;
  const sceneMarks = useMemo((): SceneMarks => {
    const box = focusId ? scene?.indexOf.get(focusId) : undefined;
    return { selected: box === undefined ? [] : [box], lit: null };
  }, [scene, focusId]);
  const detail = useCardDetail(1);

  return (
    <div
      className="upturn-compare-canvas h-full w-full"
      data-lod={big.overview ? 'overview' : 'detail'}
      data-detail={detail}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={compareNodeTypes}
        viewport={viewport}
        onViewportChange={onViewport}
        onPaneClick={big.onPaneClick}
        onPaneMouseMove={big.onPaneMouseMove}
        onPaneMouseLeave={big.onPaneMouseLeave}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        onlyRenderVisibleElements
        minZoom={big.minZoom}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        <SceneLayers big={big} gliding={false} minimap={false} marks={sceneMarks} />
      </ReactFlow>
    </div>
  );
}

/** A labelled, read-only chart canvas (its own React Flow instance). */
export const CompareCanvas = memo(function CompareCanvas(props: CompareCanvasProps) {
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
});
