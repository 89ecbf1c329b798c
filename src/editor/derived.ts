/**
 * What the editor derives from a chart, computed once per chart object and
 * shared by the canvas, the panels and the exports. Charts are immutable
 * (every change makes a new object), so a WeakMap keyed by the chart is a
 * correct cache that frees itself.
 */
import type { Chart, View } from '../domain/chart';
import { analyseChart, type Analysis } from '../domain/analysis/service-paths';
import type { Layout, Size } from '../layout/layout';
import { DAGRE_UP_TO } from '../layout/service-distance/service-distance-layout';
import { layoutView } from '../layout/view-layout';
import { canRefine, refinedLayout, requestRefined, WORKER_FROM } from './distance/distance-refiner';

/** The size of a node box on the canvas (and in exports): compact enough to read a wide front line. */
export const ROLE_SIZE: Size = { width: 208, height: 92 };
export const CUSTOMER_SIZE: Size = { width: 188, height: 60 };
const GAP_X = 24;

/** The shape a chart is laid out toward before the canvas has told its own: 16:10. */
export const DEFAULT_LAYOUT_ASPECT = 1.6;

/** An aspect rounded to 1/20 (at least 0.2), so a window being resized re-lays out a chart seldom. */
export function roundedAspect(aspect: number): number {
  if (!Number.isFinite(aspect) || aspect <= 0) return DEFAULT_LAYOUT_ASPECT;
  return Math.max(0.2, Math.round(aspect * 20) / 20);
}

const analyses = new WeakMap<Chart, Analysis>();
const layouts = new WeakMap<Chart, Map<string, Layout>>();

/** The service analysis of a chart (cached). */
export function analysisOf(chart: Chart): Analysis {
  let analysis = analyses.get(chart);
  if (!analysis) {
    analysis = analyseChart(chart);
    analyses.set(chart, analysis);
  }
  return analysis;
}

/**
 * The layout of a chart in a view (cached). `scale` enlarges every node box
 * (presenting shows larger text in larger boxes, still laid out by the engine).
 * `aspect` is the width : height the compact layout shapes the chart toward
 * (the canvas's; reports with no reports of their own are stacked into blocks).
 * For the service-distance view of a chart of WORKER_FROM to DAGRE_UP_TO roles
 * it asks a worker for dagre's order and returns the sweeps order until the
 * worker answers (subscribe with `onRefined` to draw again then).
 */
export function layoutOf(
  chart: Chart,
  view: View,
  scale = 1,
  aspect: number = DEFAULT_LAYOUT_ASPECT,
): Layout {
  let byKey = layouts.get(chart);
  if (!byKey) {
    byKey = new Map();
    layouts.set(chart, byKey);
  }
  const key = `${view}@${scale}:${aspect}`;
  const role = { width: ROLE_SIZE.width * scale, height: ROLE_SIZE.height * scale };
  const customer = { width: CUSTOMER_SIZE.width * scale, height: CUSTOMER_SIZE.height * scale };
  const gapX = GAP_X * scale;
  // A mid-sized chart's service-distance view: dagre's order from a worker
  // once it answers, the sweeps order until then (distance-refiner.ts).
  const offThread =
    view === 'service-distance' &&
    chart.roles.length >= WORKER_FROM &&
    chart.roles.length <= DAGRE_UP_TO &&
    canRefine();
  if (offThread) {
    const done = refinedLayout(chart, key);
    if (done) return done;
    requestRefined(chart, key, { role, customer, gapX });
  }
  const cacheKey = offThread ? `${key}:sweeps` : key;
  let layout = byKey.get(cacheKey);
  if (!layout) {
    layout = layoutView(chart, {
      view,
      gapX,
      targetAspect: aspect,
      sizeOf: (kind) => (kind === 'role' ? role : customer),
      ...(offThread ? { order: 'sweeps' as const } : {}),
    });
    byKey.set(cacheKey, layout);
  }
  return layout;
}
