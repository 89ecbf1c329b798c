/**
 * The chart session: boots the editor from the chart library and carries out
 * what the chart list asks (new, duplicate, rename, delete, switch), in turn
 * with the autosave so nothing is lost in between.
 *
 * Boot: open the chart opened last; if it is gone or unreadable, the most
 * recently edited one; on the first run (nothing stored) keep the chart the
 * store shows (the sample) as the first stored chart. Without IndexedDB the
 * editor runs in memory and the user is told.
 */
import { emptyChart, type Chart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import {
  openLibrary,
  StoredChartError,
  type ChartLibrary,
  type ChartSummary,
  type StoredChart,
} from './chart-library';
import { startAutosave, type Autosave, type AutosaveEvent, type AutosaveOptions } from './autosave';
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
  /** Stores a copy of a chart (the open one with its latest edits), named "<name> copy". */
  duplicate(id: string): Promise<ChartSummary | null>;
  /** Renames a chart; the open one through the editor (so it is an undoable edit). */
  rename(id: string, name: string): Promise<boolean>;
  /** Deletes a stored chart; deleting the open one opens another first (or a new empty one). */
  remove(id: string): Promise<boolean>;
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
}

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
  let opened: StoredChart;
  try {
    const found = await findChartToOpen(library, store);
    if (found) {
      store.getState().load(found.chart, { view: found.view });
      opened = found;
    } else {
      const { chart, view } = store.getState();
      opened = await library.create(chart, view);
    }
    await library.setLastOpened(opened.id);
  } catch {
    library.close();
    store.getState().notify(MEMORY_ONLY_MESSAGE, 'error');
    return null;
  }
  const autosave = startAutosave(store, library, opened, options.autosave);
  return new LibrarySession(store, library, autosave);
}

/** The chart opened last, else the most recent readable one; null on a first run. */
async function findChartToOpen(
  library: ChartLibrary,
  store: EditorStore,
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
  const last = await library.lastOpened();
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

/** "Untitled chart", or "Untitled chart 2" and on when the name is taken. */
function freeName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base} ${n}`)) n += 1;
  return `${base} ${n}`;
}

class LibrarySession implements ChartSession {
  constructor(
    private readonly store: EditorStore,
    private readonly library: ChartLibrary,
    private readonly autosave: Autosave,
  ) {}

  currentId(): string {
    return this.autosave.chartId;
  }

  list(): Promise<ChartSummary[]> {
    return this.library.list();
  }

  open(id: string): Promise<boolean> {
    if (id === this.autosave.chartId) return Promise.resolve(true);
    return this.autosave.open(id);
  }

  create(kind: 'empty' | 'sample'): Promise<boolean> {
    return this.createAndOpen(kind, {});
  }

  private async createAndOpen(
    kind: 'empty' | 'sample',
    options: { discard?: boolean },
  ): Promise<boolean> {
    const created = await this.attempt('The new chart could not be stored.', async () => {
      const names = (await this.library.list()).map((summary) => summary.name);
      const chart: Chart =
        kind === 'sample' ? sampleChart() : emptyChart(freeName('Untitled chart', names));
      if (kind === 'sample') chart.name = freeName(chart.name, names);
      const stored = await this.library.create(chart, 'customer-first');
      this.autosave.announce({ type: 'created', id: stored.id });
      return stored;
    });
    return created ? this.autosave.open(created.id, options) : false;
  }

  async duplicate(id: string): Promise<ChartSummary | null> {
    if (id === this.autosave.chartId && !(await this.autosave.flush())) return null;
    return this.attempt('The chart could not be duplicated.', async () => {
      const names = (await this.library.list()).map((summary) => summary.name);
      const source = await this.library.load(id);
      if (!source) throw new Error('That chart is no longer stored.');
      const copy = await this.library.duplicate(id, freeName(`${source.name} copy`, names));
      this.autosave.announce({ type: 'created', id: copy.id });
      return copy;
    });
  }

  async rename(id: string, name: string): Promise<boolean> {
    const trimmed = name.trim();
    if (!trimmed) {
      this.store.getState().notify('A chart needs a name.', 'error');
      return false;
    }
    if (id === this.autosave.chartId) {
      if (this.store.getState().chart.name === trimmed) return true;
      if (!this.store.getState().run({ type: 'renameChart', name: trimmed })) return false;
      return this.autosave.flush();
    }
    const renamed = await this.attempt('The chart could not be renamed.', async () => {
      const saved = await this.library.rename(id, trimmed);
      this.autosave.announce({ type: 'saved', id, version: saved.version });
      return saved;
    });
    return renamed !== null;
  }

  async remove(id: string): Promise<boolean> {
    if (id === this.autosave.chartId) {
      const others = (await this.library.list()).filter((summary) => summary.id !== id);
      let opened = false;
      for (const other of others) {
        if (await this.autosave.open(other.id, { discard: true })) {
          opened = true;
          break;
        }
      }
      if (!opened && !(await this.createAndOpen('empty', { discard: true }))) return false;
    }
    const removed = await this.attempt('The chart could not be deleted.', async () => {
      await this.library.remove(id);
      this.autosave.announce({ type: 'removed', id });
      return true;
    });
    return removed === true;
  }

  subscribe(listener: (event: AutosaveEvent) => void): () => void {
    return this.autosave.subscribe(listener);
  }

  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  dispose(): void {
    this.autosave.dispose();
    this.library.close();
  }

  /** Runs library work in turn with the autosave; a failure becomes an error notice and null. */
  private async attempt<T>(failure: string, work: () => Promise<T>): Promise<T | null> {
    try {
      return await this.autosave.exclusive(work);
    } catch (error) {
      const reason = error instanceof Error ? ` (${error.message})` : '';
      this.store.getState().notify(`${failure}${reason}`, 'error');
      return null;
    }
  }
}
