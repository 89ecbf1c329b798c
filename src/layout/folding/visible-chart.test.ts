import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../domain/chart';
import { generateChart } from '../../domain/samples/generate-chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { analyseChart } from '../../domain/analysis/service-paths';
import { layoutChart } from '../layout';
import {
  ancestorsOf,
  branchOf,
  chartTree,
  defaultCollapsed,
  descendantsOf,
  expandedTo,
  hiddenCount,
  prunedCollapsed,
  visibleChart,
} from './visible-chart';
import { anyChart } from '../__fixtures__/test-charts';

const ids = (chart: Chart) => chart.roles.map((role) => role.id);

/** Everything below `id`, found by walking reportsTo upwards (independent of the code under test). */
function below(chart: Chart, id: string): Set<string> {
  const manager = new Map(chart.roles.map((role) => [role.id, role.reportsTo]));
  const out = new Set<string>();
  for (const role of chart.roles) {
    const seen = new Set<string>();
    for (let up = manager.get(role.id); up && !seen.has(up); up = manager.get(up)) {
      seen.add(up);
      if (up === id) {
        out.add(role.id);
        break;
      }
    }
  }
  return out;
}

describe('visibleChart', () => {
  it('leaves out every role below a collapsed manager, keeps the manager and everyone else', () => {
    const chart = sampleChart();
    const visible = visibleChart(chart, new Set(['coo']));
    const hidden = below(chart, 'coo');
    expect(hidden).toEqual(
      new Set([
        'sm-north',
        'sm-south',
        'ecommerce',
        'associates-north',
        'cashiers-north',
        'associates-south',
        'cashiers-south',
        'online-support',
        'merchandiser',
      ]),
    );
    expect(ids(visible)).toEqual(ids(chart).filter((id) => !hidden.has(id)));
    expect(ids(visible)).toContain('coo');
    expect(ids(visible)).toContain('it-support');
  });

  it('always keeps the customers, the settings and the role objects themselves', () => {
    const chart = sampleChart();
    const visible = visibleChart(chart, new Set(['ceo']));
    expect(ids(visible)).toEqual(['ceo']);
    expect(visible.customers).toBe(chart.customers);
    expect(visible.settings).toBe(chart.settings);
    expect(visible.roles[0]).toBe(chart.roles[0]);
  });

  it('returns the chart itself when nothing is hidden', () => {
    const chart = sampleChart();
    expect(visibleChart(chart, new Set())).toBe(chart);
    // A front-line role "collapsed" hides nothing.
    expect(visibleChart(chart, new Set(['cashiers-north', 'not-a-role']))).toBe(chart);
  });

  it('nested folds hide the union; expanding the outer one shows the inner one folded', () => {
    const chart = sampleChart();
    const both = visibleChart(chart, new Set(['coo', 'sm-north']));
    expect(ids(both)).not.toContain('sm-north');
    const inner = visibleChart(chart, new Set(['sm-north']));
    expect(ids(inner)).toContain('sm-north');
    expect(ids(inner)).not.toContain('cashiers-north');
    expect(ids(inner)).toContain('cashiers-south');
  });

  it('hides exactly the descendants of the collapsed managers (random charts)', () => {
    fc.assert(
      fc.property(anyChart, fc.array(fc.nat(), { maxLength: 6 }), ({ chart }, picks) => {
        if (chart.roles.length === 0) return;
        const collapsed = new Set(picks.map((k) => chart.roles[k % chart.roles.length]!.id));
        const tree = chartTree(chart);
        const hidden = new Set<string>();
        for (const id of collapsed) for (const other of below(chart, id)) hidden.add(other);
        const visible = visibleChart(chart, collapsed, tree);
        expect(ids(visible)).toEqual(ids(chart).filter((id) => !hidden.has(id)));
        expect(visible.customers).toEqual(chart.customers);
        expect(hiddenCount(tree, collapsed)).toBe(hidden.size);
        // The visible chart lays out like any chart: every role and customer placed once.
        const layout = layoutChart(visible, { view: 'customer-first' });
        expect(layout.nodes.size).toBe(visible.roles.length + visible.customers.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('branches', () => {
  it('counts the roles and the headcount below a manager', () => {
    const tree = chartTree(sampleChart());
    // North: Sales Associate (24) and Cashier (12).
    expect(branchOf(tree, 'sm-north')).toEqual({ roles: 2, headcount: 36 });
    // COO: three managers and their six teams (24 + 12 + 18 + 9 + 8 + 2 people).
    expect(branchOf(tree, 'coo')).toEqual({ roles: 9, headcount: 3 + 73 });
    expect(branchOf(tree, 'ceo')?.roles).toBe(sampleChart().roles.length - 1);
    expect(branchOf(tree, 'cashiers-north')).toBeNull();
    expect(branchOf(tree, 'nobody')).toBeNull();
  });

  it('lists descendants and ancestors', () => {
    const chart = sampleChart();
    const tree = chartTree(chart);
    expect(new Set(descendantsOf(tree, 'coo'))).toEqual(below(chart, 'coo'));
    expect(ancestorsOf(tree, 'cashiers-north')).toEqual(['sm-north', 'coo', 'ceo']);
    expect(ancestorsOf(tree, 'ceo')).toEqual([]);
  });

  it('expandedTo opens every manager above a role, and only those', () => {
    const tree = chartTree(sampleChart());
    const collapsed = new Set(['ceo', 'coo', 'sm-north', 'sm-south', 'cfo']);
    const next = expandedTo(tree, collapsed, ['cashiers-north']);
    expect(next).toEqual(new Set(['sm-south', 'cfo']));
    expect(collapsed.size).toBe(5); // not mutated
    expect(expandedTo(tree, next, ['cashiers-north'])).toBe(next);
    expect(ids(visibleChart(sampleChart(), next))).toContain('cashiers-north');
  });

  it('prunedCollapsed drops folds of roles that no longer manage anyone', () => {
    const chart = sampleChart();
    const collapsed = new Set(['sm-north', 'coo']);
    const moved: Chart = {
      ...chart,
      roles: chart.roles
        .filter((role) => role.id !== 'cashiers-north')
        .map((role) =>
          role.id === 'associates-north' ? { ...role, reportsTo: 'sm-south' } : role,
        ),
    };
    expect(prunedCollapsed(chartTree(chart), collapsed)).toBe(collapsed);
    expect(prunedCollapsed(chartTree(moved), collapsed)).toEqual(new Set(['coo']));
  });
});

describe('defaultCollapsed', () => {
  it('leaves a small chart open', () => {
    expect(defaultCollapsed(chartTree(sampleChart())).size).toBe(0);
    expect(defaultCollapsed(chartTree(generateChart({ roles: 300, seed: 1 }))).size).toBe(0);
  });

  it.each([301, 1_000, 10_000])(
    'opens a chart of %i roles with a few hundred roles drawn, folded below a depth',
    (roles) => {
      const chart = generateChart({ roles, seed: 42, crossLinkShare: 0.05 });
      const tree = chartTree(chart);
      const collapsed = defaultCollapsed(tree);
      const visible = visibleChart(chart, collapsed, tree);
      expect(collapsed.size).toBeGreaterThan(0);
      expect(visible.roles.length).toBeLessThanOrEqual(300);
      expect(visible.roles.length).toBeGreaterThan(0);
      expect(visible.customers).toEqual(chart.customers);
      // Every collapsed id is a manager, and the folds sit at and below one depth.
      const { depth, indexOf } = tree.forest;
      const depths = [...collapsed].map((id) => depth[indexOf.get(id)!]!);
      const fold = Math.min(...depths);
      for (const id of collapsed) expect(branchOf(tree, id)).not.toBeNull();
      for (const role of chart.roles) {
        const d = depth[indexOf.get(role.id)!]!;
        if (d >= fold && branchOf(tree, role.id)) expect(collapsed.has(role.id)).toBe(true);
        // Every role down to the fold depth is drawn.
        if (d <= fold) expect(visible.roles).toContain(role);
      }
      // One level more would have drawn more than the budget (the depth is the deepest that fits).
      const deeper = chart.roles.filter((role) => depth[indexOf.get(role.id)!]! <= fold + 1);
      if (fold + 1 < tree.forest.rows) expect(deeper.length).toBeGreaterThan(300);
    },
  );

  it('draws the top leaders even when they alone exceed the budget', () => {
    const chart = generateChart({ roles: 40, seed: 3 });
    const collapsed = defaultCollapsed(chartTree(chart), { threshold: 10, budget: 0 });
    const visible = visibleChart(chart, collapsed);
    expect(ids(visible)).toEqual(['role-1']);
  });

  it('never changes what the analysis counts: it reads the whole chart', () => {
    const chart = generateChart({ roles: 2_000, seed: 42, crossLinkShare: 0.05 });
    const visible = visibleChart(chart, defaultCollapsed(chartTree(chart)));
    expect(visible.roles.length).toBeLessThan(chart.roles.length);
    expect(analyseChart(chart).figures.roles).toBe(2_000);
  });
});
