/**
 * The note an imported chart keeps of the repairs made on the way in, shown
 * in the analysis panel until dismissed. Kept in `chart.extra` under one key,
 * so it is saved, reloaded and exported with the chart like any other field.
 */
import type { Chart } from '../../domain/chart';

/** The key of the note in `chart.extra`. */
export const IMPORT_NOTE_KEY = 'importRepairs';

/** What was imported and what repaired. */
export interface ImportNote {
  /** The file's name, when known. */
  source: string;
  imported: number;
  repaired: number;
  skipped: number;
  /** One line per kind of repair, naming its rows. */
  lines: string[];
}

/** The chart's note of repairs, when it has a well-formed one. */
export function importNoteOf(chart: Pick<Chart, 'extra'>): ImportNote | null {
  const note = chart.extra?.[IMPORT_NOTE_KEY];
  if (typeof note !== 'object' || note === null) return null;
  const { source, imported, repaired, skipped, lines } = note as Record<string, unknown>;
  if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) return null;
  const count = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? value : 0;
  return {
    source: typeof source === 'string' ? source : '',
    imported: count(imported),
    repaired: count(repaired),
    skipped: count(skipped),
    lines: lines as string[],
  };
}
