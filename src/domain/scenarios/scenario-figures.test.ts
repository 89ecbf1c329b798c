/** Scenario figures and the change list, on the retail chart and on random charts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../chart';
import { analyseChart } from '../analysis/service-paths';
import { applyCommands, type Command } from '../commands/apply-command';
import { retailChart } from '../__fixtures__/command-fixtures';
import { validChart } from '../__fixtures__/chart-arbitraries';
import { diffCharts } from '../diff/chart-diff';
import { changeList } from './change-list';
import { distanceBins, figureRows, flagChanges, spanBins } from './scenario-figures';

function edited(chart: Chart, commands: Command[]): Chart {
  const result = applyCommands(chart, commands);
  if (!result.ok) throw result.error;
  return result.chart;
}

const both = (chart: Chart) => ({ chart, analysis: analyseChart(chart) });

describe('scenario figures', () => {
  const base = retailChart();
  const scenario = edited(base, [
    { type: 'addServiceLink', from: 'ea', to: 'online' },
    { type: 'addRole', role: { id: 'coach', title: 'Coach', reportsTo: 'ceo' } },
  ]);

  it('gives before, after and change, and the share with a path rises when a role gains one', () => {
    const rows = figureRows(analyseChart(base).figures, analyseChart(scenario).figures);
    const roles = rows.find((r) => r.key === 'roles')!;
    expect([roles.before, roles.after, roles.change]).toEqual([5, 6, 1]);
    const people = rows.find((r) => r.key === 'shareHeadcountWithPath')!;
    // Before: the assistant (1 of 18 people) has no path; after: the coach (1 of 19) has none.
    expect(people.before).toBeCloseTo(17 / 18);
    expect(people.after).toBeCloseTo(18 / 19);
    expect(people.change).toBeGreaterThan(0);
  });

  it('names flags raised and resolved', () => {
    const { raised, resolved } = flagChanges(both(base), both(scenario));
    expect(resolved.map((f) => `${f.flag.kind} ${f.title}`)).toContain(
      'no-path Executive Assistant',
    );
    expect(raised.map((f) => `${f.flag.kind} ${f.title}`)).toContain('no-path Coach');
  });

  it('bins spans and distances, with every role counted once on each side', () => {
    fc.assert(
      fc.property(validChart, validChart, (a, b) => {
        const [x, y] = [analyseChart(a), analyseChart(b)];
        const distances = distanceBins(x, y);
        expect(distances.reduce((n, bin) => n + bin.before, 0)).toBe(a.roles.length);
        expect(distances.reduce((n, bin) => n + bin.after, 0)).toBe(b.roles.length);
        const spans = spanBins(x, y);
        expect(spans.reduce((n, bin) => n + bin.before, 0)).toBe(x.figures.managers);
        expect(spans.reduce((n, bin) => n + bin.after, 0)).toBe(y.figures.managers);
      }),
    );
  });
});

describe('change list', () => {
  it('groups changes in order with sentences that name roles by title', () => {
    const base = retailChart();
    const scenario = edited(base, [
      { type: 'setManager', id: 'cashier', managerId: 'ceo' },
      { type: 'addServiceLink', from: 'it', to: 'sm' },
      { type: 'deleteRole', id: 'ea' },
    ]);
    const groups = changeList(base, scenario, diffCharts(base, scenario));
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.text)])).toEqual([
      ['Removed', ['Executive Assistant removed (was under CEO)']],
      ['Moved', ['Cashier moved from under Store Manager to under CEO']],
      ['Serves added', ['IT Support now serves Store Manager']],
    ]);
  });
});
