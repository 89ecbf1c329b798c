/**
 * Following other tabs: when another tab saves the chart this tab shows,
 * this tab takes the newer version if it has no unsaved edits of its own;
 * if it has, nothing is overwritten: its save is refused as stale and its
 * work is kept as a copy (keep-apart.ts).
 */
import type { StoredChart } from './chart-library';

/** What following needs of the autosave session. */
export interface FollowHost {
  /** The stored version the store's chart was last saved as or loaded from (now). */
  version(): number;
  /** True while the store holds changes not yet stored (asked again after each wait). */
  dirty(): boolean;
  saveNow(): Promise<boolean>;
  load(): Promise<StoredChart | null>;
  /** Shows a newer stored version as a remote change (no undo step). */
  follow(stored: StoredChart): void;
  notify(message: string): void;
}

/** Another tab saved the open chart: take theirs if this tab has nothing unsaved; else keep ours apart. */
export async function catchUp(host: FollowHost): Promise<void> {
  if (host.dirty()) {
    await host.saveNow(); // refused as stale: kept as a copy
    return;
  }
  let stored: StoredChart | null;
  try {
    stored = await host.load();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    host.notify(`The chart changed in another tab but could not be read. ${reason}`);
    return;
  }
  if (!stored || stored.version <= host.version()) return;
  if (host.dirty()) {
    await host.saveNow(); // an edit arrived while reading: it is based on the old version
    return;
  }
  host.follow(stored);
}
