/**
 * Each view's picture for Teach, its boxes sized for this stage (teach-fit.ts).
 * The step's view is fitted when it is first shown; the others as soon as
 * the browser is idle, so that a key finds its picture ready (the
 * service-distance view, laid out by dagre, takes the longest).
 */
import { useEffect, useMemo } from 'react';
import type { Chart } from '../../domain/chart';
import type { TeachView } from '../../layout/teach/step-layouts';
import { STAGE_FONT } from './stage-font';
import { canvasMeasure } from '../../canvas/text-measure';
import { roughMeasure, teachFit, type TeachFit } from './teach-fit';

/** In the order the steps reach them. */
const VIEWS: TeachView[] = ['traditional', 'customer-first', 'service-distance'];

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
};

export function useFits(
  chart: Chart,
  stage: { width: number; height: number },
  shaped: boolean,
  view: TeachView,
): TeachFit {
  // The stage's font, condensed bold.
  const measure = useMemo(
    () => canvasMeasure({ weight: 700, family: STAGE_FONT, condensed: true }, roughMeasure),
    [],
  );
  const { width, height } = stage;
  // The pictures of this chart on this stage, filled in as they are wanted.
  const fits = useMemo(
    () => ({ chart, stage: { width, height }, shaped, byView: new Map<TeachView, TeachFit>() }),
    [chart, width, height, shaped],
  );
  const fitOf = (wanted: TeachView): TeachFit => {
    let fit = fits.byView.get(wanted);
    if (!fit) {
      fit = teachFit(fits.chart, wanted, fits.stage, measure, fits.shaped);
      fits.byView.set(wanted, fit);
    }
    return fit;
  };
  const fit = fitOf(view);

  useEffect(
    () =>
      // All at once, as soon as the browser is first idle: in pieces, the last
      // could still be running when the next key comes.
      whenIdle(() => {
        for (const each of VIEWS) {
          if (!fits.byView.has(each))
            fits.byView.set(each, teachFit(fits.chart, each, fits.stage, measure, fits.shaped));
        }
      }),
    [fits, measure],
  );

  return fit;
}
