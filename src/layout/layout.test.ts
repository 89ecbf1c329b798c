import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TreeView } from '../domain/chart';
import { layoutChart, type Layout } from './layout';
import {
  anyChart,
  arbitraryChart,
  bottom,
  centreX,
  EPS,
  findOverlap,
  hierarchyOf,
  node,
  right,
  role,
  subtreeOf,
  type Hierarchy,
  type RandomChart,
} from './__fixtures__/test-charts';
import {
  expectManagersAcrossReports,
  expectMirrored,
  expectNodesInBands,
} from './__fixtures__/layout-checks';

const VIEWS: TreeView[] = ['customer-first', 'traditional'];

function layOut({ chart, sizes, gapX, gapY }: RandomChart, view: TreeView): Layout {
  return layoutChart(chart, { view, gapX, gapY, sizeOf: (_kind, id) => sizes.get(id)! });
}

/** For each role: the horizontal extent of its subtree on each row (depth → [left, right]). */
function rowExtents(layout: Layout, h: Hierarchy): Map<string, Map<number, [number, number]>> {
  const out = new Map<string, Map<number, [number, number]>>();
  const visit = (id: string): Map<number, [number, number]> => {
    const n = node(layout, id);
    const own = new Map<number, [number, number]>([[h.depth.get(id)!, [n.x, right(n)]]]);
    for (const report of h.reports.get(id)!) {
      for (const [d, [l, r]] of visit(report)) {
        const cur = own.get(d);
        own.set(d, cur ? [Math.min(cur[0], l), Math.max(cur[1], r)] : [l, r]);
      }
    }
    out.set(id, own);
    return own;
  };
  for (const top of h.topLeaders) visit(top);
  return out;
}

