/**
 * The service-distance view of a mid-sized chart, refined off the main
 * thread. Up to WORKER_FROM roles dagre is quick enough to run in place;
 * from there to DAGRE_UP_TO the editor first draws the rows ordered by
 * barycentre sweeps (linear), and a worker lays the chart out with dagre;
 * when it answers, the canvas glides to the refined order. Only the newest
 * chart asked for is laid out: a request made while the worker is busy
 * replaces any request still waiting.
 */
import type { Chart } from '../../domain/chart';
import type { Layout, Size } from '../../layout/layout';
import type { DistanceRequest } from './distance-worker';

/** From this many roles the dagre order is computed in a worker (about 0.2 s of main thread here). */
export const WORKER_FROM = 100;

type Key = string;
const refined = new WeakMap<Chart, Map<Key, Layout>>();
const listeners = new Set<() => void>();
let worker: Worker | null = null;
let busy: { seq: number; chart: Chart; key: Key } | null = null;
let waiting: { chart: Chart; key: Key; request: Omit<DistanceRequest, 'seq'> } | null = null;
let seq = 0;
let version = 0;

/** Whether this environment can run the worker (a browser; not the unit tests). */
export function canRefine(): boolean {
  return typeof Worker !== 'undefined';
}

/** The refined layout of `chart` at `key`, once the worker has answered. */
export function refinedLayout(chart: Chart, key: Key): Layout | undefined {
  return refined.get(chart)?.get(key);
}

/** How many refined layouts have arrived: a snapshot for useSyncExternalStore. */
export function refinedVersion(): number {
  return version;
}

/** Calls `listener` whenever a refined layout arrives; returns the unsubscribe. */
export function onRefined(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function send(chart: Chart, key: Key, request: Omit<DistanceRequest, 'seq'>): void {
  if (!worker) {
    worker = new Worker(new URL('./distance-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ seq: number; layout: Layout }>) => {
      const done = busy;
      busy = null;
      if (done && done.seq === event.data.seq) {
        let byKey = refined.get(done.chart);
        if (!byKey) {
          byKey = new Map();
          refined.set(done.chart, byKey);
        }
        byKey.set(done.key, event.data.layout);
        version += 1;
        for (const listener of listeners) listener();
      }
      const next = waiting;
      waiting = null;
      if (next) send(next.chart, next.key, next.request);
    };
  }
  seq += 1;
  busy = { seq, chart, key };
  worker.postMessage({ ...request, seq } satisfies DistanceRequest);
}

/** Asks the worker for `chart`'s dagre layout at `key` (once per chart and key). */
export function requestRefined(
  chart: Chart,
  key: Key,
  sizes: { role: Size; customer: Size; gapX: number },
): void {
  if (!canRefine() || refinedLayout(chart, key)) return;
  if (busy?.chart === chart && busy.key === key) return;
  if (waiting?.chart === chart && waiting.key === key) return;
  const request = { chart, role: sizes.role, customer: sizes.customer, gapX: sizes.gapX };
  if (busy) waiting = { chart, key, request };
  else send(chart, key, request);
}
