/**
 * The canvas layers of a big chart (see use-big-chart.ts): the scene under
 * React Flow's nodes (the whole chart in the overview; otherwise the links the
 * DOM leaves out), the label of the box under the pointer, and a minimap
 * drawn from the layout. All redraw on React Flow's viewport changes in the
 * next animation frame, without re-rendering React.
 */
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type PointerEvent,
} from 'react';
import { useEditor } from '../../editor/use-editor';
import type { ChartScene } from './chart-scene';
import { drawScene, type Camera } from './scene-draw';
import type { BigChart } from './use-big-chart';

/** Calls `draw` once in the next animation frame however often it is asked. */
function useFrameScheduler(draw: () => void): () => void {
  const frame = useRef(0);
  const latest = useRef(draw);
  useEffect(() => {
    latest.current = draw;
  });
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      latest.current();
    });
  }, []);
}

/** Sizes a canvas to its box at the device pixel ratio; returns its context, set to CSS pixels. */
function prepare(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return ctx;
}

/** The selected boxes and the lit path, as scene indices. */
function useMarks(scene: ChartScene): { selected: number[]; lit: Uint8Array | null } {
  const selection = useEditor((state) => state.selection);
  const highlighted = useEditor((state) => state.highlight?.ids ?? null);
  return useMemo(() => {
    const selected: number[] = [];
    for (const id of selection) {
      const box = scene.indexOf.get(id);
      if (box !== undefined) selected.push(box);
    }
    let lit: Uint8Array | null = null;
    if (highlighted) {
      lit = new Uint8Array(scene.count);
      for (const id of highlighted) {
        const box = scene.indexOf.get(id);
        if (box !== undefined) lit[box] = 1;
      }
    }
    return { selected, lit };
  }, [scene, selection, highlighted]);
}

function SceneCanvasView({
  scene,
  overview,
  inDom,
  hover,
  gliding,
}: {
  scene: ChartScene;
  overview: boolean;
  inDom: Uint8Array | null;
  hover: BigChart['hover'];
  gliding: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi();
  const { selected, lit } = useMarks(scene);

  const draw = useCallback(() => {
    const element = canvas.current;
    if (!element) return;
    const { transform, width, height } = flow.getState();
    if (!width || !height) return;
    const ctx = prepare(element, width, height);
    if (!ctx) return;
    const camera: Camera = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
    const stats = drawScene(ctx, scene, camera, {
      bands: true,
      boxes: overview,
      // While the DOM's nodes glide to new places their edges are hidden; so are these.
      links: overview || !gliding,
      inDom: overview ? null : inDom,
      selected: overview ? selected : [],
      hovered: overview ? (hover.get()?.box ?? -1) : -1,
      lit,
    });
    // For the benchmark's first-paint probe and for tests: the overview is on screen.
    element.dataset.drawn = overview ? 'true' : 'false';
    element.dataset.boxes = String(stats.boxes);
    element.dataset.links = String(stats.links);
  }, [flow, scene, overview, inDom, gliding, selected, hover, lit]);

  const schedule = useFrameScheduler(draw);
  useEffect(() => {
    schedule();
  }, [draw, schedule]);
  useEffect(() => {
    let last = flow.getState();
    return flow.subscribe((state) => {
      if (state.transform !== last.transform || state.width !== last.width) schedule();
      last = state;
    });
  }, [flow, schedule]);
  useEffect(() => hover.subscribe(schedule), [hover, schedule]);

  return (
    <canvas
      ref={canvas}
      className="upturn-scene pointer-events-none absolute inset-0 h-full w-full"
      style={{ zIndex: -1 }}
      data-lod={overview ? 'overview' : 'detail'}
      aria-hidden="true"
    />
  );
}

/** The role under the pointer in the overview, named beside it. */
function HoverLabelView({ hover }: { hover: BigChart['hover'] }) {
  const hovered = useSyncExternalStore(hover.subscribe, hover.get);
  if (!hovered) return null;
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 max-w-[240px] truncate rounded-md bg-ink px-2 py-1 text-xs font-medium text-white shadow"
      style={{ left: hovered.x + 14, top: hovered.y + 14 }}
    >
      {hovered.title}
    </div>
  );
}

const MINIMAP = { width: 168, height: 112, pad: 6 } as const;

