/**
 * Where the canvas was looking comes back with the chart: the viewport the
 * chart was opened with (kept per chart, see editor/persistence/chart-place.ts)
 * is where the canvas starts, instead of a fit; every pan or zoom that ends is
 * told to the store, which keeps it. Opening another chart with a kept
 * viewport moves there; one without (an import, a chart never looked at)
 * is fitted as soon as React Flow holds its nodes: `fitView` waits for them
 * to be measured and resolves then (React Flow 12), so no timer guesses when,
 * and a folded or windowed chart is fitted as promptly as a small one.
 */
import { useReactFlow, type FitViewOptions, type OnMoveEnd } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { EditorStore, Viewport } from '../../editor/store';

export interface KeptViewport {
  /** Where to start, when the chart was opened with a kept viewport. */
  defaultViewport: Viewport | undefined;
  /** Fit the chart on first paint only when there is no kept viewport. */
  fitView: boolean;
  onMoveEnd: OnMoveEnd;
}

export function useKeptViewport(store: EditorStore, fit: FitViewOptions): KeptViewport {
  const { setViewport, fitView } = useReactFlow();
  // Read once: React Flow takes its starting viewport only when it mounts.
  const [initial] = useState(() => store.getState().viewport);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.lastChange === previous.lastChange || state.lastChange?.origin !== 'load') return;
        if (state.viewport) void setViewport(state.viewport);
        else void fitView({ ...fit, duration: 0 });
      }),
    [store, setViewport, fitView, fit],
  );

  const onMoveEnd: OnMoveEnd = useCallback(
    (_event, viewport) => store.getState().setViewport(viewport),
    [store],
  );
  return { defaultViewport: initial ?? undefined, fitView: initial === null, onMoveEnd };
}
