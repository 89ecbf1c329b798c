/**
 * What the chart list asks (new, duplicate, rename, delete, switch), carried
 * out in turn with the autosave so nothing is lost in between. Each change to
 * the list is journalled before the library is asked, so a page closed at
 * once still keeps it; journal entries that could not be recovered on boot
 * are offered here for download.
 */
import { emptyChart, type Chart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import type { EditorStore } from '../store';
import type { Autosave, AutosaveEvent } from './autosave';
import type { ChartSession } from './chart-library-session';
import type { ChartLibrary, ChartSummary, StoredChart } from './chart-library';
import { forgetPlace } from './chart-place';
import { journalNewChart } from './store-journal';
import { newChartId } from './stored-records';
import type { TabJournal } from './journal/tab-journal';
import {
  dismissRefused,
  keptRefusals,
  refusedDownload,
  type RefusedChain,
} from './journal/recovery';

/** "Untitled chart", or "Untitled chart 2" and on when the name is taken. */
function freeName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base} ${n}`)) n += 1;
  return `${base} ${n}`;
}

export class LibrarySession implements ChartSession {
  private refused: RefusedChain[];

  constructor(
    private readonly store: EditorStore,
    private readonly library: ChartLibrary,
    private readonly autosave: Autosave,
    private readonly local: Storage | null,
  ) {
    this.refused = keptRefusals(local);
  }

  /** This tab's journal. */
  get journal(): TabJournal {
    return this.autosave.journal;
  }

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
      const { journal } = this.autosave;
      const id = newChartId();
      const seq = journalNewChart(journal, id, chart, 'customer-first');
      const stored = await this.library.create(chart, 'customer-first', {
        id,
        journal: { tab: journal.tab, seq },
      });
      journal.compacted(id, seq);
      this.autosave.announce({ type: 'created', id: stored.id });
      return stored;
    });
    return created ? this.autosave.open(created.id, options) : false;
  }

  async createScenario(): Promise<ChartSummary | null> {
    const baseId = this.autosave.chartId;
    if (!(await this.autosave.flush())) return null;
    const created = await this.attempt('The scenario could not be stored.', async () => {
      const names = (await this.library.list()).map((summary) => summary.name);
      const { chart: open, view } = this.store.getState();
      const chart: Chart = { ...open, name: freeName(`${open.name} scenario`, names) };
      const { journal } = this.autosave;
      const id = newChartId();
      const seq = journalNewChart(journal, id, chart, view);
      const stored = await this.library.create(chart, view, {
        id,
        baseId,
        journal: { tab: journal.tab, seq },
      });
      journal.compacted(id, seq);
      this.autosave.announce({ type: 'created', id: stored.id });
      return stored;
    });
    if (!created || !(await this.autosave.open(created.id))) return null;
    return created;
  }

  async load(id: string): Promise<StoredChart | null> {
    if (id === this.autosave.chartId && !(await this.autosave.flush())) return null;
    try {
      return await this.library.load(id);
    } catch {
      return null;
    }
  }

  async duplicate(id: string, name?: string): Promise<ChartSummary | null> {
    if (id === this.autosave.chartId && !(await this.autosave.flush())) return null;
    return this.attempt('The chart could not be duplicated.', async () => {
      const names = (await this.library.list()).map((summary) => summary.name);
      const source = await this.library.load(id);
      if (!source) throw new Error('That chart is no longer stored.');
      const copy = await this.library.duplicate(id, freeName(name ?? `${source.name} copy`, names));
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
    const { journal } = this.autosave;
    const seq = journal.write(id, 0, { kind: 'rename', name: trimmed });
    const renamed = await this.attempt('The chart could not be renamed.', async () => {
      const saved = await this.library.rename(id, trimmed, { tab: journal.tab, seq });
      journal.compacted(id, seq);
      this.autosave.announce({ type: 'saved', id, version: saved.version });
      return saved;
    });
    // Refused: the chart list says so, and the journal does not bring it back later.
    if (renamed === null) journal.forget(id, seq);
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
    const { journal } = this.autosave;
    const seq = journal.write(id, 0, { kind: 'remove' });
    const removed = await this.attempt('The chart could not be deleted.', async () => {
      await this.library.remove(id);
      journal.compacted(id, seq);
      forgetPlace(this.local, id);
      this.autosave.announce({ type: 'removed', id });
      return true;
    });
    if (removed !== true) journal.forget(id, seq);
    return removed === true;
  }

  unrecovered(): readonly RefusedChain[] {
    return this.refused;
  }

  unrecoveredFile(): string {
    return refusedDownload(this.local, this.refused);
  }

  dismissUnrecovered(): void {
    dismissRefused(this.local, this.refused);
    this.refused = [];
  }

  subscribe(listener: (event: AutosaveEvent) => void): () => void {
    return this.autosave.subscribe(listener);
  }

  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  dispose(): void {
    this.autosave.dispose();
    this.autosave.journal.dispose();
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
