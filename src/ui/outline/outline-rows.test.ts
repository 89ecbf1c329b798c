import { describe, expect, it } from 'vitest';
import type { Chart } from '../../domain/chart';
import { analyseChart } from '../../domain/analysis/service-paths';
import { sampleChart } from '../../domain/samples/sample-chart';
import { distanceWords, managersOf, outlineOf, rowLabel } from './outline-rows';

function count(rows: { children: unknown[] }[]): number {
  return rows.reduce((sum, row) => sum + 1 + count(row.children as { children: unknown[] }[]), 0);
}

describe('outlineOf', () => {
  it('nests every role once under its manager, in the chart order', () => {
    const chart = sampleChart();
    const model = outlineOf(chart, analyseChart(chart));
    expect(count(model.roots)).toBe(chart.roles.length);
    const ceo = model.roots.find((row) => row.title === 'Chief Executive Officer')!;
    const reports = chart.roles.filter((role) => role.reportsTo === ceo.id).map((role) => role.id);
    expect(ceo.children.map((row) => row.id)).toEqual(reports);
    for (const role of chart.roles) expect(model.parentOf.get(role.id)).toBe(role.reportsTo);
  });

  it('carries the columns: distance and flags from the analysis', () => {
    const chart = sampleChart();
    const analysis = analyseChart(chart);
    const model = outlineOf(chart, analysis);
    const flagged = analysis.flags.find((flag) => flag.kind === 'no-path')!.roleId;
    const path = [...managersOf(model, flagged)].reverse();
    let rows = model.roots;
    for (const id of path) rows = rows.find((row) => row.id === id)!.children;
    const row = rows.find((r) => r.id === flagged)!;
    expect(row.distance).toBeNull();
    expect(row.flags).toContain('No path to customer');
    expect(rowLabel(row)).toMatch(/no path to a customer, No path to customer/);
  });

  it('keeps roles whose managers loop (bad data) at the top rather than losing them', () => {
    const base = sampleChart();
    const chart: Chart = {
      ...base,
      roles: [
        ...base.roles,
        { id: 'x', title: 'X', headcount: 1, reportsTo: 'y', serves: [] },
        { id: 'y', title: 'Y', headcount: 1, reportsTo: 'x', serves: [] },
      ],
    };
    const model = outlineOf(chart, analyseChart(chart));
    expect(count(model.roots)).toBe(chart.roles.length);
    expect(managersOf(model, 'x').length).toBeLessThanOrEqual(1);
  });
});

describe('distanceWords', () => {
  it('says the distance in words', () => {
    expect(distanceWords(null)).toBe('no path to a customer');
    expect(distanceWords(0)).toBe('serves a customer');
    expect(distanceWords(1)).toBe('1 step to a customer');
    expect(distanceWords(3)).toBe('3 steps to a customer');
  });
});
