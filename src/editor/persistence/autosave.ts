/**
 * Autosave: keeps the chart open in the editor store stored in the chart
 * library as it changes, and in step with other tabs.
 *
 * - Every change is durable at once: written to this tab's journal in the
 *   same task (store-journal.ts, journal/), then stored in the library
 *   within a second (save-timer.ts) and compacted out of the journal.
 * - A failed write (quota, private mode) raises an error notice and keeps the
 *   chart in memory (and in the journal); the next change tries again.
 * - Tabs tell each other about saves over a BroadcastChannel ("upturn"). When
 *   another tab saves the chart this tab shows and this tab has no unsaved
 *   edits, this tab takes the newer one (a remote change: not an undo step).
 *   When both changed it, nothing is overwritten: the library refuses the
 *   stale write and this tab keeps its work as a copy (follow-tabs.ts,
 *   keep-apart.ts).
 * - A chart loaded into the store by someone else (`lastChange.origin` is
 *   'load': a file opened) is kept as a new chart, never written over the
 *   chart that was open, so opening a file always leaves a way back.
 * - Where the user was on each chart (viewport, selection) is kept with it.
 *
 * All library work runs one operation at a time, in order (work-queue.ts).
 */
import type { EditorState, EditorStore } from '../store';
import {
  broadcastChannel,
  type LibraryChannel,
  type LibraryAnnouncement,
  type LibraryMessage,
} from './autosave-channel';
import type { ChartLibrary, StoredChart } from './chart-library';
import { readPlace, rememberOpenHere, writePlace } from './chart-place';
import { ChartSaver, type SaverHost } from './chart-saver';
import { OpenChart, snapshotOf } from './open-chart';
import { SaveTimer, type SaveTiming } from './save-timer';
import { journalChange, journalNewChart } from './store-journal';
import { newChartId } from './stored-records';
import { TabJournal } from './journal/tab-journal';
import { catchUp, type FollowHost } from './follow-tabs';
import { WorkQueue } from './work-queue';

/** What the autosave tells the app: the open chart changed, or the list of charts did. */
export type AutosaveEvent =
  | {
      type: 'current';
      id: string;
      /** opened: switched to a stored chart; forked: kept as a copy after a conflict; kept-load: a loaded file kept as a new chart. */
      reason: 'opened' | 'forked' | 'kept-load';
    }
  | { type: 'list' };

export interface AutosaveOptions extends SaveTiming {
  /** The channel to other tabs; default `broadcastChannel()`. Null for none. */
  channel?: LibraryChannel | null;
  /** This tab's journal; default one on the library's archive (and no localStorage). */
  journal?: TabJournal;
  /** Where places (viewport, selection) are kept; default none. */
  local?: Storage | null;
}

export interface Autosave {
  /** The id of the stored chart the store shows. */
  readonly chartId: string;
  /** The stored version the store's chart was last saved as or loaded from. */
  readonly version: number;
  /** True while the store holds changes not yet stored in the library. */
  readonly dirty: boolean;
  /** This tab's journal. */
  readonly journal: TabJournal;
  /** Saves now if anything changed; resolves true once the store's chart is stored. */
  flush(): Promise<boolean>;
  /**
   * Switches the store to stored chart `id` (its history and place with it),
   * saving the open one first; false (and a notice) if that fails. `discard`
   * skips that save (the open chart is about to be deleted).
   */
  open(id: string, options?: { discard?: boolean }): Promise<boolean>;
  /** Runs `work` in turn with saves, so it sees the library as this tab left it. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Tells other tabs (and this tab's listeners) that the list changed. */
  announce(message: LibraryAnnouncement): void;
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { saveFailureMessage } from './chart-saver';

class AutosaveSession implements Autosave, SaverHost {
  readonly journal: TabJournal;
  readonly local: Storage | null;
  private readonly open_: OpenChart;
  private readonly saver: ChartSaver;
  private readonly timer: SaveTimer;
  private readonly channel: LibraryChannel | null;
  private readonly queue = new WorkQueue();
  /** True while this session itself replaces the store's chart, so the store listener ignores it. */
  private applying = false;
  private disposed = false;
  private readonly listeners = new Set<(event: AutosaveEvent) => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly store: EditorStore,
    private readonly library: ChartLibrary,
    opened: Pick<StoredChart, 'id' | 'version'>,
    options: AutosaveOptions,
  ) {
    this.open_ = new OpenChart(opened.id, opened.version, store.getState());
    this.journal = options.journal ?? new TabJournal({ local: null, archive: library.journal });
    this.saver = new ChartSaver(this.open_, library, this.journal, this);
    // A change the journal could keep nowhere (storage full) is stored at once instead.
    this.journal.onUnkept = () => void this.flush();
    this.local = options.local ?? null;
    this.channel = options.channel === undefined ? broadcastChannel() : options.channel;
    this.timer = new SaveTimer(
      options,
      () => void this.enqueue(() => this.saveNow()),
      () => void this.flush(),
    );
    this.cleanups.push(store.subscribe((state, previous) => this.followStore(state, previous)));
    if (this.channel) {
      this.cleanups.push(this.channel.listen((message) => this.followMessage(message)));
    }
  }

