/**
 * One entry of the write-ahead journal: a change the user made, written
 * synchronously the moment it is made, before the autosave stores it. An
 * entry names the tab that wrote it, its place in that tab's journal
 * (`seq`), the stored chart it changes and the version that tab had of it.
 *
 * Written as text: a format tag, a checksum of the JSON and the JSON. Read
 * back, an entry is checked like a file (the tag, the checksum, the shape):
 * a damaged entry is refused by name, never half read.
 */
import { z } from 'zod';
import type { View } from '../../../domain/chart';
import { historyStepSchema } from '../../history/history-schema';
import type { ChangeOrigin, HistoryStep } from '../../history/history';
import type { ChartDiff } from './record-diff';

/** What one journal entry records. */
export type JournalChange =
  /** The chart changed: its records, and what the undo stacks did. */
  | { kind: 'edit'; origin: ChangeOrigin; diff: ChartDiff; step: HistoryStep }
  | { kind: 'view'; view: View }
  /** A chart stored in full: a file opened, an import confirmed, a new chart from the list. */
  | { kind: 'chart'; document: string; view: View }
  /** A chart not open here renamed from the chart list. */
  | { kind: 'rename'; name: string }
  | { kind: 'remove' };

export interface JournalEntry {
  /** The tab (one page load) that wrote it. */
  tab: string;
  /** Its place in that tab's journal: 1, 2, … */
  seq: number;
  chartId: string;
  /** When it was written (milliseconds since the epoch). */
  at: number;
  /** The stored version of the chart that tab had (0: not stored yet). */
  version: number;
  change: JournalChange;
}

/** Tags the text of every entry; a newer format is refused by name. */
const TAG = 'upturn-journal/1';

/** FNV-1a over UTF-16 code units, as 8 hex digits: enough to tell text cut short or changed. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The entry as the text kept in localStorage and IndexedDB. */
export function encodeEntry(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${TAG} ${checksum(json)} ${json}`;
}

const recordChanges = z.object({
  put: z.array(
    z.object({ at: z.number().int().nonnegative(), value: z.looseObject({ id: z.string() }) }),
  ),
  remove: z.array(z.string()),
  order: z.array(z.string()).optional(),
});

const diffSchema = z.object({
  name: z.string().optional(),
  settings: z.looseObject({ farThreshold: z.number(), spanThreshold: z.number() }).optional(),
  extra: z.record(z.string(), z.unknown()).nullable().optional(),
  teachCaptions: z.record(z.string(), z.string()).nullable().optional(),
  roles: recordChanges.optional(),
  customers: recordChanges.optional(),
});

const view = z.enum(['customer-first', 'traditional', 'service-distance']);

const entrySchema = z.object({
  tab: z.string().min(1),
  seq: z.number().int().positive(),
  chartId: z.string().min(1),
  at: z.number(),
  version: z.number().int().nonnegative(),
  change: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('edit'),
      origin: z.enum(['command', 'undo', 'redo', 'load', 'remote']),
      diff: diffSchema,
      step: historyStepSchema,
    }),
    z.object({ kind: z.literal('view'), view }),
    z.object({ kind: z.literal('chart'), document: z.string(), view }),
    z.object({ kind: z.literal('rename'), name: z.string() }),
    z.object({ kind: z.literal('remove') }),
  ]),
});

export type DecodedEntry = { ok: true; entry: JournalEntry } | { ok: false; problem: string };

/** Reads an entry's text back; a damaged one is refused with what is wrong with it. */
export function decodeEntry(text: unknown): DecodedEntry {
  if (typeof text !== 'string') return { ok: false, problem: 'it holds no text' };
  const [tag, sum] = text.split(' ', 2);
  if (!tag?.startsWith('upturn-journal/')) {
    return { ok: false, problem: 'it is not an Upturn journal entry' };
  }
  if (tag !== TAG) return { ok: false, problem: 'it was written by a newer Upturn' };
  const json = text.slice(tag.length + 1 + (sum?.length ?? 0) + 1);
  if (!sum || checksum(json) !== sum) {
    return {
      ok: false,
      problem: 'its checksum does not match (the text was cut short or changed)',
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'it is not valid JSON' };
  }
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the entry';
    return { ok: false, problem: `${where}: ${issue?.message ?? 'wrong shape'}` };
  }
  return { ok: true, entry: parsed.data as JournalEntry };
}

/** "upturn:journal:<tab>:<seq>:<chart>" — the localStorage key of an entry. */
export const JOURNAL_PREFIX = 'upturn:journal:';
/** Entries that could not be replayed, kept for the user to download. */
export const REFUSED_PREFIX = 'upturn:refused:';

export function entryKey(prefix: string, tab: string, seq: number, chartId: string): string {
  return `${prefix}${tab}:${seq}:${chartId}`;
}

/** Where an entry belongs, read from its key (so even a damaged entry is placed). */
export function parseEntryKey(
  prefix: string,
  key: string,
): { tab: string; seq: number; chartId: string } | null {
  if (!key.startsWith(prefix)) return null;
  const [tab, seq, ...chart] = key.slice(prefix.length).split(':');
  const number = Number(seq);
  const chartId = chart.join(':');
  if (!tab || !Number.isInteger(number) || number <= 0 || !chartId) return null;
  return { tab, seq: number, chartId };
}
