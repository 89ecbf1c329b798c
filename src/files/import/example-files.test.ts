import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseChart } from '../../domain/analysis/service-paths';
import { previewCsvBytes } from '../csv/csv-import';
import { EXAMPLE_FILES } from './example-files';

function bytesOf(path: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../../../public/${path}`, import.meta.url)));
}

describe('example files in public/examples', () => {
  it('lists both examples', () => {
    expect(EXAMPLE_FILES.map((example) => example.path)).toEqual([
      'examples/bamboohr-export.csv',
      'examples/google-workspace-export.csv',
    ]);
  });

  for (const example of EXAMPLE_FILES) {
    describe(example.path, () => {
      const preview = previewCsvBytes(bytesOf(example.path), {
        customerRules: example.customerRules,
      });

      it('imports with no problems at all', () => {
        expect(preview.problems).toEqual([]);
        expect(preview.chart).not.toBeNull();
      });

      it('has one top leader and a manager for everyone else', () => {
        const roles = preview.chart!.roles;
        expect(roles.filter((role) => role.reportsTo === null)).toHaveLength(1);
        expect(roles.length).toBe(preview.rowCount);
      });

      it('names people and teams', () => {
        const roles = preview.chart!.roles;
        expect(roles.every((role) => role.person && role.team)).toBe(true);
      });

      it('gives most roles a service path once the suggested customers are named, not all', () => {
        const chart = preview.chart!;
        const analysis = analyseChart(chart);
        expect(chart.customers).toHaveLength(2);
        expect(analysis.figures.shareRolesWithPath).toBeGreaterThan(0.5);
        expect(analysis.flags.some((flag) => flag.kind === 'no-path')).toBe(true);
      });
    });
  }

  it('reads the BambooHR file by its own headers, managers by name', () => {
    const preview = previewCsvBytes(bytesOf('examples/bamboohr-export.csv'));
    expect(preview.rowCount).toBe(60);
    expect(preview.headers.slice(0, 8)).toEqual([
      'Employee Number',
      'First Name',
      'Last Name',
      'Job Title',
      'Department',
      'Division',
      'Location',
      'Reports To',
    ]);
    const henrik = preview.chart!.roles.find((role) => role.id === '1005')!;
    expect(henrik.extra).toMatchObject({ Division: 'Corporate', Location: 'Seattle HQ' });
    expect(henrik).toMatchObject({
      person: 'Henrik Sørensen',
      title: 'VP, Merchandising',
      reportsTo: '1001',
      team: 'Merchandising',
    });
  });

  it('reads the Google Workspace file, managers by email', () => {
    const preview = previewCsvBytes(bytesOf('examples/google-workspace-export.csv'));
    expect(preview.rowCount).toBe(40);
    expect(preview.mapping).toMatchObject({
      id: 0,
      person: 1,
      title: 2,
      team: 3,
      manager: 4,
      email: 5,
    });
    const roisin = preview.chart!.roles.find(
      (role) => role.person === 'Róisín O’Brien'.replace('’', "'"),
    )!;
    expect(roisin).toMatchObject({ id: 'LG-044', reportsTo: 'LG-040' });
  });
});
