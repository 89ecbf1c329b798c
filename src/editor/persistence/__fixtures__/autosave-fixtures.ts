import 'fake-indexeddb/auto';
import { expect, vi } from 'vitest';
import type { Chart } from '../../../domain/chart';
import type { Command } from '../../../domain/commands/apply-command';
import { sampleChart } from '../../../domain/samples/sample-chart';
import { startAutosave, type Autosave, type AutosaveOptions } from '../autosave';
import type { LibraryChannel, LibraryMessage } from '../autosave-channel';
import { openLibrary, type ChartLibrary, type StoredChart } from '../chart-library';
import { createEditorStore, type EditorStore } from '../../store';

/** An in-memory stand-in for BroadcastChannel('upturn'): every tab but the sender hears a message. */
export function channelHub() {
  const tabs = new Set<(message: LibraryMessage) => void>();
  const hub = {
    /** While true, messages are lost (a browser without BroadcastChannel, a closed tab). */
    mute: false,
    channel(): LibraryChannel {
      let own: ((message: LibraryMessage) => void) | null = null;
      return {
        post(message) {
          if (hub.mute) return;
          for (const listener of [...tabs]) if (listener !== own) listener(message);
        },
        listen(listener) {
          own = listener;
          tabs.add(listener);
          return () => tabs.delete(listener);
        },
        close() {},
      };
    },
  };
  return hub;
}

/** Every autosave the tests started; `stopTabs` disposes them. */
export const running: Autosave[] = [];

/** For `afterEach`: disposes every autosave `openTab` started and restores real timers. */
export function stopTabs(): void {
  for (const autosave of running.splice(0)) autosave.dispose();
  vi.useRealTimers();
}

export interface Tab {
  store: EditorStore;
  library: ChartLibrary;
  autosave: Autosave;
}

/** Opens stored chart `stored` in a new "tab": its own connection, store and autosave. */
export async function openTab(
  factory: IDBFactory,
  stored: Pick<StoredChart, 'id'>,
  options: AutosaveOptions = {},
): Promise<Tab> {
  const library = await openLibrary({ indexedDB: factory, persist: false });
  const loaded = await library.load(stored.id);
  if (!loaded) throw new Error('not stored');
  const store = createEditorStore(loaded.chart, loaded.view);
  const autosave = startAutosave(store, library, loaded, { channel: null, page: null, ...options });
  running.push(autosave);
  return { store, library, autosave };
}

export async function firstChart(factory: IDBFactory, chart: Chart = sampleChart()) {
  const library = await openLibrary({ indexedDB: factory, persist: false });
  const stored = await library.create(chart);
  library.close();
  return stored;
}

export function addRole(store: EditorStore, id: string, title = id): void {
  const command: Command = {
    type: 'addRole',
    role: { id, title, headcount: 1, reportsTo: 'ceo', serves: ['shoppers'] },
  };
  expect(store.getState().run(command)).toBe(true);
}

export function titles(chart: Chart | undefined): string[] {
  return (chart?.roles ?? []).map((role) => role.title);
}
