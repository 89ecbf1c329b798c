import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../__fixtures__/xlsx-writer';
import { handleImport } from '../import/import-request';

const PEOPLE = [
  ['Employee Number', 'Name', 'Job Title', 'Reports To', 'Hire Date', 'Salary'],
  ['000101', 'Ava Stone', 'CEO', null, new Date(Date.UTC(2015, 0, 5)), 120000.5],
  ['000102', 'Ben Okafor', 'COO', '000101', new Date(Date.UTC(2016, 2, 1)), 99000],
  ['000103', 'Cara Lind', 'Clerk', '000102', null, 30000],
];

describe('Excel workbooks (.xlsx)', () => {
  it('reads the first sheet with a header; dates and numbers as text', async () => {
    const bytes = writeXlsx({ Notes: [['Exported 2 Dec'], ['by HR']], People: PEOPLE });
    const response = await handleImport({ fileName: 'people.xlsx', bytes, options: {} });
    expect(response.kind).toBe('csv');
    if (response.kind !== 'csv') return;
    expect(response.sheets).toEqual({ names: ['Notes', 'People'], chosen: 'People' });
    const chart = response.preview.chart!;
    expect(chart.roles.map((role) => [role.id, role.reportsTo])).toEqual([
      ['000101', null],
      ['000102', '000101'],
      ['000103', '000102'],
    ]);
    expect(chart.roles[0]!.extra).toEqual({ 'Hire Date': '2015-01-05', Salary: '120000.5' });
  });

  it('reads the sheet the user chose', async () => {
    const bytes = writeXlsx({
      People: PEOPLE,
      Other: [
        ['id', 'title'],
        ['x', 'Solo'],
      ],
    });
    const response = await handleImport({ fileName: 'p.xlsx', bytes, options: { sheet: 'Other' } });
    expect(response.kind === 'csv' && response.preview.chart!.roles).toMatchObject([
      { id: 'x', title: 'Solo' },
    ]);
  });

  it('refuses a zip that is no workbook, by name', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    const response = await handleImport({ fileName: 'odd.xlsx', bytes, options: {} });
    expect(response.kind === 'refused' && response.message).toMatch(
      /^“odd\.xlsx” is a zip archive/,
    );
  });
});
