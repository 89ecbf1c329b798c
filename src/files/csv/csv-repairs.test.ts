import { describe, expect, it } from 'vitest';
import { previewCsv } from './csv-import';
import { importNoteOf } from './import-note';
import { jsonDepth, MAX_IMPORT_COLUMNS } from '../import/import-limits';
import { parseUpturnJson } from '../upturn-json/upturn-json';

const csv = (...lines: string[]) => lines.join('\n');
const LEAVERS = csv(
  'id,title,reports to',
  '1,CEO,',
  '2,COO,1',
  '3,Clerk,99',
  '4,Cook,2',
  '5,Cashier,98',
);

describe('repairs: a problem blocks only until its repair is chosen', () => {
  it('unknown manager: offered with its rows; blocks until chosen', () => {
    const preview = previewCsv(LEAVERS);
    expect(preview.chart).toBeNull();
    expect(preview.repairs).toMatchObject([{ key: 'unknownManager', rows: [4, 6], chosen: null }]);
    expect(preview.repairs[0]!.label).toMatch(/^2 roles name a manager/);
  });

  it('unknown manager → top level: every role imported, 2 repaired, flagged, noted', () => {
    const preview = previewCsv(LEAVERS, { repairs: { unknownManager: 'top' } });
    const chart = preview.chart!;
    expect(preview.counts).toEqual({ imported: 5, repaired: 2, skipped: 0 });
    const clerk = chart.roles.find((role) => role.id === '3')!;
    expect(clerk.reportsTo).toBeNull();
    expect(clerk.extra?.['Import repair']).toMatch(/manager “99” not found/);
    const problem = preview.problems.find((p) => p.code === 'unknown-manager')!;
    expect(problem.severity).toBe('warning');
    expect(problem.message).toMatch(/Row 4: .* Repaired: placed at the top level\.$/);
    expect(importNoteOf(chart)!.lines).toEqual([
      'Placed at the top level, their manager not being in the file (rows 4 and 6).',
    ]);
  });

  it('unknown manager → skip: rows left out and counted, their reports moved to the top', () => {
    const preview = previewCsv(csv(LEAVERS, '6,Helper,3'), { repairs: { unknownManager: 'skip' } });
    expect(preview.counts).toEqual({ imported: 4, repaired: 1, skipped: 2 });
    expect(preview.chart!.roles.find((role) => role.id === '6')!.reportsTo).toBeNull();
    expect(importNoteOf(preview.chart!)!.lines).toEqual([
      'Skipped roles whose manager is not in the file (rows 4 and 6).',
      'Placed at the top level, their manager having been skipped (row 7).',
    ]);
  });

  it('duplicate id → keep the first row, skip the others', () => {
    const text = csv('id,title,reports to', '1,CEO,', '2,COO,1', '2,Copy,1');
    expect(previewCsv(text).repairs).toMatchObject([{ key: 'duplicateId', rows: [4] }]);
    const preview = previewCsv(text, { repairs: { duplicateId: 'keep-first' } });
    expect(preview.chart!.roles.map((role) => role.title)).toEqual(['CEO', 'COO']);
    expect(preview.counts.skipped).toBe(1);
  });

  it('cycle → broken at its first role in the file, named', () => {
    const text = csv('id,title,reports to', '1,CEO,', '2,A,3', '3,B,2');
    const preview = previewCsv(text, { repairs: { cycle: 'break' } });
    const cycle = preview.problems.find((p) => p.code === 'cycle')!;
    expect(cycle.message).toMatch(/Repaired: broken at “A” \(id “2”\), row 3/);
    expect(preview.chart!.roles.find((role) => role.id === '2')!.reportsTo).toBeNull();
    expect(preview.chart!.roles.find((role) => role.id === '3')!.reportsTo).toBe('2');
  });

  it('empty title → “Untitled role”, flagged', () => {
    const preview = previewCsv(csv('id,title,reports to', '1,CEO,', '2,,1'), {
      repairs: { emptyTitle: 'untitled' },
    });
    expect(preview.chart!.roles[1]!.title).toBe('Untitled role');
    expect(preview.counts.repaired).toBe(1);
  });

  it('no repair chosen, no note kept', () => {
    const preview = previewCsv(csv('id,title,reports to', '1,CEO,', '2,COO,1'));
    expect(importNoteOf(preview.chart!)).toBeNull();
  });
});

describe('never a silent flat chart', () => {
  const rows = ['id,title,team,boss'];
  for (let i = 1; i <= 12; i++) rows.push(`${i},Role ${i},T,${i === 1 ? '' : Math.ceil(i / 3)}`);

  it('names the likely manager column as a problem, offers to import flat', () => {
    const preview = previewCsv(rows.join('\n'), { mapping: { manager: null } });
    const problem = preview.problems.find((p) => p.code === 'no-hierarchy')!;
    expect(problem.severity).toBe('error');
    expect(problem.message).toMatch(/^12 of 12 roles would have no manager/);
    expect(problem.message).toContain('“boss” looks like the manager column');
    expect(preview.managerSuggestion).toEqual({ column: 3, share: 1 });
    expect(
      previewCsv(rows.join('\n'), { mapping: { manager: null }, repairs: { flat: 'accept' } })
        .chart,
    ).not.toBeNull();
  });

  it('reads the column once chosen', () => {
    const preview = previewCsv(rows.join('\n'), { mapping: { manager: 3 } });
    expect(preview.problems.filter((p) => p.code === 'no-hierarchy')).toEqual([]);
  });
});

describe('structure around the header', () => {
  it('NO_MGR-style sentinels mean no manager', () => {
    const preview = previewCsv(csv('id,title,manager', '1,CEO,NO_MGR', '2,COO,1', '3,CFO,1'));
    expect(preview.problems).toEqual([]);
    expect(preview.chart!.roles[0]!.reportsTo).toBeNull();
  });
});

describe('hostile shapes, refused by name', () => {
  it('a header of 1,000,000 columns', () => {
    const started = performance.now();
    const preview = previewCsv(`${'x,'.repeat(999_999)}x\n1,2\n`);
    expect(preview.headers).toEqual([]);
    expect(preview.problems[0]!.message).toBe(
      `Row 1 has 1,000,000 columns; Upturn reads files of up to ${MAX_IMPORT_COLUMNS.toLocaleString('en')} columns. Export only the columns the chart needs.`,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a cell past Excel’s limit', () => {
    const preview = previewCsv(`id,title\n1,${'a'.repeat(40_000)}\n`);
    expect(preview.problems[0]).toMatchObject({ code: 'cell-too-long', rows: [2] });
  });

  it('JSON nested 100,000 levels deep: a named refusal, not a RangeError', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(jsonDepth(deep)).toBe(101);
    const result = parseUpturnJson(`{"format":"upturn","version":1,"roles":${deep}}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(/nests more than 100 levels deep/);
    expect(jsonDepth('{"a":"[[[[","b":[{}]}')).toBe(3);
  });
});
