import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart, TreeView as View } from '../../domain/chart';
import { layoutChart, type Layout, type PlacedNode } from '../layout';
import { anyChart, chartOf, role, type RandomChart } from '../__fixtures__/test-charts';
import { routeLinks, type LinkEnds, type Point } from './link-routes';

const VIEWS: View[] = ['customer-first', 'traditional'];
const ROLE = { width: 208, height: 92 };
const CUSTOMER = { width: 188, height: 60 };

/** Every link the canvas draws: each reporting line to a known manager and each service link. */
function linksOf(chart: Chart): LinkEnds[] {
  const ids = new Set([...chart.roles.map((r) => r.id), ...chart.customers.map((c) => c.id)]);
  const links: LinkEnds[] = [];
  for (const r of chart.roles) {
    if (r.reportsTo !== null && ids.has(r.reportsTo) && r.reportsTo !== r.id) {
      links.push({ id: `r:${r.id}`, kind: 'reporting', from: r.id, to: r.reportsTo });
    }
    for (const to of r.serves) {
      if (ids.has(to) && to !== r.id) {
        links.push({ id: `s:${r.id}->${to}`, kind: 'service', from: r.id, to });
      }
    }
  }
  return links;
}

/** Laid out as the canvas does: one size per kind, aiming at a window's shape. */
function layOut(random: RandomChart, view: View, targetAspect: number): Layout {
  return layoutChart(random.chart, {
    view,
    gapX: Math.max(random.gapX, 8),
    gapY: Math.max(random.gapY, 16),
    targetAspect,
    sizeOf: (kind) => (kind === 'role' ? ROLE : CUSTOMER),
  });
}

/** The first card (not `except`) whose inside an axis-aligned segment passes through. */
function cardCrossed(
  layout: Layout,
  a: Point,
  b: Point,
  except: ReadonlySet<string>,
): PlacedNode | null {
  const e = 0.5;
  for (const n of layout.nodes.values()) {
    if (except.has(n.id)) continue;
    const inX = Math.max(a.x, b.x) > n.x + e && Math.min(a.x, b.x) < n.x + n.width - e;
    const inY = Math.max(a.y, b.y) > n.y + e && Math.min(a.y, b.y) < n.y + n.height - e;
    if (inX && inY) return n;
  }
  return null;
}

const onEdgeOf = (n: PlacedNode, p: Point): boolean => {
  const e = 0.01;
  const withinX = p.x >= n.x - e && p.x <= n.x + n.width + e;
  const withinY = p.y >= n.y - e && p.y <= n.y + n.height + e;
  const onX = Math.abs(p.x - n.x) < e || Math.abs(p.x - n.x - n.width) < e;
  const onY = Math.abs(p.y - n.y) < e || Math.abs(p.y - n.y - n.height) < e;
  return (onX && withinY) || (onY && withinX);
};

describe('link routes (random charts and forests, both views)', () => {
  const routeCase = fc.record({
    random: anyChart,
    target: fc.double({ min: 0.3, max: 6, noNaN: true }),
  });

  /** Runs `check` on `numRuns` random charts, each laid out and routed in both views. */
  const forEachRouting = (
    numRuns: number,
    check: (view: View, layout: Layout, links: LinkEnds[], routes: Map<string, Point[]>) => void,
  ) =>
    fc.assert(
      fc.property(routeCase, ({ random, target }) => {
        for (const view of VIEWS) {
          const layout = layOut(random, view, target);
          const links = linksOf(random.chart);
          check(view, layout, links, routeLinks(layout, view, links));
        }
      }),
      { numRuns },
    );

  it('no link passes through a card it does not connect; every segment is horizontal or vertical', () => {
    forEachRouting(30, (view, layout, links, routes) => {
      expect(routes.size).toBe(links.length);
      for (const link of links) {
        const points = routes.get(link.id)!;
        const ends = new Set([link.from, link.to]);
        for (let k = 1; k < points.length; k++) {
          const a = points[k - 1]!;
          const b = points[k]!;
          expect(Math.abs(a.x - b.x) < 1e-6 || Math.abs(a.y - b.y) < 1e-6).toBe(true);
          const crossed = cardCrossed(layout, a, b, ends);
          if (crossed) {
            throw new Error(`${link.id} crosses ${crossed.id} (${view}) at segment ${k}`);
          }
        }
      }
    });
  });

  it('runs from the edge of one end to the edge of the other, as the canvas draws the edge', () => {
    forEachRouting(40, (view, layout, links, routes) => {
      for (const link of links) {
        const points = routes.get(link.id)!;
        // Customer first the manager supports its report (source = manager); traditional the report points at it.
        const managerFirst = link.kind === 'reporting' && view === 'customer-first';
        const source = layout.nodes.get(managerFirst ? link.to : link.from)!;
        const target = layout.nodes.get(managerFirst ? link.from : link.to)!;
        expect(onEdgeOf(source, points[0]!)).toBe(true);
        expect(onEdgeOf(target, points[points.length - 1]!)).toBe(true);
      }
    });
  });

  it('is deterministic: the same layout and links give the same routes', () => {
    fc.assert(
      fc.property(routeCase, ({ random, target }) => {
        const layout = layOut(random, 'customer-first', target);
        const links = linksOf(random.chart);
        expect(routeLinks(layout, 'customer-first', links)).toEqual(
          routeLinks(layout, 'customer-first', links),
        );
      }),
      { numRuns: 20 },
    );
  });
});

describe('link routes on a small chart', () => {
  it('reaches a stacked report along the bus left of its column and enters it from the side', () => {
    const chart = chartOf(
      [role('boss', null), role('a', 'boss'), role('b', 'boss'), role('c', 'boss')],
      [],
    );
    chart.roles = chart.roles.map((r) =>
      r.id === 'boss' ? { ...r, reportsLayout: 'stacked' } : r,
    );
    const layout = layoutChart(chart, {
      view: 'customer-first',
      gapX: 24,
      sizeOf: (kind) => (kind === 'role' ? ROLE : CUSTOMER),
    });
    const c = layout.nodes.get('c')!;
    expect(c.busX).toBeLessThan(c.x);
    const route = routeLinks(layout, 'customer-first', [
      { id: 'r:c', kind: 'reporting', from: 'c', to: 'boss' },
    ]).get('r:c')!;
    const last = route[route.length - 1]!;
    const before = route[route.length - 2]!;
    expect(last).toEqual({ x: c.x, y: c.y + c.height / 2 });
    expect(before).toEqual({ x: c.busX, y: c.y + c.height / 2 });
  });
});
