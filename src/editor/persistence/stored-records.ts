/**
 * Chart records as the library writes and reads them: a chart becomes Upturn
 * JSON text with its summary, and comes back through the same checks and
 * migrations as a file (text from storage is trusted no more than a file).
 */
import type { Chart, View } from '../../domain/chart';
import { parseUpturnJson, serialiseChart } from '../../files/upturn-json/upturn-json';
import type { HistoryEntry } from '../history/history';
import { readKeptHistory } from '../history/history-schema';
import type { ChartRecord } from './chart-library-idb';

/** What the chart list shows of a record. */
export type ChartSummary = Omit<ChartRecord, 'document' | 'history' | 'journal'>;

/** A stored chart, read and checked. */
export interface StoredChart extends ChartSummary {
  chart: Chart;
  /** What reading the document said (e.g. it was upgraded from an older version). */
  warnings: string[];
  /** The undo history kept with it, or null (none kept, or not readable: it starts afresh). */
  history: { past: HistoryEntry[]; future: HistoryEntry[] } | null;
  /** Which journal entries it holds (see ChartRecord.journal). */
  journal: { writer: string | null; seqs: Record<string, number> };
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

/** A fresh id; `crypto.randomUUID` needs a secure context, so a fallback for plain http. */
export function newChartId(): string {
  const crypto = globalThis.crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `chart-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function summaryOf(record: ChartRecord): ChartSummary {
  const { document: _document, history: _history, journal: _journal, ...summary } = record;
  // Storage is trusted no more than a file: a damaged base link is no link.
  if (summary.baseId !== undefined && typeof summary.baseId !== 'string') delete summary.baseId;
  return summary;
}

let lastStamp = 0;

/** Now, but never the same stamp twice in this page, so "most recent first" has no ties. */
function stamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

export function recordOf(id: string, chart: Chart, view: View, version: number): ChartRecord {
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
  return value === 'customer-first' || value === 'traditional' || value === 'service-distance';
}

/** The journal marks of a record, whatever an older Upturn (or damage) left there. */
export function journalOf(record: Pick<ChartRecord, 'journal'>): StoredChart['journal'] {
  const raw = record.journal;
  const seqs: Record<string, number> = {};
  if (raw && typeof raw === 'object' && raw.seqs && typeof raw.seqs === 'object') {
    for (const [tab, seq] of Object.entries(raw.seqs)) {
      if (typeof seq === 'number' && Number.isInteger(seq)) seqs[tab] = seq;
    }
  }
  const writer = raw && typeof raw.writer === 'string' ? raw.writer : null;
  return { writer, seqs };
}

/** Reads a stored record through the file checks. */
export function readRecord(record: ChartRecord): StoredChart {
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
    history: readKeptHistory(record.history),
    journal: journalOf(record),
  };
}
