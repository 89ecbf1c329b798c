/**
 * What the editor's canvas does differently for a big chart (more than
 * `BIG_CHART_FROM` nodes drawn), so a 10,000-role chart pans and zooms like a
 * small one: the windowed rendering of use-chart-window.ts, with the editor's
 * selection always in the DOM, roles toned by their flags, and
 *
 * - one invisible node spanning the whole chart, so Fit view still fits all
 *   of it (React Flow fits the nodes it has);
 * - in the overview a click on a box selects that role and zooms to it;
 * - the flip's layout prepared while the browser is idle.
 *
 * A small chart passes through untouched.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Chart, View } from '../../domain/chart';
import type { Analysis } from '../../domain/analysis/service-paths';
import { layoutOf } from '../../editor/derived';
import { useEditorStore } from '../../editor/use-editor';
import type { Layout } from '../../layout/layout';
import { extentNode } from './big-chart-extent';
import type { ChartFlowNode } from '../flow/flow-model';
import { useChartWindow, type OverviewPick, type WindowedChart } from './use-chart-window';

/** A click on a box in the overview zooms to this, where a role is read. */
const CLICK_ZOOM = 0.8;

export interface BigChart extends WindowedChart {
  /** The nodes to hand React Flow: `nodes` (built with `only`) and the invisible extent node. */
  withExtent(nodes: ChartFlowNode[]): ChartFlowNode[];
}

export function useBigChart(input: {
  /** The chart as drawn (folded branches left out). */
  chart: Chart;
  layout: Layout;
  analysis: Analysis;
  view: View;
  selection: ReadonlySet<string>;
  /** How much the layout enlarges every node (presenting). */
  scale: number;
  /** The shape the layout aims the chart at (the canvas's). */
  aspect: number;
  /** The least zoom of a small chart. */
  minZoom: number;
}): BigChart {
  const { chart, layout, analysis, view, selection, scale, aspect } = input;
  const store = useEditorStore();
  const { setCenter } = useReactFlow();
  const onPick = useCallback(
    (pick: OverviewPick) => {
      if (!pick) {
        store.getState().select([]);
        return;
      }
      store.getState().select([pick.id]);
      void setCenter(pick.x, pick.y, { zoom: CLICK_ZOOM, duration: 450 });
    },
    [store, setCenter],
  );
  const windowed = useChartWindow({
    chart,
    layout,
    tones: analysis,
    view,
    keep: selection,
    minZoom: input.minZoom,
    onPick,
  });
  const { active } = windowed;

  const bounds = active ? layout.bounds : null;
  const extent = useMemo(() => (bounds ? extentNode(bounds) : null), [bounds]);
  const last = useRef<{ from: ChartFlowNode[]; to: ChartFlowNode[] } | null>(null);
  const withExtent = useCallback(
    (nodes: ChartFlowNode[]) => {
      if (!extent) return nodes;
      // The same array for the same nodes, so React Flow is not handed a new one each render.
      if (last.current?.from === nodes && last.current.to[0] === extent) return last.current.to;
      const to = [extent, ...nodes];
      last.current = { from: nodes, to };
      return to;
    },
    [extent],
  );

  // The flip's layout, laid out while the browser is idle, so the flip starts at once.
  useEffect(() => {
    if (!active) return;
    const other: View = view === 'traditional' ? 'customer-first' : 'traditional';
    const prepare = () => void layoutOf(chart, other, scale, aspect);
    const idle = window.requestIdleCallback?.(prepare, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(prepare, 500) : 0;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [active, chart, view, scale, aspect]);

  return { ...windowed, withExtent };
}
