/**
 * What the canvas does differently for a big chart (more than
 * `BIG_CHART_FROM` nodes drawn), so a 10,000-role chart pans and zooms like a
 * small one:
 *
 * - React Flow gets only the nodes in a window around the view (see
 *   chart-window.ts) and the selected ones, plus one invisible node spanning
 *   the whole chart, so Fit view still fits all of it; and only the edges
 *   between two of those nodes. `only` says which: the canvas builds no other
 *   node or edge object, so an edit costs the window, not the chart. The
 *   links the DOM leaves out, and the whole chart when zoomed out (the
 *   overview), are drawn on a canvas from the layout (scene-layer.tsx).
 * - In the overview a click on a box selects that role and zooms to it; the
 *   pointer shows which role a box is.
 * - The least zoom is low enough to see all of the chart.
 *
 * A small chart passes through untouched.
 */
import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import type { Chart, View } from '../../domain/chart';
import type { Analysis } from '../../domain/analysis/service-paths';
import { layoutOf } from '../../editor/derived';
import { useEditorStore } from '../../editor/use-editor';
import type { Layout } from '../../layout/layout';
import { extentNode, overlaps } from './big-chart-extent';
import { buildScene, forEachBoxIn, hitTest, titleOf, type ChartScene } from './chart-scene';
import { BIG_CHART_FROM, minZoomFor, nextWindow, type ChartWindow } from './chart-window';
import type { ChartFlowNode } from '../flow/flow-model';
import { HoverStore } from './hover-store';

/** A click on a box in the overview zooms to this, where a role is read. */
const CLICK_ZOOM = 0.8;
/** A click this close to a box (screen pixels) hits it: boxes can be a pixel wide. */
const HIT_SLOP_PX = 4;

export interface BigChart {
  /** A big chart: the window, the overview and the canvas layer are in use. */
  active: boolean;
  /** Zoomed out: the canvas draws the chart, React Flow no node. */
  overview: boolean;
  /** Which nodes (and edges between them) React Flow gets; null: all of them (a small chart). */
  only: ((id: string) => boolean) | null;
  /** The nodes to hand React Flow: `nodes` (built with `only`) and the invisible extent node. */
  withExtent(nodes: ChartFlowNode[]): ChartFlowNode[];
  minZoom: number;
  scene: ChartScene | null;
  /** Per box of the scene: 1 when React Flow has its node. */
  inDom: Uint8Array | null;
  hover: HoverStore;
  onPaneClick(event: MouseEvent): void;
  onPaneMouseMove(event: MouseEvent): void;
  onPaneMouseLeave(event: MouseEvent): void;
}

