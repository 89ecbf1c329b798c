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
import type { Chart, View } from '../../domain/chart';
import { broadcastChannel, type LibraryChannel } from './autosave-channel';
import {
  applyStored,
  describe,
  fork,
  followMessage,
  followStore,
  newTabId,
  rememberOpened,
  type ConflictSession,
} from './autosave-conflicts';
import { StaleWriteError, type ChartLibrary, type StoredChart } from './chart-library';
import type { EditorStore } from '../store';

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

class AutosaveSession implements Autosave, ConflictSession {
  chartId: string;
  version: number;
  savedChart: Chart;
  savedView: View;
  readonly tab = newTabId();
  private readonly delay: number;
  private readonly maxWait: number;
  private readonly channel: LibraryChannel | null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest unsaved change was made (for maxWait), or null. */
  pendingSince: number | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** True while this session itself replaces the store's chart, so the store listener ignores it. */
  applying = false;
  disposed = false;
  private readonly listeners = new Set<(event: AutosaveEvent) => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly store: EditorStore,
    readonly library: ChartLibrary,
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

    this.cleanups.push(store.subscribe((state, previous) => followStore(this, state, previous)));
    if (this.channel) {
      this.cleanups.push(this.channel.listen((message) => followMessage(this, message)));
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
      applyStored(this, stored);
      await rememberOpened(this);
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

  // ---- saving ----

  schedule(): void {
    const now = Date.now();
    this.pendingSince ??= now;
    const wait = Math.max(0, Math.min(this.delay, this.pendingSince + this.maxWait - now));
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.enqueue(() => this.saveNow());
    }, wait);
  }

  cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  async saveNow(): Promise<boolean> {
    const { chart, view } = this.store.getState();
    if (chart === this.savedChart && view === this.savedView) {
      this.pendingSince = null;
      return true;
    }
    return this.write(chart, view);
  }

  /** Writes `chart`; `live` when it is (an earlier state of) the chart the store shows. */
  async write(chart: Chart, view: View, live = true): Promise<boolean> {
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
        return fork(this, chart, view, { removed: error.actual === null, live });
      }
      // The chart stays in the store; savedChart is unchanged, so the next change retries.
      this.saveFailed(error);
      return false;
    }
  }

  // ---- helpers ----

  enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  emit(event: AutosaveEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  notify(message: string): void {
    this.store.getState().notify(message, 'error');
  }

  saveFailed(error: unknown): void {
    this.notify(saveFailureMessage(error));
  }
}
