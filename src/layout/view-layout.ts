/**
 * The layout of a chart in any view: the reporting tree's two views by the
 * engine (layout.ts), the service-distance view by its own layout
 * (service-distance/). Both give node boxes and bands in the same shape, so
 * the canvas, the panels and the exports draw either.
 */
import type { Chart, View } from '../domain/chart';
import { layoutChart, type Layout, type LayoutOptions } from './layout';
import {
  layoutServiceDistance,
  type DistanceLayoutOptions,
} from './service-distance/service-distance-layout';

export interface ViewLayoutOptions extends Omit<LayoutOptions, 'view'> {
  view: View;
  /** The service-distance view's row order (default: dagre up to DAGRE_UP_TO roles, sweeps beyond). */
  order?: DistanceLayoutOptions['order'];
}

/** Lays out `chart` in `options.view`. Pure and deterministic, like both layouts. */
export function layoutView(chart: Chart, options: ViewLayoutOptions): Layout {
  const { view, order, ...rest } = options;
  if (view === 'service-distance') return layoutServiceDistance(chart, { ...rest, order });
  return layoutChart(chart, { ...rest, view });
}
