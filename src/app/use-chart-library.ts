/**
 * Connects the editor store to the chart library: boots it once per store
 * (opening the last chart, or keeping the sample on a first run), and fits
 * the view whenever the user switches to another chart.
 */
import { useEffect, useState } from 'react';
import {
  bootChartSession,
  MEMORY_ONLY_MESSAGE,
  type ChartSession,
} from '../editor/persistence/chart-library-session';
import type { EditorStore } from '../editor/store';
import { isDemoUrl } from './demo';
import { useEditorStore } from '../editor/use-editor';

/**
 * One boot per store: React's StrictMode runs effects twice, and two boots
 * would both see an empty library on a first run and store the sample twice.
 * The session lives as long as its store (the page).
 */
const boots = new WeakMap<EditorStore, Promise<ChartSession | null>>();

function bootOnce(store: EditorStore): Promise<ChartSession | null> {
  let boot = boots.get(store);
  if (!boot && isDemoUrl()) {
    // A generated demo chart lives in memory only: never stored over the user's charts.
    store.getState().notify('A generated demo chart: changes here are not saved.', 'info');
    boot = Promise.resolve(null);
    boots.set(store, boot);
  }
  if (!boot) {
    boot = bootChartSession(store).catch(() => {
      store.getState().notify(MEMORY_ONLY_MESSAGE, 'error');
      return null;
    });
    boots.set(store, boot);
  }
  return boot;
}

export interface ChartLibraryState {
  /** False until the stored chart is in the store (render the canvas only then, so it never flashes). */
  ready: boolean;
  /** The chart session, or null when this browser keeps no charts (the editor runs in memory). */
  session: ChartSession | null;
}

export function useChartLibrary(): ChartLibraryState {
  const store = useEditorStore();
  const [state, setState] = useState<ChartLibraryState>({ ready: false, session: null });

  useEffect(() => {
    let live = true;
    void bootOnce(store).then((session) => {
      if (live) setState({ ready: true, session });
    });
    return () => {
      live = false;
    };
  }, [store]);

  return state;
}
