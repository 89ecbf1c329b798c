/**
 * Exports laid out as sixteen HR and org-chart systems document them (each
 * fixture's first line names its source) map with zero hand edits: columns
 * found, every manager resolved, one top leader.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { previewCsvBytes } from './csv-import';

const DIR = new URL('../__fixtures__/vendors/', import.meta.url);
const files = readdirSync(fileURLToPath(DIR)).filter((name) => name.endsWith('.csv'));

/** Who manages whom in every fixture, by title. */
const MANAGER_OF: Record<string, string | null> = {
  'Chief Executive Officer': null,
  'VP Stores': 'Chief Executive Officer',
  'VP Online': 'Chief Executive Officer',
  'Store Manager': 'VP Stores',
  'Sales Associate': 'Store Manager',
  'Web Support Agent': 'VP Online',
};

describe('vendor exports', () => {
  it('has a fixture per system, each naming its source', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const name of files) {
      const first = readFileSync(new URL(name, DIR), 'utf8').split('\n')[0]!;
      expect(first, name).toMatch(/^##? Source: \S/);
    }
  });

  for (const name of files) {
    it(`${name} maps with zero hand edits`, () => {
      const preview = previewCsvBytes(new Uint8Array(readFileSync(new URL(name, DIR))), {}, name);
      expect(
        preview.problems.filter((p) => p.severity === 'error'),
        name,
      ).toEqual([]);
      const chart = preview.chart!;
      expect(chart.roles).toHaveLength(6);
      const titleOf = new Map(chart.roles.map((role) => [role.id, role.title]));
      const managers = Object.fromEntries(
        chart.roles.map((role) => [role.title, role.reportsTo && titleOf.get(role.reportsTo)]),
      );
      expect(managers).toEqual(MANAGER_OF);
      expect(chart.roles.filter((role) => role.reportsTo === null)).toHaveLength(1);
      const ava = chart.roles.find((role) => role.title === 'Chief Executive Officer')!;
      expect(ava.person).toBe('Ava Stone');
      // draw.io's example has no team column.
      if (name !== 'drawio.csv') {
        expect(chart.roles.find((role) => role.title === 'VP Stores')!.team).toMatch(/Retail/);
      }
    });
  }
});
