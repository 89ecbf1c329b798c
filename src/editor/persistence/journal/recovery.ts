/**
 * What a replay says to the user, and the journal entries it could not
 * replay: kept in localStorage (by name, with the reason) until the user has
 * downloaded or dismissed them, so nothing is thrown away unseen.
 */
import { entryKey, parseEntryKey, REFUSED_PREFIX } from './journal-entry';
import { journalKeys, type JournalChain } from './journal-read';

export interface RecoveredChart {
  chartId: string;
  name: string;
  /** How many changes were replayed. */
  changes: number;
  /** True when they were merged into a version another tab saved since. */
  merged: boolean;
  /** True when what was recovered is the chart's deletion. */
  removed: boolean;
  /** The version the recovered chart is stored as now (0 when removed). */
  version: number;
}

export interface RefusedChain {
  chartId: string;
  /** The chart's name, when it could still be read. */
  name: string | null;
  /** Why it was refused, in words ("journal entry 3 is damaged: …"). */
  reason: string;
  /** Where its raw entries are kept for download; empty when there was no room. */
  keys: string[];
}

export interface RecoveryReport {
  recovered: RecoveredChart[];
  refused: RefusedChain[];
}

/** One refused entry as kept: its raw text and what was wrong. */
interface KeptRefusal {
  chart: string | null;
  reason: string;
  raw: string[];
}

/** Keeps a refused chain's raw entries; returns their keys (none when storage is full or absent). */
export function keepRefused(
  local: Storage | null,
  chain: JournalChain,
  name: string | null,
  reason: string,
): string[] {
  if (!local) return [];
  const keys: string[] = [];
  try {
    for (const entry of chain.entries) {
      const key = entryKey(REFUSED_PREFIX, chain.tab, entry.seq, chain.chartId);
      const kept: KeptRefusal = { chart: name, reason, raw: entry.raw };
      local.setItem(key, JSON.stringify(kept));
      keys.push(key);
    }
  } catch {
    for (const key of keys) local.removeItem(key);
    return [];
  }
  return keys;
}

/** The refused chains still kept from earlier opens (not yet downloaded or dismissed). */
export function keptRefusals(local: Storage | null): RefusedChain[] {
  if (!local) return [];
  const chains = new Map<string, RefusedChain>();
  for (const key of journalKeys(local, REFUSED_PREFIX)) {
    const place = parseEntryKey(REFUSED_PREFIX, key);
    if (!place) continue;
    const kept = readKept(local.getItem(key));
    const id = `${place.tab}\u0000${place.chartId}`;
    let chain = chains.get(id);
    if (!chain) {
      chain = { chartId: place.chartId, name: kept.chart, reason: kept.reason, keys: [] };
      chains.set(id, chain);
    }
    chain.keys.push(key);
  }
  return [...chains.values()];
}

function readKept(text: string | null): KeptRefusal {
  try {
    const value = JSON.parse(text ?? '') as Partial<KeptRefusal>;
    return {
      chart: typeof value.chart === 'string' ? value.chart : null,
      reason: typeof value.reason === 'string' ? value.reason : 'it could not be read',
      raw: Array.isArray(value.raw) ? value.raw.map(String) : [String(text)],
    };
  } catch {
    return { chart: null, reason: 'it could not be read', raw: [String(text)] };
  }
}

/** The kept entries of `chains` as one JSON file, raw text untouched, to download. */
export function refusedDownload(local: Storage | null, chains: readonly RefusedChain[]): string {
  const entries = chains.flatMap((chain) =>
    chain.keys.map((key) => {
      const kept = readKept(local?.getItem(key) ?? null);
      return {
        key: key.slice(REFUSED_PREFIX.length),
        chart: kept.chart,
        reason: kept.reason,
        raw: kept.raw,
      };
    }),
  );
  return `${JSON.stringify({ format: 'upturn-unrecovered-changes', entries }, null, 2)}\n`;
}

/** Forgets the kept entries of `chains` (the user has them, or does not want them). */
export function dismissRefused(local: Storage | null, chains: readonly RefusedChain[]): void {
  for (const chain of chains) {
    for (const key of chain.keys) {
      try {
        local?.removeItem(key);
      } catch {
        // Offered again next time.
      }
    }
  }
}

function changes(count: number): string {
  return count === 1 ? 'one change' : `${count} changes`;
}

/** The quiet notice for a chart opened with recovered changes. */
export function recoveredMessage(recovered: RecoveredChart): string {
  const base = `Recovered ${changes(recovered.changes)} to “${recovered.name}” that had not been saved when the page closed`;
  return recovered.merged ? `${base}, merged with what another tab saved since.` : `${base}.`;
}

/** The alert for chains that could not be recovered. */
export function refusedMessage(refused: readonly RefusedChain[]): string {
  const first = refused[0];
  if (!first) return '';
  const what = first.name ? `to “${first.name}”` : 'to a chart';
  const more = refused.length > 1 ? ` (and to ${refused.length - 1} more)` : '';
  return `Unsaved changes ${what}${more} could not be recovered: ${first.reason}. The chart is as it was last saved; download the unrecovered changes to keep them.`;
}
