/**
 * This tab's write-ahead journal. Every change the user makes is written
 * here synchronously, in the same task as the change (before the next
 * frame), to localStorage, and at once to IndexedDB too (see
 * journal-archive.ts for why both). The autosave stores the change in the
 * chart library within a second and then compacts: the entries it stored are
 * deleted. What is left after a crash, a closed tab or a reload is replayed
 * on the next open (journal-replay.ts).
 *
 * A tab is one page load; it holds a Web Lock named after its id for as long
 * as it lives, so another tab can tell a live journal from a dead one.
 */
import { encodeEntry, entryKey, JOURNAL_PREFIX, type JournalChange } from './journal-entry';
import type { JournalArchive } from './journal-archive';

export interface JournalPlaces {
  /** localStorage, or null where there is none. */
  local: Storage | null;
  /** The IndexedDB copy, or null. */
  archive: JournalArchive | null;
}

/** The Web Lock a tab holds while it lives. */
export const TAB_LOCK_PREFIX = 'upturn-tab:';

/** A fresh tab id (no colons: it is part of a key). */
export function newTabId(): string {
  return `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export class TabJournal {
  readonly tab: string;
  private seq = 0;
  /** The newest entry written for each chart. */
  private readonly newest = new Map<string, number>();
  /** This tab's entries still in localStorage: seq → key and chart. */
  private readonly local = new Map<number, { key: string; chartId: string }>();
  private releaseLock: (() => void) | null = null;
  /** The IndexedDB copies still being written. */
  private archiving: Promise<unknown> = Promise.resolve();
  /** Called when an entry could be kept nowhere (storage full): the caller should save at once. */
  onUnkept: ((problem: unknown) => void) | null = null;

  constructor(
    private readonly places: JournalPlaces,
    options: { tab?: string; lock?: boolean } = {},
  ) {
    this.tab = options.tab ?? newTabId();
    if (options.lock !== false) this.holdLock();
  }

  /** Charts whose entries now belong to another (the open chart kept as a copy): from → to. */
  private readonly aliases = new Map<string, string>();

  /** The newest entry this tab wrote about `chartId` (0: none): a save made now holds up to it. */
  written(chartId: string): number {
    let newest = this.newest.get(chartId) ?? 0;
    for (const [from, to] of this.aliases) {
      if (to === chartId) newest = Math.max(newest, this.newest.get(from) ?? 0);
    }
    return newest;
  }

  /** Entries about `from` belong to `to` from now on (the open chart was kept as a copy, `to`). */
  alias(from: string, to: string): void {
    this.aliases.set(from, to);
  }

  /** Forgets `chartId`'s entries up to `upTo` in both copies (something else holds them now). */
  forget(chartId: string, upTo: number): void {
    this.forgetLocal(chartId, upTo, true);
  }

  /**
   * Writes an entry now, synchronously to localStorage; returns its seq.
   * Never throws: a journal that cannot be written leaves the autosave to it.
   */
  write(chartId: string, version: number, change: JournalChange): number {
    this.seq += 1;
    const seq = this.seq;
    this.newest.set(chartId, seq);
    const text = encodeEntry({ tab: this.tab, seq, chartId, at: Date.now(), version, change });
    let kept = false;
    let problem: unknown = null;
    if (this.places.local) {
      const key = entryKey(JOURNAL_PREFIX, this.tab, seq, chartId);
      try {
        this.places.local.setItem(key, text);
        this.local.set(seq, { key, chartId });
        kept = true;
      } catch (error) {
        problem = error; // full: the IndexedDB copy and the autosave still have it
      }
    }
    if (this.places.archive) {
      kept = true;
      const append = this.places.archive
        .append({ tab: this.tab, seq, chartId, text })
        .catch((error: unknown) => this.onUnkept?.(error));
      this.archiving = Promise.all([this.archiving, append]);
    }
    if (!kept) this.onUnkept?.(problem);
    return seq;
  }

  /** The library now holds `chartId`'s entries up to `upTo`: their localStorage copies go. */
  compacted(chartId: string, upTo: number): void {
    for (const [from, to] of this.aliases) {
      if (to === chartId) this.forgetLocal(from, upTo, true);
    }
    this.forgetLocal(chartId, upTo, false);
  }

  private forgetLocal(chartId: string, upTo: number, archiveToo: boolean): void {
    if (archiveToo) this.places.archive?.drop(this.tab, chartId, upTo).catch(() => undefined);
    if (!this.places.local) return;
    for (const [seq, { key, chartId: chart }] of this.local) {
      if (seq > upTo || chart !== chartId) continue;
      try {
        this.places.local.removeItem(key);
      } catch {
        // Left behind, it is skipped on replay: the library holds it.
      }
      this.local.delete(seq);
    }
  }

  /** Resolves once every entry written so far is in IndexedDB too (or could not be). */
  archived(): Promise<void> {
    return this.archiving.then(() => undefined);
  }

  dispose(): void {
    this.releaseLock?.();
    this.releaseLock = null;
  }

  private holdLock(): void {
    const locks = globalThis.navigator?.locks;
    if (!locks) return;
    void locks
      .request(
        `${TAB_LOCK_PREFIX}${this.tab}`,
        () =>
          new Promise<void>((resolve) => {
            this.releaseLock = resolve;
          }),
      )
      .catch(() => undefined);
  }
}

/**
 * The tabs alive now (holding their lock), or null where Web Locks are not
 * offered (then a journal counts as dead once its newest entry is a few
 * seconds old: a live tab stores and compacts within a second).
 */
export async function liveTabs(): Promise<ReadonlySet<string> | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks?.query) return null;
  try {
    const snapshot = await locks.query();
    const live = new Set<string>();
    for (const lock of [...(snapshot.held ?? []), ...(snapshot.pending ?? [])]) {
      if (lock.name?.startsWith(TAB_LOCK_PREFIX)) live.add(lock.name.slice(TAB_LOCK_PREFIX.length));
    }
    return live;
  } catch {
    return null;
  }
}

/**
 * Whether `tab`, listed as alive, was only closing: its lock is released
 * within `waitMs` (a tab closed a moment ago holds it until its process is
 * gone). False for a tab still open then, or where Web Locks are not offered.
 */
export async function tabClosing(tab: string, waitMs: number): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), waitMs);
  try {
    await locks.request(`${TAB_LOCK_PREFIX}${tab}`, { signal: controller.signal }, () => undefined);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
