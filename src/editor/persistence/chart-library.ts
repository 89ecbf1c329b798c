/**
 * The chart library: the charts kept in this browser, in IndexedDB (through
 * `idb`). Database "upturn": a `charts` store of records keyed by id, a small
 * `meta` store (which chart was open last), and the write-ahead journal's
 * `journal` store (journal/journal-archive.ts).
 *
 * A stored chart is kept as Upturn JSON text and read back through the file
 * checks (stored-records.ts), so an old record written by an older Upturn is
 * upgraded on load, exactly like an old `.upturn.json`. The undo history is
 * kept with it, to a depth (history/history.ts, KEPT_DEPTH).
 *
 * Every record carries a `version`, bumped on each write. `save` is an
 * optimistic check-and-write inside one readwrite transaction (IndexedDB runs
 * overlapping readwrite transactions one at a time, across tabs too), so a
 * tab holding an older version can never overwrite a newer save by another
 * tab: the write is refused with a {@link StaleWriteError}. A write that
 * stores journalled changes deletes their journal entries in the same
 * transaction.
 */
import type { Chart, View } from '../../domain/chart';
import type { HistoryEntry } from '../history/history';
import {
  CHARTS,
  JOURNAL,
  META,
  openDatabase,
  transact,
  type ChartRecord,
  type UpturnDatabase,
} from './chart-library-idb';
import {
  dropChartEntries,
  dropEntries,
  journalArchive,
  type JournalArchive,
} from './journal/journal-archive';
import {
  journalOf,
  newChartId,
  readRecord,
  recordOf,
  summaryOf,
  type ChartSummary,
  type StoredChart,
} from './stored-records';

export type { ChartRecord } from './chart-library-idb';
export { StoredChartError, type ChartSummary, type StoredChart } from './stored-records';

/** The undo stacks kept with a chart. */
export interface KeptHistory {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

/** "This write holds tab `tab`'s journal up to entry `seq`." */
export interface JournalMark {
  tab: string;
  seq: number;
}

/** A write based on `baseVersion` of chart `id`. */
export interface SaveRequest {
  id: string;
  chart: Chart;
  view: View;
  /** The version this write was based on: the write is refused if the stored one differs. */
  baseVersion: number;
  /** The undo history to keep with it; null drops the kept one; absent keeps it as it is. */
  history?: KeptHistory | null;
  /** The journal entries this write stores (deleted from the journal in the same transaction). */
  journal?: JournalMark;
}

/** A write refused because the stored chart changed (or went) since `expected`. */
export class StaleWriteError extends Error {
  readonly id: string;
  readonly expected: number;
  /** The stored version, or null when the chart is no longer stored. */
  readonly actual: number | null;

  constructor(id: string, expected: number, actual: number | null) {
    super(
      actual === null
        ? `Chart ${id} is no longer stored.`
        : `Chart ${id} was saved elsewhere (version ${actual}, this write was based on ${expected}).`,
    );
    this.name = 'StaleWriteError';
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }
}

/** How a new chart is stored. */
export interface CreateOptions {
  /** Its id, when the journal named it before it was stored; default a fresh one. */
  id?: string;
  history?: KeptHistory | null;
  journal?: JournalMark;
  /** Stores it as a scenario of chart `baseId` (ChartRecord.baseId). */
  baseId?: string;
}

export interface ChartLibrary {
  /** Every stored chart, most recently edited first. */
  list(): Promise<ChartSummary[]>;
  /** The chart, read through the file checks; null if there is none with that id. Throws StoredChartError if unreadable. */
  load(id: string): Promise<StoredChart | null>;
  /** Writes `chart` over version `baseVersion`; refuses with StaleWriteError if the stored version differs. */
  save(request: SaveRequest): Promise<ChartSummary>;
  /** Stores a new chart (version 1). */
  create(chart: Chart, view?: View, options?: CreateOptions): Promise<StoredChart>;
  /** Stores a copy of chart `id` under a new id, named `name` (default "<name> copy"); a scenario's copy keeps its base. */
  duplicate(id: string, name?: string): Promise<StoredChart>;
  /** Renames a stored chart (its record and its document); a new version. */
  rename(id: string, name: string, journal?: JournalMark): Promise<ChartSummary>;
  /** Deletes a chart, and every journal entry about it. */
  remove(id: string): Promise<void>;
  /** The journal's copy in this database. */
  readonly journal: JournalArchive;
  /** The id of the chart open last, if any was recorded. */
  lastOpened(): Promise<string | null>;
  setLastOpened(id: string): Promise<void>;
  close(): void;
}

export interface OpenLibraryOptions {
  /** The IndexedDB to use (tests pass a fresh fake one); default the browser's. */
  indexedDB?: IDBFactory;
  /** Database name; default "upturn". */
  name?: string;
  /** Ask the browser to keep the data under storage pressure (`navigator.storage.persist()`); default true. */
  persist?: boolean;
}

const LAST_OPENED = 'lastOpened';

/** Opens (creating on first use) the library. Rejects when IndexedDB is unavailable or refuses. */
export async function openLibrary(options: OpenLibraryOptions = {}): Promise<ChartLibrary> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) throw new Error('This browser offers no IndexedDB.');
  const db = await openDatabase(factory, options.name ?? 'upturn');
  if (options.persist !== false) void askToPersist();
  return new IndexedDbLibrary(db);
}

let persistAsked = false;

/** Asks once per page for persistent storage; a refusal or a browser without it changes nothing. */
async function askToPersist(): Promise<void> {
  if (persistAsked) return;
  persistAsked = true;
  try {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return;
    if (await storage.persisted?.()) return;
    await storage.persist();
  } catch {
    // Not offered here (an insecure context, an embedded view): the data is kept as best effort.
  }
}

