/**
 * A Web Worker that lays out the service-distance view with dagre (its
 * crossing reduction takes seconds at a thousand roles), so the editor never
 * waits for it: the main thread shows the sweeps order meanwhile
 * (distance-refiner.ts).
 */
import type { Chart } from '../../domain/chart';
import type { Size } from '../../layout/layout';
import { layoutServiceDistance } from '../../layout/service-distance/service-distance-layout';

export interface DistanceRequest {
  seq: number;
  chart: Chart;
  role: Size;
  customer: Size;
  gapX: number;
}

self.onmessage = (event: MessageEvent<DistanceRequest>) => {
  const { seq, chart, role, customer, gapX } = event.data;
  const layout = layoutServiceDistance(chart, {
    order: 'dagre',
    gapX,
    sizeOf: (kind) => (kind === 'role' ? role : customer),
  });
  self.postMessage({ seq, layout });
};
