import { describe, expect, it } from 'vitest';
import type { ChartSummary } from '../../editor/persistence/chart-library';
import { orderCharts } from './chart-order';

function summary(id: string, baseId?: string): ChartSummary {
  return {
    id,
    name: id.toUpperCase(),
    view: 'customer-first',
    updatedAt: 0,
    version: 1,
    roles: 1,
    ...(baseId ? { baseId } : {}),
  };
}

describe('the chart list order', () => {
  it('lists each scenario right under its base, one level in, naming the base', () => {
    const listed = orderCharts([
      summary('s1', 'a'),
      summary('b'),
      summary('a'),
      summary('s2', 'a'),
    ]);
    expect(listed.map((entry) => [entry.chart.id, entry.depth, entry.baseName])).toEqual([
      ['b', 0, null],
      ['a', 0, null],
      ['s1', 1, 'A'],
      ['s2', 1, 'A'],
    ]);
  });

  it('lists a scenario of a scenario deeper, and one whose base is gone at the top', () => {
    const listed = orderCharts([
      summary('a'),
      summary('s', 'a'),
      summary('ss', 's'),
      summary('o', 'gone'),
    ]);
    expect(listed.map((entry) => [entry.chart.id, entry.depth])).toEqual([
      ['a', 0],
      ['s', 1],
      ['ss', 2],
      ['o', 0],
    ]);
  });

  it('lists every chart once even when damage made two scenarios of each other', () => {
    const listed = orderCharts([summary('x', 'y'), summary('y', 'x')]);
    expect(listed.map((entry) => entry.chart.id).sort()).toEqual(['x', 'y']);
  });
});
