import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyChart } from '../domain/chart';
import { sampleChart } from '../domain/samples/sample-chart';
import { DEFAULT_CUSTOMER_SIZE, DEFAULT_ROLE_SIZE, layoutChart } from './layout';
import {
  anyChart,
  bottom,
  centreX,
  chartOf,
  findOverlap,
  node,
  right,
  role,
} from './__fixtures__/test-charts';

describe('layoutChart on the sample chart', () => {
  const chart = sampleChart();
  const first = layoutChart(chart, { view: 'customer-first' });
  const trad = layoutChart(chart, { view: 'traditional' });

  it('places every role and customer at the default sizes', () => {
    expect(first.nodes.size).toBe(chart.roles.length + chart.customers.length);
    expect(node(first, 'ceo')).toMatchObject({ kind: 'role', ...DEFAULT_ROLE_SIZE });
    expect(node(first, 'shoppers')).toMatchObject({ kind: 'customer', ...DEFAULT_CUSTOMER_SIZE });
  });

  it('gives each node its tier', () => {
    const tiers = Object.fromEntries([...first.nodes].map(([id, n]) => [id, n.tier]));
    expect(tiers).toMatchObject({
      ceo: 'leadership',
      coo: 'leadership', // 4 rows: depth 1 is leadership too
      ea: 'leadership',
      'sm-north': 'management',
      audit: 'management', // a staff role among managers: its row is mostly managers
      'cashiers-north': 'front-line',
      'it-support': 'front-line',
      shoppers: 'customers',
      'online-buyers': 'customers',
    });
  });

  it('has the four bands in view order, mirrored between the views', () => {
    expect(first.bands.map((b) => b.label)).toEqual([
      'Customers',
      'Front line',
      'Management',
      'Leadership',
    ]);
    expect(trad.bands.map((b) => b.label)).toEqual([
      'Leadership',
      'Management',
      'Front line',
      'Customers',
    ]);
  });

  it('puts the top leader at the bottom in customer first and at the top in traditional', () => {
    const ceoFirst = node(first, 'ceo');
    const ceoTrad = node(trad, 'ceo');
    expect(bottom(ceoFirst)).toBe(first.bounds.y + first.bounds.height);
    expect(ceoTrad.y).toBe(trad.bounds.y);
    expect(centreX(ceoFirst)).toBe(0);
  });

  it('centres Shoppers over the roles that serve it', () => {
    const servers = chart.roles.filter((r) => r.serves.includes('shoppers')).map((r) => r.id);
    expect(servers.length).toBeGreaterThan(1);
    const mean = servers.reduce((s, id) => s + centreX(node(first, id)), 0) / servers.length;
    expect(centreX(node(first, 'shoppers'))).toBeCloseTo(mean, 9);
  });

  it('bounds are the box around all nodes', () => {
    const nodes = [...first.nodes.values()];
    expect(first.bounds).toEqual({
      x: Math.min(...nodes.map((n) => n.x)),
      y: Math.min(...nodes.map((n) => n.y)),
      width: Math.max(...nodes.map(right)) - Math.min(...nodes.map((n) => n.x)),
      height: Math.max(...nodes.map(bottom)) - Math.min(...nodes.map((n) => n.y)),
    });
  });
});