  get chartId(): string {
    return this.open_.id;
  }

  get version(): number {
    return this.open_.version;
  }

  get dirty(): boolean {
    return this.open_.dirty(this.store.getState());
  }

  flush(): Promise<boolean> {
    this.timer.cancel();
    return this.enqueue(() => this.saveNow());
  }

  open(id: string, options: { discard?: boolean } = {}): Promise<boolean> {
    this.timer.cancel();
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
      this.show(stored, 'open');
      await this.rememberOpened();
      this.emit({ type: 'current', id: stored.id, reason: 'opened' });
      return true;
    });
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueue(work);
  }

  announce(message: LibraryAnnouncement): void {
    this.channel?.post({ ...message, tab: this.journal.tab });
    this.emit({ type: 'list' });
  }

  subscribe(listener: (event: AutosaveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.timer.dispose();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.channel?.close();
    this.listeners.clear();
  }

  // ---- what the store did ----

  private followStore(state: EditorState, previous: EditorState): void {
    if (this.applying || this.disposed) return;
    if (state.viewport !== previous.viewport || state.selection !== previous.selection) {
      writePlace(this.local, this.open_.id, {
        viewport: state.viewport,
        selection: state.selection,
      });
    }
    const changed =
      state.chart !== previous.chart ||
      state.view !== previous.view ||
      state.lastChange !== previous.lastChange;
    if (!changed) return;
    if (state.lastChange !== previous.lastChange && state.lastChange?.origin === 'load') {
      this.keepLoaded(state, previous);
      return;
    }
    journalChange(this.journal, this.open_.id, this.open_.version, state, previous);
    this.timer.schedule();
  }

  /** Someone loaded a chart (a file): it becomes a new chart, after the one it replaced is stored. */
  private keepLoaded(state: EditorState, previous: EditorState): void {
    this.timer.cancel();
    const before = { id: this.open_.id, version: this.open_.version };
    const unsaved = !this.open_.holds(previous);
    const snapshot = snapshotOf(previous, this.journal, before.id);
    const id = newChartId();
    journalNewChart(this.journal, id, state.chart, state.view);
    this.open_.became(id, 0, null);
    writePlace(this.local, id, { viewport: state.viewport, selection: state.selection });
    void this.enqueue(async () => {
      if (unsaved) await this.saver.write(before, snapshot, false);
      if (!(await this.saveNow())) return; // the journal keeps it; the next change tries again
      await this.rememberOpened();
      this.emit({ type: 'current', id, reason: 'kept-load' });
    });
  }

  // ---- other tabs ----

  /** The session as following other tabs sees it. */
  private readonly follower: FollowHost = {
    version: () => this.open_.version,
    dirty: () => this.dirty,
    saveNow: () => this.saveNow(),
    load: () => this.library.load(this.open_.id),
    follow: (stored) => this.show(stored, 'follow'),
    notify: (message) => this.notify(message),
  };

  private followMessage(message: LibraryMessage): void {
    if (this.disposed || message.tab === this.journal.tab) return;
    this.emit({ type: 'list' });
    if (message.id !== this.open_.id) return;
    if (message.type === 'saved' && message.version > this.open_.version) {
      void this.enqueue(() => catchUp(this.follower));
    }
    // A chart removed elsewhere stays open here; the next change is kept as a copy.
  }

  /** Shows a stored chart: opened (its history and place come back) or followed (a remote change). */
  private show(stored: StoredChart, how: 'open' | 'follow'): void {
    this.timer.cancel();
    this.quietly(() => {
      const state = this.store.getState();
      if (how === 'open') {
        state.load(stored.chart, {
          view: stored.view,
          ...(stored.history ? { history: stored.history } : {}),
          place: readPlace(this.local, stored.id) ?? { viewport: null, selection: [] },
        });
      } else {
        state.receive(stored.chart, { view: stored.view });
      }
    });
    const now = this.store.getState();
    this.open_.became(stored.id, stored.version, {
      chart: now.chart,
      view: now.view,
      change: now.lastChange,
    });
  }

  // ---- saving ----

  private saveNow(): Promise<boolean> {
    this.timer.cancel();
    return this.saver.saveNow();
  }

  // ---- what the saver needs (SaverHost) ----

  quietly(change: () => void): void {
    this.applying = true;
    try {
      change();
    } finally {
      this.applying = false;
    }
  }

  schedule(): void {
    this.timer.schedule();
  }

  /** Records the open chart as the one to open next time. */
  async rememberOpened(): Promise<void> {
    rememberOpenHere(this.local, this.open_.id);
    try {
      await this.library.setLastOpened(this.open_.id);
    } catch {
      // Only decides what opens next time; a failure here loses no work.
    }
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.run(work);
  }

  emit(event: AutosaveEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  notify(message: string): void {
    this.store.getState().notify(message, 'error');
  }
}
