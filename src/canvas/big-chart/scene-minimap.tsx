/** The minimap of a big chart, drawn from its scene (see scene-layer.tsx). */
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { ChartScene } from './chart-scene';
import { prepare, useFrameScheduler } from './scene-frame';
import { drawScene } from './scene-draw';

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

export const SceneMinimap = memo(SceneMinimapView);
