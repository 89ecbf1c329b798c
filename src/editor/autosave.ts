/**
 * Autosave: keeps the chart open in the editor store saved in the chart
 * library as it changes, and in step with other tabs.
 *
 * - Every change to the chart or the view is saved within a second: a 300 ms
 *   debounce, never postponed past one second by a stream of edits; flushed
 *   on `pagehide` and when the page is hidden.
 * - A failed write (quota, private mode) raises an error notice and keeps the
 *   chart in memory; the next change tries again.
 * - Tabs tell each other about saves over a BroadcastChannel ("upturn"). When
 *   another tab saves the chart this tab shows and this tab has no unsaved
 *   edits, this tab loads the newer one (not an undo step). When both changed
 *   it, nothing is overwritten: the library refuses the stale write and this
 *   tab keeps its work as a new chart, "<name> (copy from another tab)".
 * - A chart replaced in the store by someone else's `load` (a file opened)
 *   is kept as a new chart, never written over the chart that was open, so
 *   opening a file always leaves a way back.
 *
 * All library work runs one operation at a time, in order.
 */
import type { Chart, View } from '../domain/chart';
import { broadcastChannel, type LibraryChannel, type LibraryMessage } from './autosave-channel';
import { StaleWriteError, type ChartLibrary, type StoredChart } from './chart-library';
import type { EditorState, EditorStore } from './store';

/** What the autosave tells the app: the open chart changed, or the list of charts did. */
export type AutosaveEvent =
  | {
      type: 'current';
      id: string;
      /** opened: switched to a stored chart; forked: kept as a copy after a conflict; kept-load: a loaded file kept as a new chart. */
      reason: 'opened' | 'forked' | 'kept-load';
    }
  | { type: 'list' };

export interface AutosaveOptions {
  /** Quiet time after a change before saving; default 300 ms. */
  delay?: number;
  /** The longest a change waits while edits keep coming; default 1000 ms. */
  maxWait?: number;
  /** The channel to other tabs; default `broadcastChannel()`. Null for none. */
  channel?: LibraryChannel | null;
  /** Where `pagehide` and `visibilitychange` are heard; default the page's window and document. */
  page?: { window?: EventTarget; document?: EventTarget & { visibilityState?: string } } | null;
}

export interface Autosave {
  /** The id of the stored chart the store shows. */
  readonly chartId: string;
  /** The stored version the store's chart was last saved as or loaded from. */
  readonly version: number;
  /** True while the store holds changes not yet stored. */
  readonly dirty: boolean;
  /** Saves now if anything changed; resolves true once the store's chart is stored. */
  flush(): Promise<boolean>;
  /**
   * Switches the store to stored chart `id`, saving the open one first; false
   * (and a notice) if that fails. `discard` skips that save (the open chart is
   * about to be deleted).
   */
  open(id: string, options?: { discard?: boolean }): Promise<boolean>;
  /** Runs `work` in turn with saves, so it sees the library as this tab left it. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Tells other tabs (and this tab's listeners) that the list changed. */
  announce(
    message:
      { type: 'saved'; id: string; version: number } | { type: 'created' | 'removed'; id: string },
  ): void;
  subscribe(listener: (event: AutosaveEvent) => void): () => void;
  dispose(): void;
}

/**
 * Starts saving `store` into `library` as stored chart `opened`. The store
 * must show `opened` already (its current chart and view count as saved).
 */
export function startAutosave(
  store: EditorStore,
  library: ChartLibrary,
  opened: Pick<StoredChart, 'id' | 'version'>,
  options: AutosaveOptions = {},
): Autosave {
  return new AutosaveSession(store, library, opened, options);
}

/** The user-facing words for a failed write. */
export function saveFailureMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'This browser’s storage is full, so your latest changes are not saved. The chart stays open here: export it, or free some space, to keep it.';
  }
  return 'Your latest changes could not be saved in this browser. The chart stays open here: export it to keep a copy. Saving will be tried again on your next change.';
}

