import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateChart } from '../../domain/samples/generate-chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { EXAMPLE_FILES } from './example-files';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROLES, sizeRefusal } from './import-limits';
import { handleImportRequest, teamCounts } from './import-request';
import { serialiseChart } from '../upturn-json/upturn-json';

const encode = (text: string) => new TextEncoder().encode(text);
const example = EXAMPLE_FILES[0]!;
const exampleBytes = new Uint8Array(
  readFileSync(fileURLToPath(new URL(`../../../public/${example.path}`, import.meta.url))),
);

describe('handleImportRequest', () => {
  it('previews a CSV with the teams in it and how many roles each customer rule links', () => {
    const response = handleImportRequest({
      fileName: 'bamboohr-export.csv',
      bytes: exampleBytes,
      options: { customerRules: example.customerRules },
    });
    expect(response.kind).toBe('csv');
    if (response.kind !== 'csv') return;
    const chart = response.preview.chart!;
    expect(response.preview.rowCount).toBe(60);
    expect(response.teams[0]!.roles).toBeGreaterThanOrEqual(response.teams[1]!.roles);
    expect(response.teams.reduce((sum, team) => sum + team.roles, 0)).toBeLessThanOrEqual(60);
    // Each count is the number of roles that serve that customer.
    const shoppers = chart.customers.find((customer) => customer.name === 'Shoppers')!;
    const serving = chart.roles.filter((role) => role.serves.includes(shoppers.id)).length;
    expect(response.ruleMatches[0]).toBe(serving);
    expect(response.ruleMatches[0]).toBeGreaterThan(0);
    expect(response.ruleMatches).toHaveLength(2);
  });

  it('gives no counts when errors block the chart (a customer group without a name too)', () => {
    const unnamed = handleImportRequest({
      fileName: 'bamboohr-export.csv',
      bytes: exampleBytes,
      options: { customerRules: [...example.customerRules, { customer: ' ', teams: ['Stores'] }] },
    });
    expect(unnamed.kind === 'csv' && unnamed.ruleMatches).toEqual([null, null, null]);
    expect(unnamed.kind === 'csv' && unnamed.preview.problems.map((p) => p.message)).toContain(
      'A customer group in the rules has no name.',
    );

    const response = handleImportRequest({
      fileName: 'bad.csv',
      bytes: encode('id,title,reports to\na,Boss,\nb,Clerk,zz\n'),
      options: { customerRules: [{ customer: 'Shoppers', titleContains: ['Clerk'] }] },
    });
    expect(response.kind === 'csv' && response.preview.chart).toBeNull();
    expect(response.kind === 'csv' && response.ruleMatches).toEqual([null]);
    expect(response.kind === 'csv' && response.teams).toEqual([]);
  });

  it('reads an Upturn JSON file whole, and refuses a newer one by name', () => {
    const good = handleImportRequest({
      fileName: 'chart.json',
      bytes: encode(serialiseChart(sampleChart())),
      options: {},
    });
    expect(good.kind === 'chart' && good.result.ok).toBe(true);
    const newer = handleImportRequest({
      fileName: 'future.upturn.json',
      bytes: encode('{"format":"upturn","version":99,"name":"x","customers":[],"roles":[]}'),
      options: {},
    });
    expect(newer.kind).toBe('chart');
    if (newer.kind === 'chart' && !newer.result.ok) {
      expect(newer.result.errors[0]!.message).toContain('newer Upturn (version 99)');
    } else throw new Error('the newer file was read');
  });

  it('refuses a file over the size limit by its size, before reading it', () => {
    const response = handleImportRequest({
      fileName: 'giant.csv',
      bytes: new Uint8Array(MAX_IMPORT_BYTES + 1),
      options: {},
    });
    expect(response).toEqual({
      kind: 'refused',
      message: sizeRefusal('giant.csv', MAX_IMPORT_BYTES + 1),
    });
    expect(sizeRefusal('giant.csv', MAX_IMPORT_BYTES + 1)).toContain('“giant.csv” is 25.0 MB');
    expect(sizeRefusal('fine.csv', MAX_IMPORT_BYTES)).toBeNull();
  });

  it('refuses a CSV or a chart with more roles than Upturn opens, naming the count', () => {
    const count = MAX_IMPORT_ROLES + 1;
    const rows = ['id,title,reports to'];
    for (let i = 1; i <= count; i++)
      rows.push(`r${i},Role ${i},${i === 1 ? '' : `r${Math.ceil(i / 8)}`}`);
    const csv = handleImportRequest({
      fileName: 'big.csv',
      bytes: encode(rows.join('\n')),
      options: {},
    });
    expect(csv.kind).toBe('refused');
    expect(csv.kind === 'refused' && csv.message).toContain(
      `“big.csv” has ${count.toLocaleString('en')} roles`,
    );

    const chart = generateChart({ roles: count, seed: 3 });
    const json = handleImportRequest({
      fileName: 'big.upturn.json',
      bytes: encode(serialiseChart(chart)),
      options: {},
    });
    expect(json.kind === 'refused' && json.message).toContain(
      `This chart has ${count.toLocaleString('en')} roles`,
    );
  });
});

describe('teamCounts', () => {
  it('counts roles per team, largest first, ties by name, blank teams left out', () => {
    const chart = sampleChart();
    chart.roles = chart.roles.map((role, i) => ({ ...role, team: ['B', 'A', ' ', 'A'][i % 4] }));
    const counts = teamCounts(chart);
    expect(counts.map((entry) => entry.team)).toEqual(['A', 'B']);
    expect(counts[0]!.roles).toBe(chart.roles.filter((role) => role.team === 'A').length);
    expect(teamCounts(chart, 1)).toHaveLength(1);
  });
});