/** Keeps the newest marks only: a tab's mark matters while its journal may still hold entries. */
const MARKS_KEPT = 64;

/** The journal marks of a record written over `stored` by a write carrying `mark`. */
function marksAfter(
  stored: ChartRecord | undefined,
  mark: JournalMark | undefined,
): ChartRecord['journal'] {
  const before = stored ? journalOf(stored) : { writer: null, seqs: {} };
  if (!mark) return { writer: null, seqs: before.seqs };
  const seqs: Record<string, number> = {};
  const others = Object.entries(before.seqs).filter(([tab]) => tab !== mark.tab);
  for (const [tab, seq] of others.slice(-(MARKS_KEPT - 1))) seqs[tab] = seq;
  seqs[mark.tab] = Math.max(mark.seq, before.seqs[mark.tab] ?? 0);
  return { writer: mark.tab, seqs };
}

/** The history to store: the request's, none, or (absent) what was stored. */
function historyAfter(
  stored: ChartRecord | undefined,
  history: KeptHistory | null | undefined,
): unknown {
  if (history === undefined) return stored?.history;
  return history === null ? undefined : { past: [...history.past], future: [...history.future] };
}

class IndexedDbLibrary implements ChartLibrary {
  readonly journal: JournalArchive;

  constructor(private readonly db: UpturnDatabase) {
    this.journal = journalArchive(db);
  }

  async list(): Promise<ChartSummary[]> {
    const records = await transact(this.db, [CHARTS], 'readonly', (tx) =>
      tx.objectStore(CHARTS).getAll(),
    );
    return records
      .map(summaryOf)
      .sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
  }

  async load(id: string): Promise<StoredChart | null> {
    const record = await this.get(id);
    return record ? readRecord(record) : null;
  }

  save({ id, chart, view, baseVersion, history, journal }: SaveRequest): Promise<ChartSummary> {
    // Serialise before the transaction: a transaction closes when it has nothing to wait on.
    const next = recordOf(id, chart, view, baseVersion + 1);
    return transact(this.db, [CHARTS, JOURNAL], 'readwrite', async (tx) => {
      const store = tx.objectStore(CHARTS);
      const stored = await store.get(id);
      if (!stored || stored.version !== baseVersion) {
        throw new StaleWriteError(id, baseVersion, stored ? stored.version : null);
      }
      const kept = historyAfter(stored, history);
      const record: ChartRecord = { ...next, journal: marksAfter(stored, journal) };
      if (kept !== undefined) record.history = kept;
      // A scenario stays one: its link to its base outlives every save and rename.
      if (typeof stored.baseId === 'string') record.baseId = stored.baseId;
      await store.put(record);
      if (journal) await dropEntries(tx, journal.tab, id, journal.seq);
      return summaryOf(record);
    });
  }

  async create(
    chart: Chart,
    view: View = 'customer-first',
    options: CreateOptions = {},
  ): Promise<StoredChart> {
    const id = options.id ?? newChartId();
    const record: ChartRecord = {
      ...recordOf(id, chart, view, 1),
      journal: marksAfter(undefined, options.journal),
    };
    const kept = historyAfter(undefined, options.history);
    if (kept !== undefined) record.history = kept;
    if (options.baseId !== undefined) record.baseId = options.baseId;
    await transact(this.db, [CHARTS, JOURNAL], 'readwrite', async (tx) => {
      await tx.objectStore(CHARTS).add(record);
      if (options.journal) await dropEntries(tx, options.journal.tab, id, options.journal.seq);
    });
    return {
      ...summaryOf(record),
      chart,
      warnings: [],
      history: options.history
        ? { past: [...options.history.past], future: [...options.history.future] }
        : null,
      journal: journalOf(record),
    };
  }

  async duplicate(id: string, name?: string): Promise<StoredChart> {
    const source = await this.load(id);
    if (!source) throw new Error('That chart is no longer stored.');
    const copy: Chart = { ...source.chart, name: name ?? `${source.chart.name} copy` };
    // A copy of a scenario is another scenario of the same base.
    return this.create(copy, source.view, source.baseId ? { baseId: source.baseId } : {});
  }

  async rename(id: string, name: string, journal?: JournalMark): Promise<ChartSummary> {
    const source = await this.load(id);
    if (!source) throw new Error('That chart is no longer stored.');
    return this.save({
      id,
      chart: { ...source.chart, name },
      view: source.view,
      baseVersion: source.version,
      ...(journal ? { journal } : {}),
    });
  }

  async remove(id: string): Promise<void> {
    await transact(this.db, [CHARTS, JOURNAL], 'readwrite', async (tx) => {
      await tx.objectStore(CHARTS).delete(id);
      await dropChartEntries(tx, id);
    });
  }

  async lastOpened(): Promise<string | null> {
    const value = await transact(this.db, [META], 'readonly', (tx) =>
      tx.objectStore(META).get(LAST_OPENED),
    );
    return typeof value === 'string' ? value : null;
  }

  async setLastOpened(id: string): Promise<void> {
    await transact(this.db, [META], 'readwrite', async (tx) => {
      await tx.objectStore(META).put(id, LAST_OPENED);
    });
  }

  close(): void {
    this.db.close();
  }

  private get(id: string): Promise<ChartRecord | undefined> {
    return transact(this.db, [CHARTS], 'readonly', (tx) => tx.objectStore(CHARTS).get(id));
  }
}
