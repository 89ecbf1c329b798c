/**
 * The chart session: boots the editor from the chart library, and then
 * carries out what the chart list asks (chart-list-session.ts).
 *
 * Boot: replay what the journals of tabs that are gone hold and the library
 * lacks (journal/journal-replay.ts), then open the chart open last (its undo
 * history and place with it); if it is gone or unreadable, the most recently
 * edited one; on the first run (nothing stored) keep the chart the store
 * shows (the sample) as the first stored chart. Without IndexedDB the editor
 * runs in memory and the user is told.
 */
import {
  openLibrary,
  StoredChartError,
  type ChartLibrary,
  type ChartSummary,
  type StoredChart,
} from './chart-library';
import { startAutosave, type AutosaveEvent, type AutosaveOptions } from './autosave';
import { openHere, pageStorage, readPlace, rememberOpenHere } from './chart-place';
import { LibrarySession } from './chart-list-session';
import { replayJournals } from './journal/journal-replay';
import { recoveredMessage, type RecoveryReport, type RefusedChain } from './journal/recovery';
import { liveTabs, tabClosing, TabJournal } from './journal/tab-journal';
import type { EditorStore } from '../store';

export interface ChartSession {
  /** The id of the chart the editor shows. */
  currentId(): string;
  /** Stored charts, most recently edited first. */
  list(): Promise<ChartSummary[]>;
  /** Switches to a stored chart (the open one is saved first). */
  open(id: string): Promise<boolean>;
  /** Stores and opens a new chart: empty, or a fresh copy of the sample. */
  create(kind: 'empty' | 'sample'): Promise<boolean>;
  /**
   * Stores a copy of the open chart (with its latest edits) as a scenario of it,
   * named "<name> scenario", and opens it. Null when it could not be stored.
   */
  createScenario(): Promise<ChartSummary | null>;
  /** A stored chart, read through the file checks (the open one saved first); null if gone or unreadable. */
  load(id: string): Promise<StoredChart | null>;
  /** Stores a copy of a chart (the open one with its latest edits), named `name` (default "<name> copy"). */
  duplicate(id: string, name?: string): Promise<ChartSummary | null>;
  /** Renames a chart; the open one through the editor (so it is an undoable edit). */
  rename(id: string, name: string): Promise<boolean>;
  /** Deletes a stored chart; deleting the open one opens another first (or a new empty one). */
  remove(id: string): Promise<boolean>;
  /** Journal entries that could not be recovered on boot, kept until dismissed. */
  unrecovered(): readonly RefusedChain[];
  /** Their raw text, as one JSON file to download. */
  unrecoveredFile(): string;
  /** Forgets them (downloaded, or not wanted). */
  dismissUnrecovered(): void;
  /** Hears about switches, copies and list changes (here and in other tabs). */
  subscribe(listener: (event: AutosaveEvent) => void): () => void;
  /** Saves pending changes now. */
  flush(): Promise<boolean>;
  dispose(): void;
}

export interface BootOptions {
  /** Opens the library; default `openLibrary()`. */
  openLibrary?: () => Promise<ChartLibrary>;
  autosave?: AutosaveOptions;
  /** Where the journal and places are kept; default the page's localStorage. */
  local?: Storage | null;
  /** This tab's id; default a fresh one. */
  tab?: string;
  /** The tabs alive now (their journals are left alone); default from Web Locks. */
  liveTabs?: () => Promise<ReadonlySet<string> | null>;
  /** Whether a live tab with a journal was only closing (default: its Web Lock is released soon). */
  tabClosing?: (tab: string) => Promise<boolean>;
}

/**
 * How long a start waits for a tab listed as alive, whose journal holds
 * entries, to let go of its lock: a tab closed a moment ago (its process not
 * yet gone) is replayed now; an open one is left alone after this.
 */
const CLOSING_WAIT_MS = 1500;

