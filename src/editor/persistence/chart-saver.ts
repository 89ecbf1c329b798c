/**
 * Storing the open chart: a snapshot of the store written over the version
 * this tab has (open-chart.ts), and what happens when the library refuses it
 * as stale because another tab saved or deleted the chart meanwhile: this
 * tab's work is kept as a copy (keep-apart.ts), nothing is overwritten.
 */
import type { EditorStore } from '../store';
import type { AutosaveEvent } from './autosave';
import type { LibraryAnnouncement } from './autosave-channel';
import { StaleWriteError, type ChartLibrary } from './chart-library';
import { writePlace } from './chart-place';
import { copyMessage, storeCopy } from './keep-apart';
import { snapshotOf, storeSnapshot, type OpenChart, type Snapshot } from './open-chart';
import type { TabJournal } from './journal/tab-journal';

/** What saving needs of the autosave session around it. */
export interface SaverHost {
  readonly store: EditorStore;
  readonly local: Storage | null;
  /** Runs a change of the store the session must not hear as an edit. */
  quietly(change: () => void): void;
  announce(message: LibraryAnnouncement): void;
  emit(event: AutosaveEvent): void;
  /** Raises an error notice. */
  notify(message: string): void;
  rememberOpened(): Promise<void>;
  /** Asks for a save soon (edits are waiting). */
  schedule(): void;
}

/** The user-facing words for a failed write. */
export function saveFailureMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'This browser’s storage is full, so your latest changes are not saved. The chart stays open here: export it, or free some space, to keep it.';
  }
  return 'Your latest changes could not be saved in this browser. The chart stays open here: export it to keep a copy. Saving will be tried again on your next change.';
}

export class ChartSaver {
  constructor(
    private readonly open: OpenChart,
    private readonly library: ChartLibrary,
    private readonly journal: TabJournal,
    private readonly host: SaverHost,
  ) {}

  /** Stores the store's chart if the library lacks any of it; true once it is stored. */
  async saveNow(): Promise<boolean> {
    const state = this.host.store.getState();
    if (this.open.holds(state)) return true;
    const target = { id: this.open.id, version: this.open.version };
    return this.write(target, snapshotOf(state, this.journal, target.id), true);
  }

  /** Stores `snapshot` as `target`; `live` when it is (an earlier state of) the chart the store shows. */
  async write(
    target: { id: string; version: number },
    snapshot: Snapshot,
    live: boolean,
  ): Promise<boolean> {
    try {
      const version = await storeSnapshot(this.library, this.journal, target, snapshot);
      if (live && this.open.id === target.id) this.open.stored(version, snapshot);
      this.host.announce(
        target.version === 0
          ? { type: 'created', id: target.id }
          : { type: 'saved', id: target.id, version },
      );
      return true;
    } catch (error) {
      if (error instanceof StaleWriteError) {
        return this.keepAsCopy(target.id, snapshot, { removed: error.actual === null, live });
      }
      // The chart stays in the store and in the journal; the next change retries.
      this.host.notify(saveFailureMessage(error));
      return false;
    }
  }

  /** The stored chart moved on elsewhere: this tab's work becomes a new chart. */
  private async keepAsCopy(
    fromId: string,
    snapshot: Snapshot,
    { removed, live }: { removed: boolean; live: boolean },
  ): Promise<boolean> {
    const original = snapshot.chart.name;
    let copy: Awaited<ReturnType<typeof storeCopy>>;
    try {
      copy = await storeCopy(this.library, this.journal, fromId, snapshot);
    } catch (error) {
      this.host.notify(saveFailureMessage(error));
      return false;
    }
    if (!live || this.open.id !== fromId) {
      // The store has moved on to another chart; the copy is only kept in the list.
      this.host.announce({ type: 'created', id: copy.id });
      this.host.notify(copyMessage(original, removed));
      return true;
    }
    // The store's chart takes the copy's name: bookkeeping, not an edit; its history is kept.
    const { store } = this.host;
    const current = store.getState().chart;
    this.host.quietly(() =>
      store.getState().receive({ ...current, name: copy.name }, { keepHistory: true }),
    );
    const now = store.getState();
    const caughtUp = current === snapshot.chart;
    this.open.became(
      copy.id,
      copy.version,
      caughtUp ? { chart: now.chart, view: snapshot.view, change: now.lastChange } : snapshot,
    );
    writePlace(this.host.local, copy.id, { viewport: now.viewport, selection: now.selection });
    if (!caughtUp) this.host.schedule(); // edits made during the copy go to the copy next
    await this.host.rememberOpened();
    this.host.announce({ type: 'created', id: copy.id });
    this.host.emit({ type: 'current', id: copy.id, reason: 'forked' });
    this.host.notify(copyMessage(original, removed));
    return true;
  }
}