function newTabId(): string {
  return `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

class AutosaveSession implements Autosave {
  chartId: string;
  version: number;
  private savedChart: Chart;
  private savedView: View;
  private readonly tab = newTabId();
  private readonly delay: number;
  private readonly maxWait: number;
  private readonly channel: LibraryChannel | null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest unsaved change was made (for maxWait), or null. */
  private pendingSince: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** True while this session itself replaces the store's chart, so the store listener ignores it. */
  private applying = false;
  private disposed = false;
  private readonly listeners = new Set<(event: AutosaveEvent) => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly store: EditorStore,
    private readonly library: ChartLibrary,
    opened: Pick<StoredChart, 'id' | 'version'>,
    options: AutosaveOptions,
  ) {
    this.chartId = opened.id;
    this.version = opened.version;
    const { chart, view } = store.getState();
    this.savedChart = chart;
    this.savedView = view;
    this.delay = options.delay ?? 300;
    this.maxWait = options.maxWait ?? 1000;
    this.channel = options.channel === undefined ? broadcastChannel() : options.channel;

    this.cleanups.push(store.subscribe((state, previous) => this.onStoreChange(state, previous)));
    if (this.channel) {
      this.cleanups.push(this.channel.listen((message) => this.onMessage(message)));
    }
    const page =
      options.page === undefined
        ? {
            window: typeof window === 'undefined' ? undefined : window,
            document: typeof document === 'undefined' ? undefined : document,
          }
        : options.page;
    const onPageHide = () => void this.flush();
    const onVisibility = () => {
      if (page?.document?.visibilityState === 'hidden') void this.flush();
    };
    if (page?.window) {
      page.window.addEventListener('pagehide', onPageHide);
      this.cleanups.push(() => page.window?.removeEventListener('pagehide', onPageHide));
    }
    if (page?.document) {
      page.document.addEventListener('visibilitychange', onVisibility);
      this.cleanups.push(() =>
        page.document?.removeEventListener('visibilitychange', onVisibility),
      );
    }
  }

  get dirty(): boolean {
    const { chart, view } = this.store.getState();
    return chart !== this.savedChart || view !== this.savedView;
  }

  flush(): Promise<boolean> {
    this.cancelTimer();
    return this.enqueue(() => this.saveNow());
  }

  open(id: string, options: { discard?: boolean } = {}): Promise<boolean> {
    this.cancelTimer();
    return this.enqueue(async () => {
      if (!options.discard && !(await this.saveNow())) return false;
      let stored: StoredChart | null;
      try {
        stored = await this.library.load(id);
      } catch (error) {
        this.notify(`That chart could not be opened. ${describe(error)}`);
        return false;
      }
      if (!stored) {
        this.notify('That chart is no longer stored in this browser.');
        this.emit({ type: 'list' });
        return false;
      }
      this.apply(stored);
      await this.rememberOpened();
      this.emit({ type: 'current', id: stored.id, reason: 'opened' });
      return true;
    });
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueue(work);
  }

  announce(
    message:
      { type: 'saved'; id: string; version: number } | { type: 'created' | 'removed'; id: string },
  ): void {
    this.channel?.post({ ...message, tab: this.tab });
    this.emit({ type: 'list' });
  }

  subscribe(listener: (event: AutosaveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.cancelTimer();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.channel?.close();
    this.listeners.clear();
  }

  // ---- reacting to the store, to other tabs ----

  private onStoreChange(state: EditorState, previous: EditorState): void {
    if (this.applying || this.disposed) return;
    if (state.chart === previous.chart && state.view === previous.view) return;
    // Only `load` leaves both histories empty after a chart change (run always
    // adds an undo step, undo a redo step): someone else loaded a chart.
    if (state.chart !== previous.chart && state.past.length === 0 && state.future.length === 0) {
      this.cancelTimer();
      const before = { chart: previous.chart, view: previous.view };
      void this.enqueue(() => this.keepLoaded(before));
      return;
    }
    this.schedule();
  }

  private onMessage(message: LibraryMessage): void {
    if (this.disposed || message.tab === this.tab) return;
    this.emit({ type: 'list' });
    if (message.id !== this.chartId) return;
    if (message.type === 'saved' && message.version > this.version) {
      void this.enqueue(() => this.catchUp());
    }
    // A chart removed elsewhere stays open here; the next change is kept as a copy (see fork).
  }

  /** Another tab saved the open chart: take theirs if this tab has nothing unsaved; else keep ours apart. */
  private async catchUp(): Promise<void> {
    if (this.dirty) {
      await this.saveNow(); // refused as stale: forks
      return;
    }
    let stored: StoredChart | null;
    try {
      stored = await this.library.load(this.chartId);
    } catch (error) {
      this.notify(`The chart changed in another tab but could not be read. ${describe(error)}`);
      return;
    }
    if (!stored || stored.version <= this.version) return;
    if (this.dirty) {
      // An edit arrived while reading: it is based on the old version.
      await this.saveNow();
      return;
    }
    this.apply(stored);
  }

  // ---- saving ----

  private schedule(): void {
    const now = Date.now();
    this.pendingSince ??= now;
    const wait = Math.max(0, Math.min(this.delay, this.pendingSince + this.maxWait - now));
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.enqueue(() => this.saveNow());
    }, wait);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async saveNow(): Promise<boolean> {
    const { chart, view } = this.store.getState();
    if (chart === this.savedChart && view === this.savedView) {
      this.pendingSince = null;
      return true;
    }
    return this.write(chart, view);
  }

  /** Writes `chart`; `live` when it is (an earlier state of) the chart the store shows. */
  private async write(chart: Chart, view: View, live = true): Promise<boolean> {
    this.pendingSince = null;
    try {
      const saved = await this.library.save({
        id: this.chartId,
        chart,
        view,
        baseVersion: this.version,
      });
      this.version = saved.version;
      this.savedChart = chart;
      this.savedView = view;
      this.announce({ type: 'saved', id: saved.id, version: saved.version });
      return true;
    } catch (error) {
      if (error instanceof StaleWriteError) {
        return this.fork(chart, view, { removed: error.actual === null, live });
      }
      // The chart stays in the store; savedChart is unchanged, so the next change retries.
      this.notify(saveFailureMessage(error));
      return false;
    }
  }

  /**
   * The stored chart moved on (another tab saved or deleted it) while this
   * tab changed it too: keep this tab's work as a new chart, overwrite nothing.
   */
  private async fork(
    chart: Chart,
    view: View,
    { removed, live }: { removed: boolean; live: boolean },
  ): Promise<boolean> {
    const original = chart.name;
    const name = `${original} (copy from another tab)`;
    let copy: StoredChart;
    try {
      copy = await this.library.create({ ...chart, name }, view);
    } catch (error) {
      this.notify(saveFailureMessage(error));
      return false;
    }
    const message = removed
      ? `“${original}” was deleted in another tab. Your work here is kept as “${name}”.`
      : `“${original}” was also changed in another tab. Nothing was overwritten: your version is kept as “${name}”, the other tab’s under the original name.`;
    if (!live) {
      // The store has moved on to another chart; the copy is only kept in the list.
      this.announce({ type: 'created', id: copy.id });
      this.notify(message);
      return true;
    }
    this.chartId = copy.id;
    this.version = copy.version;
    // The store's chart takes the copy's name without an undo step (this is
    // bookkeeping, not an edit) and keeps its history.
    const current = this.store.getState().chart;
    const renamed: Chart = { ...current, name };
    this.applying = true;
    try {
      this.store.setState((state) => ({ chart: renamed, revision: state.revision + 1 }));
    } finally {
      this.applying = false;
    }
    if (current === chart) {
      this.savedChart = renamed;
      this.savedView = view;
    } else {
      this.schedule(); // edits made during the copy go to the copy next
    }
    await this.rememberOpened();
    this.announce({ type: 'created', id: copy.id });
    this.emit({ type: 'current', id: copy.id, reason: 'forked' });
    this.notify(message);
    return true;
  }

  /** Someone loaded a chart into the store (a file): keep it as a new chart after saving the one it replaced. */
  private async keepLoaded(before: { chart: Chart; view: View }): Promise<void> {
    if (before.chart !== this.savedChart || before.view !== this.savedView) {
      await this.write(before.chart, before.view, false);
    }
    const { chart, view } = this.store.getState();
    let created: StoredChart;
    try {
      created = await this.library.create(chart, view);
    } catch (error) {
      this.notify(saveFailureMessage(error));
      return;
    }
    this.chartId = created.id;
    this.version = created.version;
    this.savedChart = chart;
    this.savedView = view;
    if (this.dirty) this.schedule();
    await this.rememberOpened();
    this.announce({ type: 'created', id: created.id });
    this.emit({ type: 'current', id: created.id, reason: 'kept-load' });
  }

  // ---- helpers ----

  /** Shows a stored chart: a load, never an undo step. */
  private apply(stored: StoredChart): void {
    this.cancelTimer();
    this.pendingSince = null;
    this.applying = true;
    try {
      this.store.getState().load(stored.chart, { view: stored.view });
    } finally {
      this.applying = false;
    }
    const { chart, view } = this.store.getState();
    this.chartId = stored.id;
    this.version = stored.version;
    this.savedChart = chart;
    this.savedView = view;
  }

  private async rememberOpened(): Promise<void> {
    try {
      await this.library.setLastOpened(this.chartId);
    } catch {
      // Only decides what opens next time; a failure here loses no work.
    }
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private emit(event: AutosaveEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private notify(message: string): void {
    this.store.getState().notify(message, 'error');
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