const transformOf = (state: ReactFlowState) => state.transform;
const paneWidthOf = (state: ReactFlowState) => state.width;
const paneHeightOf = (state: ReactFlowState) => state.height;

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
  const flow = useStoreApi();
  const { screenToFlowPosition, setCenter } = useReactFlow();
  const active = layout.nodes.size > BIG_CHART_FROM;
  // The canvas's scene follows a render behind (React's deferred value): an edit paints
  // its nodes first (the canvas hides its links while they glide), then the scene catches
  // up; so does opening a chart (its nodes first, the bands and long links a frame later).
  const source = useMemo(
    () => (active ? { chart, layout, analysis, view } : null),
    [active, chart, layout, analysis, view],
  );
  const drawn = useDeferredValue(source, null);
  const scene = useMemo(
    () => (drawn ? buildScene(drawn.chart, drawn.layout, drawn.analysis, drawn.view) : null),
    [drawn],
  );
  const paneWidth = useStore(paneWidthOf);
  const paneHeight = useStore(paneHeightOf);
  const [hover] = useState(() => new HoverStore());

  // The window follows the viewport, changing only when the view leaves it.
  const [chartWindow, setChartWindow] = useState<ChartWindow | null>(null);
  const current = useRef<ChartWindow | null>(null);
  useEffect(() => {
    if (!active) return;
    const update = () => {
      const state = flow.getState();
      if (!state.width || !state.height) return;
      const [x, y, zoom] = transformOf(state);
      const next = nextWindow(current.current, { x, y, zoom }, state);
      if (next === current.current) return;
      current.current = next;
      setChartWindow(next);
    };
    update();
    return flow.subscribe(update);
  }, [active, flow]);

  const shown = active ? chartWindow : null;
  const overview = shown?.overview ?? false;
  // The window's nodes, and the selected ones wherever they are (a drag may carry
  // them off; the window moving must not take a node from under the pointer).
  // Read from the layout itself, not the scene, which may be a render behind.
  const only = useMemo(() => {
    if (!active) return null;
    const rect = shown && !shown.overview ? shown.rect : null;
    return (id: string) => {
      if (selection.has(id)) return true;
      const placed = rect ? layout.nodes.get(id) : undefined;
      return placed !== undefined && rect !== null && overlaps(placed, rect);
    };
  }, [active, layout, shown, selection]);
  // The same, per box of the scene, for the canvas (which draws the links the DOM does not).
  const inDom = useMemo(() => {
    if (!scene) return null;
    const mask = new Uint8Array(scene.count);
    if (shown?.rect && !shown.overview) {
      forEachBoxIn(scene, shown.rect, (box) => {
        mask[box] = 1;
      });
    }
    for (const id of selection) {
      const box = scene.indexOf.get(id);
      if (box !== undefined) mask[box] = 1;
    }
    return mask;
  }, [scene, shown, selection]);
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

  const minZoom = bounds
    ? minZoomFor(bounds, { width: paneWidth, height: paneHeight }, input.minZoom)
    : input.minZoom;

  /** The box under a pointer event in the overview, or -1. */
  const boxAt = useCallback(
    (event: MouseEvent): number => {
      if (!scene || !overview) return -1;
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const zoom = flow.getState().transform[2];
      return hitTest(scene, point.x, point.y, HIT_SLOP_PX / zoom);
    },
    [scene, overview, screenToFlowPosition, flow],
  );

  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      if (!scene || !overview) return;
      const box = boxAt(event);
      hover.set(null);
      if (box < 0) {
        store.getState().select([]);
        return;
      }
      store.getState().select([scene.ids[box]!]);
      const cx = scene.x[box]! + scene.width[box]! / 2;
      const cy = scene.y[box]! + scene.height[box]! / 2;
      void setCenter(cx, cy, { zoom: CLICK_ZOOM, duration: 450 });
    },
    [scene, overview, boxAt, hover, store, setCenter],
  );

  const onPaneMouseMove = useCallback(
    (event: MouseEvent) => {
      // Not while a button is down (a pan): the label would chase the pointer.
      const box = event.buttons === 0 ? boxAt(event) : -1;
      // A box is a thing to click: the pointer says so (React Flow's pane shows "grab").
      event.currentTarget.classList.toggle('upturn-over-box', box >= 0);
      if (box < 0 || !scene) {
        hover.set(null);
        return;
      }
      const pane = event.currentTarget.getBoundingClientRect();
      const before = hover.get();
      hover.set({
        box,
        title: before?.box === box ? before.title : titleOf(chart, scene.ids[box]!),
        x: event.clientX - pane.left,
        y: event.clientY - pane.top,
      });
    },
    [boxAt, scene, hover, chart],
  );

  const onPaneMouseLeave = useCallback(
    (event: MouseEvent) => {
      event.currentTarget.classList.remove('upturn-over-box');
      hover.set(null);
    },
    [hover],
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

  // Leaving the overview (or the chart shrinking) leaves no stale label behind.
  useEffect(() => {
    if (!overview) hover.set(null);
  }, [overview, hover]);

  return {
    active,
    overview,
    only,
    withExtent,
    minZoom,
    scene,
    inDom,
    hover,
    onPaneClick,
    onPaneMouseMove,
    onPaneMouseLeave,
  };
}
