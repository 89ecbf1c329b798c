/**
 * The chart library: the charts kept in this browser, in IndexedDB (raw API,
 * no wrapper). Database "upturn": a `charts` store of {@link ChartRecord}s
 * keyed by id, and a small `meta` store (which chart was open last).
 *
 * A stored chart is kept as Upturn JSON text (`serialiseChart`) and read back
 * through `parseUpturnJson`, so a stored chart gets the same validation and
 * migrations as a file: an old record written by an older Upturn is upgraded
 * on load, exactly like an old `.upturn.json`.
 *
 * Every record carries a `version`, bumped on each write. `save` is an
 * optimistic check-and-write inside one readwrite transaction (IndexedDB runs
 * overlapping readwrite transactions one at a time, across tabs too), so a
 * tab holding an older version can never overwrite a newer save by another
 * tab: the write is refused with a {@link StaleWriteError}.
 */
import type { Chart, View } from '../../domain/chart';
import { parseUpturnJson, serialiseChart } from '../../files/upturn-json/upturn-json';
import { CHARTS, META, openDatabase, promised, transact } from './chart-library-idb';

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
}

/** What the chart list shows of a record. */
export type ChartSummary = Omit<ChartRecord, 'document'>;

/** A stored chart, read and checked. */
export interface StoredChart extends ChartSummary {
  chart: Chart;
  /** What reading the document said (e.g. it was upgraded from an older version). */
  warnings: string[];
}

/** A write based on `baseVersion` of chart `id`. */
export interface SaveRequest {
  id: string;
  chart: Chart;
  view: View;
  /** The version this write was based on: the write is refused if the stored one differs. */
  baseVersion: number;
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

/** A stored record that does not read as a chart (damaged, or written by a newer Upturn). */
export class StoredChartError extends Error {
  constructor(
    readonly id: string,
    readonly problems: string[],
  ) {
    super(`The stored chart could not be read: ${problems.join(' ')}`);
    this.name = 'StoredChartError';
  }
}

export interface ChartLibrary {
  /** Every stored chart, most recently edited first. */
  list(): Promise<ChartSummary[]>;
  /** The chart, read through the file checks; null if there is none with that id. Throws StoredChartError if unreadable. */
  load(id: string): Promise<StoredChart | null>;
  /** Writes `chart` over version `baseVersion`; refuses with StaleWriteError if the stored version differs. */
  save(request: SaveRequest): Promise<ChartSummary>;
  /** Stores a new chart (version 1). */
  create(chart: Chart, view?: View): Promise<StoredChart>;
  /** Stores a copy of chart `id` under a new id, named `name` (default "<name> copy"). */
  duplicate(id: string, name?: string): Promise<StoredChart>;
  /** Renames a stored chart (its record and its document); a new version. */
  rename(id: string, name: string): Promise<ChartSummary>;
  remove(id: string): Promise<void>;
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

/** A fresh id; `crypto.randomUUID` needs a secure context, so a fallback for plain http. */
function newChartId(): string {
  const crypto = globalThis.crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `chart-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function summaryOf(record: ChartRecord): ChartSummary {
  const { document: _document, ...summary } = record;
  return summary;
}

let lastStamp = 0;

/** Now, but never the same stamp twice in this page, so "most recent first" has no ties. */
function stamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

function recordOf(id: string, chart: Chart, view: View, version: number): ChartRecord {
  return {
    id,
    name: chart.name,
    document: serialiseChart(chart),
    view,
    updatedAt: stamp(),
    version,
    roles: chart.roles.length,
  };
}

function isView(value: unknown): value is View {
  return value === 'customer-first' || value === 'traditional';
}

/** Reads a stored record through the file checks; text from storage is trusted no more than a file. */
function readRecord(record: ChartRecord): StoredChart {
  if (typeof record.document !== 'string') {
    throw new StoredChartError(String(record.id), ['It holds no chart document.']);
  }
  const parsed = parseUpturnJson(record.document);
  if (!parsed.ok) {
    throw new StoredChartError(
      record.id,
      parsed.errors.map((problem) => problem.message),
    );
  }
  return {
    ...summaryOf(record),
    name: parsed.chart.name,
    view: isView(record.view) ? record.view : 'customer-first',
    chart: parsed.chart,
    warnings: parsed.warnings,
  };
}

class IndexedDbLibrary implements ChartLibrary {
  constructor(private readonly db: IDBDatabase) {}

  async list(): Promise<ChartSummary[]> {
    const records = await transact(this.db, [CHARTS], 'readonly', (tx) =>
      promised(tx.objectStore(CHARTS).getAll() as IDBRequest<ChartRecord[]>),
    );
    return records
      .map(summaryOf)
      .sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
  }

  async load(id: string): Promise<StoredChart | null> {
    const record = await this.get(id);
    return record ? readRecord(record) : null;
  }

  save({ id, chart, view, baseVersion }: SaveRequest): Promise<ChartSummary> {
    // Serialise before the transaction: a transaction closes when it has nothing to wait on.
    const next = recordOf(id, chart, view, baseVersion + 1);
    return transact(this.db, [CHARTS], 'readwrite', async (tx) => {
      const store = tx.objectStore(CHARTS);
      const stored = (await promised(store.get(id))) as ChartRecord | undefined;
      if (!stored || stored.version !== baseVersion) {
        throw new StaleWriteError(id, baseVersion, stored ? stored.version : null);
      }
      await promised(store.put(next));
      return summaryOf(next);
    });
  }

  async create(chart: Chart, view: View = 'customer-first'): Promise<StoredChart> {
    const record = recordOf(newChartId(), chart, view, 1);
    await transact(this.db, [CHARTS], 'readwrite', (tx) =>
      promised(tx.objectStore(CHARTS).add(record)),
    );
    return { ...summaryOf(record), chart, warnings: [] };
  }

  async duplicate(id: string, name?: string): Promise<StoredChart> {
    const source = await this.load(id);
    if (!source) throw new Error('That chart is no longer stored.');
    const copy: Chart = { ...source.chart, name: name ?? `${source.chart.name} copy` };
    return this.create(copy, source.view);
  }

  async rename(id: string, name: string): Promise<ChartSummary> {
    const source = await this.load(id);
    if (!source) throw new Error('That chart is no longer stored.');
    return this.save({
      id,
      chart: { ...source.chart, name },
      view: source.view,
      baseVersion: source.version,
    });
  }

  async remove(id: string): Promise<void> {
    await transact(this.db, [CHARTS], 'readwrite', (tx) =>
      promised(tx.objectStore(CHARTS).delete(id)),
    );
  }

  async lastOpened(): Promise<string | null> {
    const value = await transact(this.db, [META], 'readonly', (tx) =>
      promised(tx.objectStore(META).get(LAST_OPENED)),
    );
    return typeof value === 'string' ? value : null;
  }

  async setLastOpened(id: string): Promise<void> {
    await transact(this.db, [META], 'readwrite', (tx) =>
      promised(tx.objectStore(META).put(id, LAST_OPENED)),
    );
  }

  close(): void {
    this.db.close();
  }

  private get(id: string): Promise<ChartRecord | undefined> {
    return transact(this.db, [CHARTS], 'readonly', (tx) =>
      promised(tx.objectStore(CHARTS).get(id) as IDBRequest<ChartRecord | undefined>),
    );
  }
}
