/**
 * When most imported roles would have no manager, which column probably
 * holds the managers: the one whose cells most often name someone else in
 * the file, by id, email or name. Looks at a sample of rows and at most a few
 * hundred columns, so it stays fast on a 100,000-row export.
 */
import type { ColumnMapping } from './column-mapping';
import type { ManagerDraft } from './csv-managers';
import { foldName } from './csv-managers';
import type { CsvRecord } from './csv-rows';

/** A column that looks like the manager column. */
export interface ManagerSuggestion {
  column: number;
  /** The share of its non-empty sampled cells that name someone in the file (0–1). */
  share: number;
}

const SAMPLE_ROWS = 5_000;
const MAX_COLUMNS = 300;
/** Below this share a column is no suggestion at all. */
const MIN_SHARE = 0.3;

/** The likely manager column (see the module comment), or null. */
export function suggestManagerColumn(
  records: readonly CsvRecord[],
  headers: readonly string[],
  mapping: ColumnMapping,
  drafts: readonly ManagerDraft[],
): ManagerSuggestion | null {
  const people = new Set<string>();
  for (const draft of drafts) {
    if (draft.id) people.add(draft.id.toLowerCase());
    if (draft.email) people.add(draft.email.toLowerCase());
    if (draft.person) people.add(foldName(draft.person));
    for (const alias of draft.aliases) people.add(foldName(alias));
    for (const key of draft.keys) people.add(key.toLowerCase());
  }
  const skip = new Set<number | null>([
    mapping.id,
    mapping.person,
    mapping.firstName,
    mapping.lastName,
    mapping.email,
    mapping.title,
    mapping.manager,
  ]);
  const sample = records.slice(0, SAMPLE_ROWS);
  let best: ManagerSuggestion | null = null;
  for (let column = 0; column < Math.min(headers.length, MAX_COLUMNS); column++) {
    if (skip.has(column)) continue;
    let filled = 0;
    let hits = 0;
    sample.forEach((record, i) => {
      const cell = record.cells[column]?.trim() ?? '';
      if (cell === '') return;
      filled++;
      const own = drafts[i];
      const key = cell.toLowerCase();
      if (own && (key === own.id.toLowerCase() || key === own.email.toLowerCase())) return;
      if (people.has(key) || people.has(foldName(cell))) hits++;
    });
    // Most rows but the top leader's name a manager: the cells must be there too.
    if (filled * 2 < sample.length) continue;
    const share = hits / filled;
    if (share >= MIN_SHARE && (!best || share > best.share)) best = { column, share };
  }
  return best;
}
