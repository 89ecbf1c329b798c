/**
 * The windowed rendering of a big chart (more than `BIG_CHART_FROM` nodes
 * laid out), for any React Flow canvas that draws one: the editor's
 * (use-big-chart.ts) and the compare view's two.
 *
 * - React Flow gets only the nodes in a window around the view (see
 *   chart-window.ts) and the ones in `keep`; `only` says which, so a canvas
 *   builds no other node or edge object. The links the DOM leaves out, and
 *   the whole chart when zoomed out (the overview), are drawn on a canvas from
 *   the layout (scene-layer.tsx).
 * - In the overview the pointer shows which role a box is, and a click on a
 *   box is handed to `onPick` with the box's centre.
 * - The least zoom is low enough to see all of the chart.
 *
 * A small chart passes through untouched. Reads nothing but its input and
 * the React Flow store it is rendered under.
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
import type { Layout } from '../../layout/layout';
import { overlaps } from './big-chart-extent';
import {
  buildScene,
  forEachBoxIn,
  hitTest,
  titleOf,
  type ChartScene,
  type SceneTones,
} from './chart-scene';
import { BIG_CHART_FROM, minZoomFor, nextWindow, type ChartWindow } from './chart-window';
import { HoverStore } from './hover-store';

/** A click this close to a box (screen pixels) hits it: boxes can be a pixel wide. */
const HIT_SLOP_PX = 4;

export interface WindowedChart {
  /** A big chart: the window, the overview and the canvas layer are in use. */
  active: boolean;
  /** Zoomed out: the canvas draws the chart, React Flow no node. */
  overview: boolean;
  /** Which nodes (and edges between them) React Flow gets; null: all of them (a small chart). */
  only: ((id: string) => boolean) | null;
  minZoom: number;
  scene: ChartScene | null;
  /** Per box of the scene: 1 when React Flow has its node. */
  inDom: Uint8Array | null;
  hover: HoverStore;
  onPaneClick(event: MouseEvent): void;
  onPaneMouseMove(event: MouseEvent): void;
  onPaneMouseLeave(event: MouseEvent): void;
}

/** A box picked in the overview (its node's id and centre), or null for empty canvas. */
export type OverviewPick = { id: string; x: number; y: number } | null;

const transformOf = (state: ReactFlowState) => state.transform;
const paneWidthOf = (state: ReactFlowState) => state.width;
const paneHeightOf = (state: ReactFlowState) => state.height;

export function useChartWindow(input: {
  /** The chart as drawn (folded branches left out). */
  chart: Chart;
  layout: Layout;
  /** How the scene tones each role (see `buildScene`); keep it stable per chart. */
  tones: SceneTones;
  view: View;
  /** Nodes React Flow always gets, wherever they are (the selection, a focused role). */
  keep: ReadonlySet<string>;
  /** The least zoom of a small chart. */
  minZoom: number;
  onPick(pick: OverviewPick): void;
}): WindowedChart {
  const { chart, layout, tones, view, keep, onPick } = input;
  const flow = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const active = layout.nodes.size > BIG_CHART_FROM;
  // The canvas's scene follows a render behind (React's deferred value): an edit paints
  // its nodes first (the canvas hides its links while they glide), then the scene catches
  // up; so does opening a chart (its nodes first, the bands and long links a frame later).
  const source = useMemo(
    () => (active ? { chart, layout, tones, view } : null),
    [active, chart, layout, tones, view],
  );
  const drawn = useDeferredValue(source, null);
  const scene = useMemo(
    () => (drawn ? buildScene(drawn.chart, drawn.layout, drawn.tones, drawn.view) : null),
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
  // The window's nodes, and the kept ones wherever they are (a drag may carry
  // them off; the window moving must not take a node from under the pointer).
  // Read from the layout itself, not the scene, which may be a render behind.
  const only = useMemo(() => {
    if (!active) return null;
    const rect = shown && !shown.overview ? shown.rect : null;
    return (id: string) => {
      if (keep.has(id)) return true;
      const placed = rect ? layout.nodes.get(id) : undefined;
      return placed !== undefined && rect !== null && overlaps(placed, rect);
    };
  }, [active, layout, shown, keep]);
  // The same, per box of the scene, for the canvas (which draws the links the DOM does not).
  const inDom = useMemo(() => {
    if (!scene) return null;
    const mask = new Uint8Array(scene.count);
    if (shown?.rect && !shown.overview) {
      forEachBoxIn(scene, shown.rect, (box) => {
        mask[box] = 1;
      });
    }
    for (const id of keep) {
      const box = scene.indexOf.get(id);
      if (box !== undefined) mask[box] = 1;
    }
    return mask;
  }, [scene, shown, keep]);

  const minZoom = active
    ? minZoomFor(layout.bounds, { width: paneWidth, height: paneHeight }, input.minZoom)
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
      onPick(
        box < 0
          ? null
          : {
              id: scene.ids[box]!,
              x: scene.x[box]! + scene.width[box]! / 2,
              y: scene.y[box]! + scene.height[box]! / 2,
            },
      );
    },
    [scene, overview, boxAt, hover, onPick],
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

  // Leaving the overview (or the chart shrinking) leaves no stale label behind.
  useEffect(() => {
    if (!overview) hover.set(null);
  }, [overview, hover]);

  return {
    active,
    overview,
    only,
    minZoom,
    scene,
    inDom,
    hover,
    onPaneClick,
    onPaneMouseMove,
    onPaneMouseLeave,
  };
}
