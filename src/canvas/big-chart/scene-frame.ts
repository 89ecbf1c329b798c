/** Frame helpers shared by the canvas layers of a big chart (scene-layer.tsx, scene-minimap.tsx). */
import { useCallback, useEffect, useRef } from 'react';

/** Calls `draw` once in the next animation frame however often it is asked. */
export function useFrameScheduler(draw: () => void): () => void {
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
export function prepare(
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
