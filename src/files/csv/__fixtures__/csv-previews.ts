/** Helpers for the CSV import tests: write a file's text, and read one problem or the chart of a preview. */
import { expect } from 'vitest';
import type { CsvPreview } from '../csv-import';
import type { FileProblem } from '../../file-problem';

/** The text of a CSV file of `lines`, each ended by CRLF (as spreadsheets write them). */
export const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** The one problem of `code` in `preview`; fails (listing every problem) unless there is exactly one. */
export function only(preview: CsvPreview, code: FileProblem['code']): FileProblem {
  const found = preview.problems.filter((problem) => problem.code === code);
  expect(found, JSON.stringify(preview.problems)).toHaveLength(1);
  return found[0]!;
}

/** The chart of `preview`; fails if the preview has an error or no chart. */
export function chartOf(preview: CsvPreview) {
  expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(preview.chart).not.toBeNull();
  return preview.chart!;
}