/**
 * The minimap of a big chart: the scene drawn once, small, and a frame for the
 * view; press or drag on it to move the view there. (React Flow's own minimap
 * draws one SVG element per node: at 10,000 it costs more than the chart.)
 */
function SceneMinimapView({ scene }: { scene: ChartScene }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const flow = useStoreApi();
  const { setCenter } = useReactFlow();
  const fit = useMemo(() => {
    const { bounds } = scene;
    const zoom = Math.min(
      (MINIMAP.width - MINIMAP.pad * 2) / Math.max(bounds.width, 1),
      (MINIMAP.height - MINIMAP.pad * 2) / Math.max(bounds.height, 1),
    );
    return {
      zoom,
      x: (MINIMAP.width - bounds.width * zoom) / 2 - bounds.x * zoom,
      y: (MINIMAP.height - bounds.height * zoom) / 2 - bounds.y * zoom,
    };
  }, [scene]);

  // Drawn when the browser is idle: after an edit the chart repaints first.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const paint = () => {
      const ctx = prepare(element, MINIMAP.width, MINIMAP.height);
      if (ctx) drawMinimap(ctx);
    };
    const idle = window.requestIdleCallback?.(paint, { timeout: 500 });
    const timer = idle === undefined ? window.setTimeout(paint, 100) : 0;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
    function drawMinimap(ctx: CanvasRenderingContext2D) {
      drawScene(
        ctx,
        scene,
        { ...fit, width: MINIMAP.width, height: MINIMAP.height },
        {
          bands: false,
          boxes: true,
          links: false,
          inDom: null,
          selected: [],
          hovered: -1,
          lit: null,
        },
      );
    }
  }, [scene, fit]);

  const place = useCallback(() => {
    const element = frame.current;
    if (!element) return;
    const { transform, width, height } = flow.getState();
    const [x, y, zoom] = transform;
    const left = (-x / zoom) * fit.zoom + fit.x;
    const top = (-y / zoom) * fit.zoom + fit.y;
    const w = (width / zoom) * fit.zoom;
    const h = (height / zoom) * fit.zoom;
    // At least a few pixels, so the view can be found on a very wide chart.
    element.style.transform = `translate(${left - Math.max(0, 4 - w) / 2}px, ${top - Math.max(0, 4 - h) / 2}px)`;
    element.style.width = `${Math.max(w, 4)}px`;
    element.style.height = `${Math.max(h, 4)}px`;
  }, [flow, fit]);
  const schedule = useFrameScheduler(place);
  useEffect(() => {
    schedule();
    return flow.subscribe(schedule);
  }, [flow, schedule]);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left - fit.x) / fit.zoom;
    const y = (event.clientY - box.top - fit.y) / fit.zoom;
    void setCenter(x, y, { zoom: flow.getState().transform[2] });
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap upturn-scene-minimap">
      <div
        role="img"
        aria-label="Mini map"
        className="relative cursor-pointer touch-none"
        style={{ width: MINIMAP.width, height: MINIMAP.height }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
        }}
      >
        <canvas ref={canvas} className="absolute inset-0 h-full w-full bg-white" />
        <div
          ref={frame}
          className="pointer-events-none absolute top-0 left-0 rounded-sm border-2 border-brand/70 bg-brand/5"
        />
      </div>
    </Panel>
  );
}

const SceneCanvas = memo(SceneCanvasView);
const HoverLabel = memo(HoverLabelView);
const SceneMinimap = memo(SceneMinimapView);

/** The canvas layers of a big chart; nothing for a small one. */
export function BigChartLayers({
  big,
  gliding,
  minimap,
}: {
  big: BigChart;
  gliding: boolean;
  minimap: boolean;
}) {
  if (!big.active || !big.scene) return null;
  return (
    <>
      <SceneCanvas
        scene={big.scene}
        overview={big.overview}
        inDom={big.inDom}
        hover={big.hover}
        gliding={gliding}
      />
      {big.overview && <HoverLabel hover={big.hover} />}
      {minimap && <SceneMinimap scene={big.scene} />}
    </>
  );
}

/** The invisible node spanning a big chart (see use-big-chart.ts): it draws nothing. */
export const ExtentNode = memo(function ExtentNode() {
  return null;
});
