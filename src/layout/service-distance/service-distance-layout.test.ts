import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseChart } from '../../domain/analysis/service-paths';
import { generateChart } from '../../domain/samples/generate-chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import type { Layout } from '../layout';
import {
  arbitraryChart,
  chartOf,
  EPS,
  findOverlap,
  role,
  type RandomChart,
} from '../__fixtures__/test-charts';
import {
  distanceRowLabel,
  layoutServiceDistance,
  type DistanceLayout,
} from './service-distance-layout';

const METHODS = ['dagre', 'sweeps'] as const;

function layOut({ chart, sizes, gapX, gapY }: RandomChart, order: 'dagre' | 'sweeps') {
  return layoutServiceDistance(chart, { order, gapX, gapY, sizeOf: (_k, id) => sizes.get(id)! });
}

/** The row a node sits in: the index of the row whose extent holds its box. */
function rowOf(layout: DistanceLayout, id: string): number {
  const n = layout.nodes.get(id)!;
  return layout.rows.findIndex(
    (row) => n.y >= row.y - EPS && n.y + n.height <= row.y + row.height + EPS,
  );
}

/** Crossings between edges of neighbouring rows, counted pairwise. */
function crossings(layout: Layout, edges: [string, string][]): number {
  let count = 0;
  const x = (id: string) => layout.nodes.get(id)!.x;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [a, b] = edges[i]!;
      const [c, d] = edges[j]!;
      if (layout.nodes.get(a)!.y !== layout.nodes.get(c)!.y) continue;
      if ((x(a) - x(c)) * (x(b) - x(d)) < 0) count++;
    }
  }
  return count;
}

describe('the service-distance view', () => {
  for (const order of METHODS) {
    it(`puts every node in the row of its distance, the no-path row last (${order})`, () => {
      fc.assert(
        fc.property(arbitraryChart(120), (random) => {
          const layout = layOut(random, order);
          const analysis = analyseChart(random.chart);
          const distanceOfRow = layout.rows.map((row) => row.distance);
          // Rows run customers, 1, 2, … and then no path, each present once.
          const numbered = distanceOfRow.filter((d): d is number => d !== null);
          expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
          if (distanceOfRow.includes(null)) expect(distanceOfRow.at(-1)).toBeNull();
          for (const c of random.chart.customers) {
            expect(distanceOfRow[rowOf(layout, c.id)]).toBe(0);
          }
          for (const r of random.chart.roles) {
            const d = analysis.roles.get(r.id)!.distance;
            expect(distanceOfRow[rowOf(layout, r.id)]).toBe(d);
          }
          // Rows are drawn top to bottom, apart.
          for (let k = 1; k < layout.rows.length; k++) {
            const above = layout.rows[k - 1]!;
            expect(layout.rows[k]!.y).toBeGreaterThanOrEqual(above.y + above.height);
          }
        }),
        { numRuns: 60 },
      );
    });

    it(`overlaps no two nodes and places each node once (${order})`, () => {
      fc.assert(
        fc.property(arbitraryChart(150), (random) => {
          const layout = layOut(random, order);
          expect(findOverlap(layout)).toBeNull();
          const ids = new Set([...random.chart.roles, ...random.chart.customers].map((n) => n.id));
          expect(new Set(layout.nodes.keys())).toEqual(ids);
        }),
        { numRuns: 60 },
      );
    });

    it(`is deterministic (${order})`, () => {
      fc.assert(
        fc.property(arbitraryChart(80), (random) => {
          const a = layOut(random, order);
          const b = layOut(random, order);
          expect([...b.nodes.entries()]).toEqual([...a.nodes.entries()]);
          expect(b.rows).toEqual(a.rows);
        }),
        { numRuns: 30 },
      );
    });
  }

  it('uncrosses two teams that serve their customers crosswise', () => {
    // a1 (under a) serves c2 and b1 (under b) serves c1: in document order they cross.
    const chart = chartOf(
      [role('a', null), role('b', null), role('a1', 'a', ['c2']), role('b1', 'b', ['c1'])],
      ['c1', 'c2'],
    );
    const edges: [string, string][] = [
      ['c2', 'a1'],
      ['c1', 'b1'],
      ['a1', 'a'],
      ['b1', 'b'],
    ];
    for (const order of METHODS) {
      const layout = layoutServiceDistance(chart, { order });
      expect(crossings(layout, edges)).toBe(0);
    }
  });

  it('labels the sample chart in rows by distance, with its no-path roles apart', () => {
    const chart = sampleChart();
    const layout = layoutServiceDistance(chart);
    const analysis = analyseChart(chart);
    expect(layout.rows[0]).toMatchObject({ distance: 0, label: 'Customers' });
    expect(layout.rows[1]).toMatchObject({ distance: 1, label: '1 step from a customer' });
    const noPath = chart.roles.filter((r) => analysis.roles.get(r.id)!.distance === null);
    const last = layout.rows.at(-1)!;
    if (noPath.length > 0) {
      expect(last).toMatchObject({ distance: null, label: 'No path to a customer' });
      expect(last.count).toBe(noPath.length);
    }
    expect(layout.bands).toEqual([]);
  });

  it('barycentre sweeps keep a generated 3,000-role chart free of overlaps', () => {
    const chart = generateChart({ roles: 3000, seed: 7 });
    const layout = layoutServiceDistance(chart);
    expect(layout.nodes.size).toBe(chart.roles.length + chart.customers.length);
    expect(findOverlap(layout)).toBeNull();
  });

  it('names its rows in words', () => {
    expect(distanceRowLabel(0)).toBe('Customers');
    expect(distanceRowLabel(1)).toBe('1 step from a customer');
    expect(distanceRowLabel(5)).toBe('5 steps from a customer');
    expect(distanceRowLabel(null)).toBe('No path to a customer');
  });
});
