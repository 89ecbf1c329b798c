/**
 * The changes of a scenario as CSV, one row per change: its group, the role
 * it is about (id and title), and the sentence. Cells a spreadsheet would run
 * as formulas are guarded exactly as in the chart's CSV export.
 */
import Papa from 'papaparse';
import type { Chart } from '../../domain/chart';
import type { ChangeGroup } from '../../domain/scenarios/change-list';
import { guardCell, isGuarded } from '../csv/csv-cells';

export const CHANGES_CSV_COLUMNS = ['group', 'role id', 'role', 'change'] as const;

export function changesToCsv(groups: readonly ChangeGroup[], base: Chart, scenario: Chart): string {
  const titles = new Map<string, string>();
  for (const chart of [base, scenario])
    for (const role of chart.roles) titles.set(role.id, role.title);
  const rows = groups.flatMap((group) =>
    group.entries.map((entry) =>
      [
        group.label,
        entry.roleId ?? '',
        entry.roleId ? (titles.get(entry.roleId) ?? '') : '',
        entry.text,
      ].map(guardCell),
    ),
  );
  return Papa.unparse([[...CHANGES_CSV_COLUMNS], ...rows], {
    quotes: (value: unknown) => typeof value === 'string' && isGuarded(value),
    newline: '\r\n',
    escapeFormulae: false,
  });
}