describe('layoutChart edge cases', () => {
  it('lays out an empty chart as nothing', () => {
    expect(layoutChart(emptyChart(), { view: 'customer-first' })).toEqual({
      nodes: new Map(),
      bands: [],
      bounds: { x: 0, y: 0, width: 0, height: 0 },
    });
  });

  it('a lone top leader is leadership; customers alone sit in a row', () => {
    const one = layoutChart(chartOf([role('boss', null)]), { view: 'customer-first' });
    expect(node(one, 'boss').tier).toBe('leadership');
    expect(one.bands.map((b) => b.tier)).toEqual(['leadership']);
    const only = layoutChart(chartOf([], ['a', 'b']), { view: 'traditional' });
    expect(node(only, 'a').y).toBe(node(only, 'b').y);
    expect(right(node(only, 'a'))).toBeLessThan(node(only, 'b').x);
  });

  it('two rows: leaders and front line; three rows: a mostly-leaf middle row is front line', () => {
    const two = layoutChart(chartOf([role('a', null), role('b', 'a')]), { view: 'traditional' });
    expect(node(two, 'b').tier).toBe('front-line');
    const three = layoutChart(
      chartOf([role('a', null), role('b', 'a'), role('c', 'a'), role('d', 'a'), role('e', 'b')]),
      { view: 'traditional' },
    );
    expect(node(three, 'c').tier).toBe('front-line');
    expect(node(three, 'b').tier).toBe('front-line');
    const managed = layoutChart(
      chartOf([role('a', null), role('b', 'a'), role('c', 'a'), role('e', 'b'), role('f', 'c')]),
      { view: 'traditional' },
    );
    expect(node(managed, 'b').tier).toBe('management');
  });

  it('lays out a forest left to right in document order', () => {
    const layout = layoutChart(chartOf([role('z', null), role('a', null), role('m', null)]), {
      view: 'customer-first',
    });
    expect(node(layout, 'z').x).toBeLessThan(node(layout, 'a').x);
    expect(node(layout, 'a').x).toBeLessThan(node(layout, 'm').x);
  });

  it('treats the roles on a reporting cycle as top leaders and keeps their reports below them', () => {
    const chart = chartOf([role('a', 'c'), role('b', 'a'), role('c', 'b'), role('d', 'a')]);
    const layout = layoutChart(chart, { view: 'traditional' });
    for (const id of ['a', 'b', 'c']) expect(node(layout, id).y).toBe(0);
    expect(node(layout, 'd').y).toBeGreaterThan(bottom(node(layout, 'a')));
  });

  it('ignores a customer whose id a role already uses', () => {
    const layout = layoutChart(chartOf([role('x', null)], ['x', 'y']), { view: 'traditional' });
    expect(node(layout, 'x').kind).toBe('role');
    expect(layout.nodes.size).toBe(2);
  });

  it('never throws on bad input: unknown managers, self reports and cycles become top leaders', () => {
    const bad = fc.array(
      fc.record({ id: fc.nat({ max: 20 }), manager: fc.option(fc.nat({ max: 24 })) }),
      { maxLength: 40, size: 'max' },
    );
    fc.assert(
      fc.property(bad, fc.array(fc.nat({ max: 24 }), { maxLength: 8 }), (specs, customerIds) => {
        const chart = chartOf(
          specs.map((s) => role(`x${s.id}`, s.manager === null ? null : `x${s.manager}`, ['x3'])),
          customerIds.map((c) => `x${c}`),
        );
        const layout = layoutChart(chart, { view: 'customer-first' });
        const ids = new Set([...chart.roles.map((r) => r.id), ...chart.customers.map((c) => c.id)]);
        expect(new Set(layout.nodes.keys())).toEqual(ids);
        for (const n of layout.nodes.values()) {
          expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
        }
        expect(findOverlap(layout)).toBeNull();
      }),
    );
  });
});

describe('service links', () => {
  it('between roles never move a node (they are drawn on top)', () => {
    fc.assert(
      fc.property(anyChart, ({ chart, sizes, gapX, gapY }) => {
        const roleIds = new Set(chart.roles.map((r) => r.id));
        const without = {
          ...chart,
          roles: chart.roles.map((r) => ({
            ...r,
            serves: r.serves.filter((id) => !roleIds.has(id)),
          })),
        };
        const options = {
          view: 'customer-first' as const,
          gapX,
          gapY,
          sizeOf: (_: unknown, id: string) => sizes.get(id)!,
        };
        expect(layoutChart(chart, options)).toEqual(layoutChart(without, options));
      }),
      { numRuns: 50 },
    );
  });
});
