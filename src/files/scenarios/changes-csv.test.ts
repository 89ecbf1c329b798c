import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyCommands } from '../../domain/commands/apply-command';
import { diffCharts } from '../../domain/diff/chart-diff';
import { changeList } from '../../domain/scenarios/change-list';
import { sampleChart } from '../../domain/samples/sample-chart';
import { changesToCsv } from './changes-csv';

describe('the changes as CSV', () => {
  it('writes one row per change, and guards a title a spreadsheet would run', () => {
    const base = sampleChart();
    const result = applyCommands(base, [
      { type: 'addRole', role: { id: 'x', title: '=HYPERLINK("evil")', reportsTo: 'ceo' } },
      { type: 'deleteRole', id: 'strategy' },
    ]);
    if (!result.ok) throw new Error(result.error.message);
    const scenario = result.chart;
    const csv = changesToCsv(
      changeList(base, scenario, diffCharts(base, scenario)),
      base,
      scenario,
    );
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual(['group', 'role id', 'role', 'change']);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'Added',
      'x',
      `'=HYPERLINK("evil")`,
      `'=HYPERLINK("evil") added under Chief Executive Officer`,
    ]);
    expect(rows[2]).toEqual([
      'Removed',
      'strategy',
      'Head of Strategy',
      'Head of Strategy removed (was under Chief Executive Officer)',
    ]);
  });
});
