/** The flags of the service analysis: when each is raised, in what order, and what it says. */
import { describe, expect, it } from 'vitest';
import { emptyChart } from '../chart';
import { analyseChart, explainPath } from './service-paths';
import { chartOf, kinds, role } from './__fixtures__/test-charts';

describe('flags', () => {
  it('says which roles a role supports when none of them reaches a customer', () => {
    const chart = chartOf([
      role('fl', 'Clerk', null, ['shoppers']),
      role('x', 'Head of X', null),
      role('an', 'Analyst', 'x'),
      role('pl', 'Planner', 'x'),
      role('solo', 'Coordinator', null, ['an']),
    ]);
    const analysis = analyseChart(chart);
    expect(analysis.flagsByRole.get('x')?.[0]).toEqual({
      roleId: 'x',
      kind: 'no-path',
      message: 'Head of X supports Analyst and Planner, but none of them reaches a customer.',
      hint: 'Link it to a role or customer it serves.',
    });
    expect(analysis.flagsByRole.get('solo')?.[0]?.message).toBe(
      'Coordinator supports Analyst, but it does not reach a customer.',
    );
    expect(explainPath(chart, analysis, 'x')).toBe(analysis.flagsByRole.get('x')?.[0]?.message);
  });

  it('names at most four supported roles', () => {
    const reports = ['A', 'B', 'C', 'D', 'E'].map((t) => role(t, `Role ${t}`, 'boss'));
    const analysis = analyseChart(chartOf([role('boss', 'Boss', null), ...reports]));
    expect(analysis.flagsByRole.get('boss')?.[0]?.message).toBe(
      'Boss supports Role A, Role B, Role C and 2 more, but none of them reaches a customer.',
    );
  });

  it('says so when the chart has no customers', () => {
    const chart = { ...emptyChart(), roles: [role('a', 'Clerk', null)] };
    expect(analyseChart(chart).flags).toEqual([
      {
        roleId: 'a',
        kind: 'no-path',
        message: 'Clerk has no path to a customer: the chart has no customers yet.',
        hint: 'Add a customer, then link the roles that serve it.',
      },
    ]);
  });

  const farChart = (extraSteps: string[] = []) =>
    chartOf([
      role('cashier', 'Cashier', null, ['coord']),
      role('coord', 'Coordinator', null, ['planner']),
      role('planner', 'Planner', 'coord', [extraSteps[0] ?? 'sched']),
      ...extraSteps.map((id, k) => role(id, `Step ${k + 1}`, null, [extraSteps[k + 1] ?? 'sched'])),
      role('sched', 'Scheduler', null, ['greeter']),
      role('greeter', 'Greeter', null, ['shoppers']),
    ]);

  it('flags a role with no reports farther than the threshold, with its path', () => {
    const analysis = analyseChart(farChart());
    expect(kinds(analysis.flags)).toEqual(['cashier:far', 'coord:span-one']);
    expect(analysis.flags[0]?.message).toBe(
      'Cashier is 5 steps from a customer (threshold 3): ' +
        'Cashier → Coordinator → Planner → Scheduler → Greeter → Shoppers.',
    );
    // Coordinator is 4 steps away too, but it manages the Planner: a manager is not "far".
    expect(analysis.roles.get('coord')?.distance).toBe(4);
  });

  it('shortens a long path in the far message', () => {
    const analysis = analyseChart(farChart(['s1', 's2', 's3']));
    expect(analysis.flags[0]?.message).toBe(
      'Cashier is 8 steps from a customer (threshold 3): ' +
        'Cashier → Coordinator → Planner → … → Greeter → Shoppers.',
    );
  });

  it('reads the far threshold from the settings', () => {
    const chart = farChart();
    chart.settings.farThreshold = 5;
    expect(analyseChart(chart).flags.some((f) => f.kind === 'far')).toBe(false);
  });

  it('flags a span wider than the threshold, not one equal to it', () => {
    const team = (n: number) =>
      Array.from({ length: n }, (_, i) => role(`s${i}`, `Seller ${i}`, 'boss', ['shoppers']));
    const at = analyseChart(chartOf([role('boss', 'Store Manager', null), ...team(10)]));
    expect(at.flags).toEqual([]);
    const wide = analyseChart(chartOf([role('boss', 'Store Manager', null), ...team(14)]));
    expect(wide.flags).toEqual([
      {
        roleId: 'boss',
        kind: 'wide-span',
        message: 'Store Manager has 14 direct reports (threshold 10).',
      },
    ]);
    expect(wide.figures).toMatchObject({ spanMin: 14, spanMedian: 14, spanMax: 14, layers: 2 });
  });

  it('orders flags by role document order, then kind', () => {
    const chart = chartOf(
      [
        role('late', 'Late', null, ['shoppers']),
        role('lead', 'Lead', null),
        role('only', 'Only', 'lead'),
        role('clerk', 'Clerk', 'late', ['shoppers']),
        role('c2', 'Clerk 2', 'late', ['shoppers']),
      ],
      { spanThreshold: 1 },
    );
    expect(kinds(analyseChart(chart).flags)).toEqual([
      'late:wide-span',
      'lead:no-path',
      'lead:span-one',
      'only:no-path',
    ]);
  });
});