describe('layoutChart properties (random charts up to 250 roles)', () => {
  it('customer first: customers above all roles; traditional: below', () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        const { chart } = random;
        for (const view of VIEWS) {
          const layout = layOut(random, view);
          const customers = chart.customers.map((c) => node(layout, c.id));
          const roles = chart.roles.map((r) => node(layout, r.id));
          if (customers.length === 0 || roles.length === 0) continue;
          if (view === 'customer-first') {
            const lowestCustomer = Math.max(...customers.map(bottom));
            expect(lowestCustomer).toBeLessThan(Math.min(...roles.map((n) => n.y)));
          } else {
            const highestCustomer = Math.min(...customers.map((n) => n.y));
            expect(highestCustomer).toBeGreaterThan(Math.max(...roles.map(bottom)));
          }
        }
      }),
    );
  });

  it('every manager is strictly below each report in customer first, above in traditional', () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        for (const view of VIEWS) {
          expectManagersAcrossReports(layOut(random, view), random.chart, view);
        }
      }),
    );
  });

  it('no two nodes overlap', () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        expect(findOverlap(layOut(random, 'customer-first'))).toBeNull();
      }),
    );
  });

  it("a manager's centre lies within its reports' subtree, horizontally", () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        const layout = layOut(random, 'traditional');
        const h = hierarchyOf(random.chart);
        for (const r of random.chart.roles) {
          const below = subtreeOf(h, r.id).filter((id) => id !== r.id);
          if (below.length === 0) continue;
          const left = Math.min(...below.map((id) => node(layout, id).x));
          const rightEdge = Math.max(...below.map((id) => right(node(layout, id))));
          const c = centreX(node(layout, r.id));
          expect(c).toBeGreaterThanOrEqual(left - EPS);
          expect(c).toBeLessThanOrEqual(rightEdge + EPS);
        }
      }),
    );
  });

  it('sibling subtrees (and top-level trees) do not interleave, in document order', () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        const layout = layOut(random, 'customer-first');
        const h = hierarchyOf(random.chart);
        const extents = rowExtents(layout, h);
        const groups = [h.topLeaders, ...h.reports.values()];
        for (const siblings of groups) {
          for (let i = 0; i < siblings.length; i++) {
            for (let j = i + 1; j < siblings.length; j++) {
              const a = extents.get(siblings[i]!)!;
              const b = extents.get(siblings[j]!)!;
              for (const [d, [, aRight]] of a) {
                const bRow = b.get(d);
                if (bRow) expect(aRight).toBeLessThanOrEqual(bRow[0] + EPS);
              }
            }
          }
        }
      }),
    );
  });

  it('same x in both views; y is mirrored (and so are the bands)', () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        const first = layOut(random, 'customer-first');
        const trad = layOut(random, 'traditional');
        const axis = expectMirrored(first, trad);
        expect(first.bands.length).toBe(trad.bands.length);
        const reversed = [...trad.bands].reverse();
        first.bands.forEach((band, k) => {
          const other = reversed[k]!;
          expect(band.tier).toBe(other.tier);
          if (axis !== null) expect(band.y + other.y + band.height).toBeCloseTo(axis, 6);
        });
      }),
    );
  });

  it('tiers go by row: leadership on top, front line at the foot, and bands cover their nodes', () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        const h = hierarchyOf(random.chart);
        const rows = h.depth.size === 0 ? 0 : Math.max(...h.depth.values()) + 1;
        const roles = new Array<number>(rows).fill(0);
        const leaves = new Array<number>(rows).fill(0);
        for (const [id, d] of h.depth) {
          roles[d]!++;
          if (h.reports.get(id)!.length === 0) leaves[d]!++;
        }
        // The rule, restated: leadership rows first, then front line up from the foot.
        const expected: string[] = [];
        const leadershipRows = rows >= 4 ? 2 : 1;
        let frontLine = true;
        for (let d = rows - 1; d >= 0; d--) {
          if (d < leadershipRows) expected[d] = 'leadership';
          else if (frontLine && (d === rows - 1 || leaves[d]! > roles[d]! / 2)) {
            expected[d] = 'front-line';
          } else {
            frontLine = false;
            expected[d] = 'management';
          }
        }
        for (const view of VIEWS) {
          const layout = layOut(random, view);
          const wrong = [...h.depth].filter(([id, d]) => node(layout, id).tier !== expected[d]);
          expect(wrong).toEqual([]);
          for (const c of random.chart.customers) expect(node(layout, c.id).tier).toBe('customers');

          const present = new Set([...layout.nodes.values()].map((n) => n.tier));
          expect(layout.bands.map((b) => b.tier).sort()).toEqual([...present].sort());
          for (let k = 1; k < layout.bands.length; k++) {
            const above = layout.bands[k - 1]!;
            expect(above.y + above.height).toBeCloseTo(layout.bands[k]!.y, 6);
          }
          expectNodesInBands(layout);
        }
      }),
    );
  });

  it('customers keep the order of the mean centre of the roles serving them; unserved ones go right', () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        const layout = layOut(random, 'customer-first');
        const { chart } = random;
        const servers = new Map(chart.customers.map((c) => [c.id, [] as number[]]));
        for (const r of chart.roles) {
          for (const target of new Set(r.serves))
            servers.get(target)?.push(centreX(node(layout, r.id)));
        }
        const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
        const served = chart.customers
          .map((c, index) => ({ c, index, xs: servers.get(c.id)! }))
          .filter((e) => e.xs.length > 0)
          .map((e) => ({ ...e, wanted: mean(e.xs) }))
          .sort((a, b) => a.wanted - b.wanted || a.index - b.index);
        const unserved = chart.customers.filter((c) => servers.get(c.id)!.length === 0);
        const ordered = [...served.map((e) => e.c), ...unserved].map((c) => node(layout, c.id));
        for (let k = 1; k < ordered.length; k++) {
          expect(right(ordered[k - 1]!)).toBeLessThanOrEqual(ordered[k]!.x + EPS);
        }
        const rolesRight = Math.max(...chart.roles.map((r) => right(node(layout, r.id))));
        for (const c of unserved) expect(node(layout, c.id).x).toBeGreaterThan(rolesRight);
        // A customer alone on its row sits exactly over the mean of its servers.
        if (served.length === 1) expect(centreX(ordered[0]!)).toBeCloseTo(served[0]!.wanted, 6);
      }),
    );
  });

  it('is deterministic: the same chart (even a copy) gives the same positions', () => {
    fc.assert(
      fc.property(anyChart, (random) => {
        const a = layOut(random, 'customer-first');
        const b = layOut({ ...random, chart: structuredClone(random.chart) }, 'customer-first');
        expect([...b.nodes.entries()]).toEqual([...a.nodes.entries()]);
        expect(b.bands).toEqual(a.bands);
        expect(b.bounds).toEqual(a.bounds);
      }),
      { numRuns: 50 },
    );
  });

  it('adding a leaf: nothing above its row moves vertically, no role moves at all when its row is tall enough, and every subtree off its management line moves only rigidly', () => {
    const edit = fc.record({
      manager: fc.nat(),
      top: fc.boolean(),
      position: fc.nat(),
      width: fc.integer({ min: 40, max: 320 }),
      height: fc.integer({ min: 24, max: 140 }),
    });
    fc.assert(
      fc.property(arbitraryChart(150), edit, fc.constantFrom(...VIEWS), (random, e, view) => {
        const { chart } = random;
        const manager =
          e.top || chart.roles.length === 0
            ? null
            : chart.roles[e.manager % chart.roles.length]!.id;
        const roles = [...chart.roles];
        roles.splice(e.position % (roles.length + 1), 0, role('new', manager));
        const sizes = new Map(random.sizes).set('new', { width: e.width, height: e.height });
        const before = layOut(random, view);
        const after = layOut({ ...random, chart: { ...chart, roles }, sizes }, view);

        const h = hierarchyOf(chart);
        const newDepth = manager === null ? 0 : h.depth.get(manager)! + 1;
        const rowHeight = Math.max(
          0,
          ...[...h.depth].filter(([, d]) => d === newDepth).map(([id]) => sizes.get(id)!.height),
        );
        const rowTallEnough = rowHeight >= e.height;
        for (const [id, d] of h.depth) {
          if (d < newDepth || rowTallEnough) expect(node(after, id).y).toBe(node(before, id).y);
        }
        if (rowTallEnough) {
          for (const c of chart.customers) expect(node(after, c.id).y).toBe(node(before, c.id).y);
        }

        const line = new Set<string>();
        for (let m = manager; m !== null; m = chart.roles.find((r) => r.id === m)!.reportsTo) {
          line.add(m);
        }
        for (const r of chart.roles) {
          if (line.has(r.id)) continue;
          const dx = node(after, r.id).x - node(before, r.id).x;
          for (const id of subtreeOf(h, r.id)) {
            expect(Math.abs(node(after, id).x - node(before, id).x - dx)).toBeLessThan(EPS);
          }
        }
      }),
    );
  });
});
