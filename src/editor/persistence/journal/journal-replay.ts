/**
 * Replaying journals left by tabs that are gone (closed, reloaded, crashed)
 * into the chart library, before the editor opens a chart.
 *
 * Per chain (one dead tab's entries about one chart), all or nothing:
 * - entries the stored chart already holds (its journal mark for that tab)
 *   are skipped, so replaying twice changes nothing;
 * - a damaged entry, a chart that no longer reads, or a result that breaks
 *   the chart rules refuses the whole chain, by name: the library is left as
 *   it was and the raw entries are kept for download (recovery.ts);
 * - on the version the tab had (nobody saved since, or it saved last) the
 *   entries apply exactly, undo history included; on a newer version another
 *   tab saved since, they are merged record by record (the records the dead
 *   tab changed win, everything else of the newer chart stays), history afresh.
 */
import { chartToDocument, readDocument } from '../../../files/upturn-json/upturn-json';
import type { Chart, View } from '../../../domain/chart';
import { EMPTY_HISTORY, keptHistory, stepped, type HistoryStacks } from '../../history/history';
import {
  StaleWriteError,
  StoredChartError,
  type ChartLibrary,
  type StoredChart,
} from '../chart-library';
import { applyDiff } from './record-diff';
import { readJournals, type FoundEntry, type JournalChain } from './journal-read';
import { keepRefused, type RecoveryReport } from './recovery';

export interface ReplayInput {
  library: ChartLibrary;
  local: Storage | null;
  /** This tab, whose journal is its own business. */
  self: string;
  /** Tabs alive now, left alone; null when unknown (then a journal written in the last few seconds is). */
  live: ReadonlySet<string> | null;
  /**
   * For a live tab that has a journal: true when it turns out to be closing
   * (its lock is released a moment later), so its journal is replayed now
   * rather than left for the next start. Absent: a live tab is left alone.
   */
  closing?: (tab: string) => Promise<boolean>;
  now?: number;
}

/** Without Web Locks: a journal this fresh may belong to a live tab (it compacts within a second). */
const QUIET_MS = 5000;

type Outcome =
  | { kind: 'skipped' }
  | {
      kind: 'recovered';
      name: string;
      changes: number;
      merged: boolean;
      removed: boolean;
      version: number;
    }
  | { kind: 'refused'; name: string | null; reason: string };

class Refusal extends Error {}

/** Replays every dead tab's journal; says what was recovered and what was refused. */
export async function replayJournals(input: ReplayInput): Promise<RecoveryReport> {
  const report: RecoveryReport = { recovered: [], refused: [] };
  const now = input.now ?? Date.now();
  const chains = await readJournals(input.local, input.library.journal);
  const closed = new Map<string, Promise<boolean>>();
  const gone = (tab: string): Promise<boolean> => {
    let answer = closed.get(tab);
    if (!answer) {
      answer = input.closing ? input.closing(tab) : Promise.resolve(false);
      closed.set(tab, answer);
    }
    return answer;
  };
  for (const chain of chains) {
    if (chain.tab === input.self) continue;
    if (input.live?.has(chain.tab) && !(await gone(chain.tab))) continue;
    if (!input.live && chain.entries.some((e) => e.ok && now - e.entry.at < QUIET_MS)) continue;
    const last = chain.entries[chain.entries.length - 1]?.seq ?? 0;
    const outcome = await replayChain(input.library, chain);
    if (outcome.kind === 'refused') {
      const kept = keepRefused(input.local, chain, outcome.name, outcome.reason);
      report.refused.push({
        chartId: chain.chartId,
        name: outcome.name,
        reason: outcome.reason,
        keys: kept,
      });
      // Kept for download (or, with no room for that, left where they are to be offered again).
      if (kept.length === 0) continue;
    } else if (outcome.kind === 'recovered') {
      report.recovered.push({ chartId: chain.chartId, ...outcome });
    }
    await forget(input, chain, last);
  }
  return report;
}

/** Deletes a chain's entries from both copies. */
async function forget(input: ReplayInput, chain: JournalChain, upTo: number): Promise<void> {
  for (const entry of chain.entries) {
    if (!entry.localKey) continue;
    try {
      input.local?.removeItem(entry.localKey);
    } catch {
      // Left behind, it is skipped next time: the library holds it.
    }
  }
  try {
    await input.library.journal.drop(chain.tab, chain.chartId, upTo);
  } catch {
    // Likewise.
  }
}

