/**
 * Reading the journals left in this browser: every entry of every tab, from
 * both copies (localStorage and IndexedDB), each decoded and placed by its
 * key, grouped into one chain per tab and chart in the order they were made.
 */
import type { JournalArchive } from './journal-archive';
import { decodeEntry, JOURNAL_PREFIX, parseEntryKey, type JournalEntry } from './journal-entry';

/** One entry as found: decoded, or damaged with what is wrong; `raw` is every copy's text. */
export type FoundEntry = {
  tab: string;
  seq: number;
  chartId: string;
  raw: string[];
  /** The localStorage key of its copy there, if any. */
  localKey: string | null;
} & ({ ok: true; entry: JournalEntry } | { ok: false; problem: string });

/** One tab's entries about one chart, oldest first. */
export interface JournalChain {
  tab: string;
  chartId: string;
  entries: FoundEntry[];
}

interface Copies {
  tab: string;
  seq: number;
  chartId: string;
  texts: unknown[];
  localKey: string | null;
}

/** Every journal key in `local` (read first: removing while walking the keys skips some). */
export function journalKeys(local: Storage, prefix = JOURNAL_PREFIX): string[] {
  const keys: string[] = [];
  for (let i = 0; i < local.length; i += 1) {
    const key = local.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Every entry in both copies, grouped into chains. A copy that cannot be read is simply absent. */
export async function readJournals(
  local: Storage | null,
  archive: JournalArchive | null,
): Promise<JournalChain[]> {
  const found = new Map<string, Copies>();
  const copiesOf = (tab: string, seq: number, chartId: string): Copies => {
    const id = `${tab}\u0000${seq}`;
    let copies = found.get(id);
    if (!copies) {
      copies = { tab, seq, chartId, texts: [], localKey: null };
      found.set(id, copies);
    }
    return copies;
  };
  if (local) {
    for (const key of journalKeys(local)) {
      const place = parseEntryKey(JOURNAL_PREFIX, key);
      if (!place) continue;
      const copies = copiesOf(place.tab, place.seq, place.chartId);
      copies.localKey = key;
      copies.texts.push(local.getItem(key));
    }
  }
  if (archive) {
    let rows: Awaited<ReturnType<JournalArchive['all']>> = [];
    try {
      rows = await archive.all();
    } catch {
      // The localStorage copy is read all the same.
    }
    for (const row of rows) {
      if (typeof row?.tab !== 'string' || typeof row.seq !== 'number') continue;
      copiesOf(row.tab, row.seq, String(row.chartId)).texts.push(row.text);
    }
  }

  const chains = new Map<string, JournalChain>();
  for (const copies of found.values()) {
    const entry = decided(copies);
    const id = `${copies.tab}\u0000${copies.chartId}`;
    let chain = chains.get(id);
    if (!chain) {
      chain = { tab: copies.tab, chartId: copies.chartId, entries: [] };
      chains.set(id, chain);
    }
    chain.entries.push(entry);
  }
  for (const chain of chains.values()) chain.entries.sort((a, b) => a.seq - b.seq);
  return [...chains.values()];
}

/** The first copy that reads whole and belongs where it was found; else the entry is damaged. */
function decided(copies: Copies): FoundEntry {
  const base = {
    tab: copies.tab,
    seq: copies.seq,
    chartId: copies.chartId,
    raw: copies.texts.map((text) => (typeof text === 'string' ? text : String(text))),
    localKey: copies.localKey,
  };
  let problem = 'it holds no text';
  for (const text of copies.texts) {
    const decoded = decodeEntry(text);
    if (!decoded.ok) {
      problem = decoded.problem;
      continue;
    }
    const { entry } = decoded;
    if (entry.tab !== copies.tab || entry.seq !== copies.seq || entry.chartId !== copies.chartId) {
      problem = 'its contents name another tab, place or chart than its key';
      continue;
    }
    return { ...base, ok: true, entry };
  }
  return { ...base, ok: false, problem };
}
