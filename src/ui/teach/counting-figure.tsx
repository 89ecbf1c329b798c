/**
 * A step's figure, counting up while the chart moves when the step has a
 * count (the flip: the people turned to face the customer). The count runs on
 * the glide's clock and curve, written straight into one text node each
 * frame (no React render); screen readers hear the final figure once.
 */
import { useLayoutEffect, useRef } from 'react';
import type { StepFocus } from '../../domain/teaching/step-focus';
import { ease } from '../../layout/teach/step-layouts';
import { GLIDE_MS } from './use-glide';

export function CountingFigure({ focus, animate }: { focus: StepFocus; animate: boolean }) {
  const shown = useRef<HTMLSpanElement>(null);
  const { figure, count } = focus;
  // The shown text is this effect's alone (React renders no children there to fight over it).
  useLayoutEffect(() => {
    const element = shown.current;
    if (!element) return;
    element.textContent = figure ?? '';
    if (!count || !animate) return;
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / GLIDE_MS);
      element.textContent = count.figureAt(Math.round(ease(t) * count.to));
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    element.textContent = count.figureAt(0);
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      element.textContent = figure ?? '';
    };
  }, [count, figure, animate]);
  return (
    <>
      <span ref={shown} aria-hidden="true" data-testid="teach-figure-shown" />
      <span className="sr-only" aria-live="polite">
        {figure ?? ''}
      </span>
    </>
  );
}
