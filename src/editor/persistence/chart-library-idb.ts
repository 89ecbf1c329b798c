/**
 * The IndexedDB plumbing under the chart library, through `idb`: the
 * "upturn" database's stores and their upgrades, and a transaction that
 * resolves only once it has committed.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { View } from '../../domain/chart';

/** Bump with a new upgrade step when the stores change; never edit an old step. */
const DB_VERSION = 2;
/** Chart records, keyed by their `id`. */
export const CHARTS = 'charts';
/** Small values under fixed keys (the chart opened last). */
export const META = 'meta';
/** The write-ahead journal's entries (journal/), keyed by [tab, seq]. */
export const JOURNAL = 'journal';

/** One chart as stored. */
export interface ChartRecord {
  id: string;
  name: string;
  /** The chart as Upturn JSON text. */
  document: string;
  view: View;
  /** Milliseconds since the epoch of the last write. */
  updatedAt: number;
  /** Starts at 1; every write adds one. */
  version: number;
  /** Number of roles, so the list needs no parsing. */
  roles: number;
  /**
   * A scenario's base: the id of the chart it was copied from to be compared
   * against (absent for a plain chart). Kept by every later write of the record.
   */
  baseId?: string;
  /** The undo history kept with the chart (read through history-schema.ts), if any. */
  history?: unknown;
  /**
   * Which journal entries this version holds: for each tab that wrote it,
   * the newest entry of that tab's journal it includes; `writer` wrote last.
   */
  journal?: { writer: string | null; seqs: Record<string, number> };
}

/** A journal entry as IndexedDB keeps it: its text, and where it belongs. */
export interface JournalRow {
  tab: string;
  seq: number;
  chartId: string;
  text: string;
}

export interface UpturnSchema extends DBSchema {
  charts: { key: string; value: ChartRecord };
  meta: { key: string; value: unknown };
  journal: { key: [string, number]; value: JournalRow; indexes: { chart: string } };
}

export type UpturnDatabase = IDBPDatabase<UpturnSchema>;
type StoreName = 'charts' | 'meta' | 'journal';
/** A transaction over some of the stores, in `Mode`. */
export type UpturnTransaction<Mode extends IDBTransactionMode = 'readwrite'> = IDBPTransaction<
  UpturnSchema,
  StoreName[],
  Mode
>;

/** Opens (creating or upgrading) the database through `factory` (the browser's, or a test's). */
export async function openDatabase(factory: IDBFactory, name: string): Promise<UpturnDatabase> {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, DB_VERSION);
  } catch (error) {
    // Some private modes throw on open instead of failing the request.
    throw error instanceof Error ? error : new Error(String(error));
  }
  request.addEventListener('upgradeneeded', (event) => {
    const db = request.result;
    if (event.oldVersion < 1) {
      db.createObjectStore(CHARTS, { keyPath: 'id' });
      db.createObjectStore(META);
    }
    if (event.oldVersion < 2) {
      const journal = db.createObjectStore(JOURNAL, { keyPath: ['tab', 'seq'] });
      journal.createIndex('chart', 'chartId');
    }
  });
  const blocked = new Promise<never>((_, reject) =>
    request.addEventListener('blocked', () =>
      reject(new Error('The chart store is being upgraded by another Upturn tab.')),
    ),
  );
  const db = (await Promise.race([wrap(request), blocked])) as unknown as UpturnDatabase;
  // A newer Upturn in another tab wants to upgrade the database: let it.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

/**
 * Runs `work` in one transaction and resolves with its result once the
 * transaction has committed (not merely when the last request succeeded), so
 * a resolved save is really on disk, and a failed commit (quota) rejects.
 * A `work` that throws aborts the transaction: nothing of it is written.
 */
export async function transact<T, Mode extends IDBTransactionMode>(
  db: UpturnDatabase,
  stores: StoreName[],
  mode: Mode,
  work: (tx: UpturnTransaction<Mode>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, mode);
  // Heard from the start, so an abort before `work` ends is never an unhandled rejection.
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? new Error('IndexedDB transaction aborted.'),
  );
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished: the commit's outcome is reported below.
    }
    await done;
    throw error;
  }
  const failure = await done;
  if (failure)
    throw failure instanceof Error || failure instanceof DOMException
      ? failure
      : new Error(String(failure));
  return result;
}