export const MEMORY_ONLY_MESSAGE =
  'This browser is not keeping charts (private browsing, or storage is turned off), so this chart lives only in this tab. Export it to keep your work.';

/**
 * Opens the library and shows the right chart in `store`; resolves with the
 * session, or null when charts cannot be kept (the store keeps the chart it
 * has, and an error notice says so). Loading a stored chart is never an undo step.
 */
export async function bootChartSession(
  store: EditorStore,
  options: BootOptions = {},
): Promise<ChartSession | null> {
  let library: ChartLibrary;
  try {
    library = await (options.openLibrary ?? openLibrary)();
  } catch {
    store.getState().notify(MEMORY_ONLY_MESSAGE, 'error');
    return null;
  }
  const local = options.local === undefined ? pageStorage() : options.local;
  const journal = new TabJournal({ local, archive: library.journal }, { tab: options.tab });
  let report: RecoveryReport = { recovered: [], refused: [] };
  try {
    const live = await (options.liveTabs ?? liveTabs)();
    report = await replayJournals({
      library,
      local,
      self: journal.tab,
      live,
      closing: options.tabClosing ?? ((tab) => tabClosing(tab, CLOSING_WAIT_MS)),
    });
  } catch {
    // The journals stay where they are, to be replayed next time.
  }
  let opened: StoredChart;
  try {
    const found = await findChartToOpen(library, store, openHere(local));
    if (found) {
      store.getState().load(found.chart, {
        view: found.view,
        ...(found.history ? { history: found.history } : {}),
        ...withPlace(readPlace(local, found.id)),
      });
      opened = found;
    } else {
      const { chart, view } = store.getState();
      opened = await library.create(chart, view);
    }
    await library.setLastOpened(opened.id);
    rememberOpenHere(local, opened.id);
  } catch {
    journal.dispose();
    library.close();
    store.getState().notify(MEMORY_ONLY_MESSAGE, 'error');
    return null;
  }
  const recovered = report.recovered.find((chart) => chart.chartId === opened.id && !chart.removed);
  if (recovered && store.getState().notice?.tone !== 'error') {
    store.getState().notify(recoveredMessage(recovered), 'info');
  }
  const autosave = startAutosave(store, library, opened, { ...options.autosave, journal, local });
  // Other tabs open on a recovered chart follow it (as they follow any save).
  for (const chart of report.recovered) {
    autosave.announce(
      chart.removed
        ? { type: 'removed', id: chart.chartId }
        : { type: 'saved', id: chart.chartId, version: chart.version },
    );
  }
  return new LibrarySession(store, library, autosave, local);
}

function withPlace(place: ReturnType<typeof readPlace>) {
  return place ? { place } : {};
}

/** The chart opened last, else the most recent readable one; null on a first run. */
async function findChartToOpen(
  library: ChartLibrary,
  store: EditorStore,
  openedHere: string | null,
): Promise<StoredChart | null> {
  const unreadable: string[] = [];
  const read = async (id: string): Promise<StoredChart | null> => {
    try {
      return await library.load(id);
    } catch (error) {
      if (!(error instanceof StoredChartError)) throw error;
      unreadable.push(id);
      return null;
    }
  };
  // This page's own note comes first: IndexedDB's may not have committed before a reload.
  const last = openedHere ?? (await library.lastOpened());
  let found = last ? await read(last) : null;
  if (!found) {
    for (const summary of await library.list()) {
      if (summary.id === last) continue;
      found = await read(summary.id);
      if (found) break;
    }
  }
  if (unreadable.length > 0) {
    store
      .getState()
      .notify(
        `${unreadable.length === 1 ? 'A stored chart' : `${unreadable.length} stored charts`} could not be read (damaged, or saved by a newer Upturn) and ${unreadable.length === 1 ? 'was' : 'were'} left as ${unreadable.length === 1 ? 'it was' : 'they were'}.`,
        'error',
      );
  }
  return found;
}