async function replayChain(library: ChartLibrary, chain: JournalChain): Promise<Outcome> {
  let name: string | null = null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await replayOnce(library, chain, (known) => (name = known));
    } catch (error) {
      if (error instanceof Refusal) return { kind: 'refused', name, reason: error.message };
      if (error instanceof StaleWriteError) continue; // another tab saved meanwhile: again, on theirs
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: 'refused', name, reason: `the library refused the change (${reason})` };
    }
  }
  return {
    kind: 'refused',
    name,
    reason: 'the chart kept changing in another tab while it was recovered',
  };
}

async function replayOnce(
  library: ChartLibrary,
  chain: JournalChain,
  named: (name: string) => void,
): Promise<Outcome> {
  let stored: StoredChart | null;
  try {
    stored = await library.load(chain.chartId);
  } catch (error) {
    if (error instanceof StoredChartError) throw new Refusal('the stored chart could not be read');
    throw error;
  }
  if (stored) named(stored.name);
  const included = stored?.journal.seqs[chain.tab] ?? 0;
  const pending = chain.entries.filter((entry) => entry.seq > included);
  if (pending.length === 0) return { kind: 'skipped' };
  const damaged = pending.find((entry): entry is FoundEntry & { ok: false } => !entry.ok);
  if (damaged) throw new Refusal(`journal entry ${damaged.seq} is damaged: ${damaged.problem}`);
  const entries = pending.map((entry) => (entry as FoundEntry & { ok: true }).entry);

  // Exact when the stored chart is the one the tab built on; otherwise a merge.
  const based = entries.find((entry) => entry.change.kind !== 'chart')?.version;
  const exact = !stored || stored.journal.writer === chain.tab || stored.version === based;
  let chart: Chart | null = stored?.chart ?? null;
  let view: View = stored?.view ?? 'customer-first';
  // The undo history: replayed on the exact version; dropped by a merge of edits (their
  // patches no longer line up); left as stored when only names and views changed.
  const edits = entries.some((entry) => entry.change.kind === 'edit');
  let history: HistoryStacks | null | undefined = exact
    ? { ...EMPTY_HISTORY, ...(stored?.history ?? {}) }
    : edits
      ? null
      : undefined;
  let removed = false;
  let changes = 0;
  for (const { seq, change } of entries) {
    if (change.kind === 'remove') {
      removed = true;
      continue;
    }
    if (change.kind === 'chart') {
      if (chart) continue; // stored already
      const parsed = readDocument(safeJson(change.document));
      if (!parsed.ok)
        throw new Refusal(
          `journal entry ${seq} holds a chart that does not read: ${parsed.errors[0]?.message ?? ''}`,
        );
      chart = parsed.chart;
      view = change.view;
      history = EMPTY_HISTORY;
      named(chart.name);
      changes += 1;
      continue;
    }
    if (!chart)
      throw new Refusal('the chart is no longer stored, so its changes have nothing to apply to');
    changes += 1;
    if (change.kind === 'view') view = change.view;
    else if (change.kind === 'rename') chart = { ...chart, name: change.name };
    else {
      chart = applyDiff(chart, change.diff);
      if (history) history = stepped(history, change.step);
    }
  }
  const last = chain.entries[chain.entries.length - 1]!.seq;
  const mark = { tab: chain.tab, seq: last };
  if (removed) {
    if (stored) await library.remove(chain.chartId);
    return {
      kind: 'recovered',
      name: stored?.name ?? chart?.name ?? '',
      changes,
      merged: false,
      removed: true,
      version: 0,
    };
  }
  if (!chart) return { kind: 'skipped' };
  const checked = checkedChart(chart);
  named(checked.name);
  const kept = history ? keptHistory(history) : history;
  let version = 1;
  if (stored) {
    ({ version } = await library.save({
      id: chain.chartId,
      chart: checked,
      view,
      baseVersion: stored.version,
      history: kept,
      journal: mark,
    }));
  } else {
    await library.create(checked, view, {
      id: chain.chartId,
      journal: mark,
      history: kept ?? null,
    });
  }
  return {
    kind: 'recovered',
    name: checked.name,
    changes,
    merged: !exact,
    removed: false,
    version,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The replayed chart through the file checks: storage is trusted no more than a file. */
function checkedChart(chart: Chart): Chart {
  let parsed: ReturnType<typeof readDocument>;
  try {
    parsed = readDocument(JSON.parse(JSON.stringify(chartToDocument(chart))));
  } catch {
    throw new Refusal('the recovered chart does not have the shape of a chart');
  }
  if (!parsed.ok) {
    throw new Refusal(
      `the recovered chart would break the chart rules: ${parsed.errors[0]?.message ?? ''}`,
    );
  }
  return parsed.chart;
}
