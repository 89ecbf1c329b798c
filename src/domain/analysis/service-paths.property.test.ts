/**
 * Properties of the service-path analysis on random charts, checked against a
 * naive reference written here from DESIGN.md's definitions (plain arrays and a
 * BFS per role), so the fast indexed implementation has something to disagree with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart, Role } from '../chart';
import { analyseChart, type FlagKind } from './service-paths';

/** A small deterministic PRNG, so a shuffle is part of the shrinkable input. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const roleSpec = fc.record({
  manager: fc.option(fc.nat(), { nil: null, freq: 6 }),
  // Most roles serve no one directly, so charts mix roles with and without a path.
  serves: fc.oneof(
    { arbitrary: fc.constant<[boolean, number][]>([]), weight: 3 },
    // [aim at a customer?, which one]: aiming half the links at customers keeps paths common.
    {
      arbitrary: fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 3 }),
      weight: 2,
    },
  ),
  headcount: fc.integer({ min: 1, max: 40 }),
});

/**
 * Random charts: a forest (a role's manager is created before it, then the
 * document order is shuffled), 0-4 customers, serves links to any role or
 * customer. With `bad`, managers may be anyone (cycles, self) and ids may be unknown.
 */
function chartArbitrary(bad: boolean): fc.Arbitrary<Chart> {
  return fc
    .record({
      // size 'max': fast-check otherwise keeps arrays to about ten items.
      specs: fc.array(roleSpec, { maxLength: 300, size: 'max' }),
      customers: fc.oneof(
        { arbitrary: fc.constant(0), weight: 1 },
        { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 6 },
      ),
      seed: fc.nat(),
      farThreshold: fc.integer({ min: 0, max: 6 }),
      spanThreshold: fc.integer({ min: 1, max: 12 }),
    })
    .map(({ specs, customers, seed, farThreshold, spanThreshold }) => {
      const n = specs.length;
      const targets = [
        ...specs.map((_, i) => `r${i}`),
        ...Array.from({ length: customers }, (_, j) => `c${j}`),
        ...(bad ? ['ghost'] : []),
      ];
      const roles: Role[] = specs.map((spec, i) => {
        let reportsTo: string | null = null;
        if (spec.manager !== null && bad)
          reportsTo = spec.manager % 7 === 0 ? 'ghost' : `r${spec.manager % n}`;
        else if (spec.manager !== null && i > 0) reportsTo = `r${spec.manager % i}`;
        const serves = spec.serves
          .map(([toCustomer, t]) =>
            toCustomer && customers > 0 ? `c${t % customers}` : targets[t % targets.length]!,
          )
          .filter((id) => bad || id !== `r${i}`);
        return { id: `r${i}`, title: `Role ${i}`, headcount: spec.headcount, reportsTo, serves };
      });
      return {
        name: 'Random',
        customers: Array.from({ length: customers }, (_, j) => ({
          id: `c${j}`,
          name: `Customers ${j}`,
        })),
        roles: shuffled(roles, seed),
        settings: { farThreshold, spanThreshold },
      };
    });
}

/** The service graph straight from DESIGN.md: what a role serves, then its reports, unknown ids and self links left out. */
function reference(chart: Chart) {
  const customers = new Set(chart.customers.map((c) => c.id));
  const roleIds = new Set(chart.roles.map((r) => r.id));
  const out = new Map<string, string[]>();
  for (const r of chart.roles) {
    const served = r.serves.filter((t) => t !== r.id && (roleIds.has(t) || customers.has(t)));
    const reports = chart.roles
      .filter((x) => x.reportsTo === r.id && x.id !== r.id)
      .map((x) => x.id);
    out.set(r.id, [...served, ...reports]);
  }
  /** BFS forward from one role until the first customer. */
  const distanceOf = (start: string): number | null => {
    const seen = new Set([start]);
    let frontier = [start];
    for (let d = 0; frontier.length > 0; d++) {
      if (frontier.some((id) => customers.has(id))) return d;
      const next: string[] = [];
      for (const id of frontier)
        for (const t of out.get(id) ?? [])
          if (!seen.has(t)) {
            seen.add(t);
            next.push(t);
          }
      frontier = next;
    }
    return null;
  };
  const distance = new Map(chart.roles.map((r) => [r.id, distanceOf(r.id)]));
  const distanceTo = (id: string) => (customers.has(id) ? 0 : (distance.get(id) ?? null));
  return { out, customers, distance, distanceTo };
}

const runs = { numRuns: 60 };

describe('analyseChart on random charts', () => {
  it('finds a path exactly when a customer is reachable, at the true shortest distance', () => {
    fc.assert(
      fc.property(chartArbitrary(false), (chart) => {
        const { distance } = reference(chart);
        const analysis = analyseChart(chart);
        for (const r of chart.roles) {
          const got = analysis.roles.get(r.id)!;
          expect(got.distance).toBe(distance.get(r.id));
          expect(got.hasPath).toBe(distance.get(r.id) !== null);
        }
      }),
      runs,
    );
  });

  it('gives each path as a walk in the service graph with distance edges, ties broken in the role’s order', () => {
    fc.assert(
      fc.property(chartArbitrary(false), (chart) => {
        const { out, customers, distanceTo } = reference(chart);
        for (const [id, role] of analyseChart(chart).roles) {
          if (role.distance === null) {
            expect(role.path).toEqual([]);
            continue;
          }
          expect(role.path).toHaveLength(role.distance + 1);
          expect(role.path[0]).toBe(id);
          expect(customers.has(role.path.at(-1)!)).toBe(true);
          for (let k = 0; k + 1 < role.path.length; k++) {
            expect(out.get(role.path[k]!)).toContain(role.path[k + 1]);
          }
          const firstCloser = out.get(id)!.find((t) => distanceTo(t) === role.distance! - 1);
          expect(role.path[1]).toBe(firstCloser);
        }
      }),
      runs,
    );
  });

  it('computes figures and flags that agree with a straightforward recomputation', () => {
    fc.assert(
      fc.property(chartArbitrary(false), (chart) => {
        const { distance } = reference(chart);
        const analysis = analyseChart(chart);
        const reportsOf = (id: string) => chart.roles.filter((r) => r.reportsTo === id).length;
        const depthOf = (r: Role): number => {
          const manager = chart.roles.find((m) => m.id === r.reportsTo);
          return manager ? 1 + depthOf(manager) : 0;
        };
        const withPath = chart.roles.filter((r) => distance.get(r.id) !== null);
        const distances = withPath.map((r) => distance.get(r.id)!);
        const spans = chart.roles
          .map((r) => reportsOf(r.id))
          .filter((s) => s > 0)
          .sort((a, b) => a - b);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        const headcount = sum(chart.roles.map((r) => r.headcount));
        const headcountWithPath = sum(withPath.map((r) => r.headcount));
        const mid = spans.length / 2;
        const f = analysis.figures;
        expect(f).toMatchObject({
          roles: chart.roles.length,
          headcount,
          rolesWithPath: withPath.length,
          headcountWithPath,
          maxDistance: distances.length ? Math.max(...distances) : null,
          layers: chart.roles.length ? 1 + Math.max(...chart.roles.map(depthOf)) : 0,
          managers: spans.length,
          spanMin: spans.length ? spans[0] : null,
          spanMax: spans.length ? spans.at(-1) : null,
          spanMedian: !spans.length
            ? null
            : spans.length % 2
              ? spans[Math.floor(mid)]
              : (spans[mid - 1]! + spans[mid]!) / 2,
        });
        expect(f.meanDistance).toBe(distances.length ? sum(distances) / distances.length : null);
        expect(f.shareRolesWithPath).toBe(
          chart.roles.length ? withPath.length / chart.roles.length : 1,
        );
        expect(f.shareHeadcountWithPath).toBe(headcount ? headcountWithPath / headcount : 1);
        for (const r of chart.roles) expect(analysis.roles.get(r.id)?.depth).toBe(depthOf(r));

        const expected: string[] = [];
        for (const r of chart.roles) {
          const d = distance.get(r.id) ?? null;
          const reports = reportsOf(r.id);
          const kinds: [boolean, FlagKind][] = [
            [d === null, 'no-path'],
            [d !== null && reports === 0 && d > chart.settings.farThreshold, 'far'],
            [reports === 1, 'span-one'],
            [reports > chart.settings.spanThreshold, 'wide-span'],
          ];
          for (const [when, kind] of kinds) if (when) expected.push(`${r.id}:${kind}`);
        }
        expect(analysis.flags.map((x) => `${x.roleId}:${x.kind}`)).toEqual(expected);
        for (const flag of analysis.flags) {
          const title = chart.roles.find((r) => r.id === flag.roleId)!.title;
          expect(flag.message.startsWith(`${title} `)).toBe(true);
          expect(analysis.flagsByRole.get(flag.roleId)).toContain(flag);
        }
        expect(sum([...analysis.flagsByRole.values()].map((l) => l.length))).toBe(
          analysis.flags.length,
        );
      }),
      runs,
    );
  });

  it('gives every role the same distance whatever the document order', () => {
    fc.assert(
      fc.property(chartArbitrary(false), fc.nat(), (chart, seed) => {
        const before = analyseChart(chart);
        const after = analyseChart({ ...chart, roles: shuffled(chart.roles, seed) });
        for (const [id, role] of before.roles) {
          expect(after.roles.get(id)).toMatchObject({
            distance: role.distance,
            reports: role.reports,
            depth: role.depth,
          });
        }
      }),
      runs,
    );
  });

  it('terminates on bad stored data and still finds the true distances', () => {
    fc.assert(
      fc.property(chartArbitrary(true), (chart) => {
        const { distance } = reference(chart);
        const analysis = analyseChart(chart);
        for (const r of chart.roles) {
          const got = analysis.roles.get(r.id)!;
          expect(got.distance).toBe(distance.get(r.id));
          // A role that names itself as manager is not its own report.
          expect(got.reports).toBe(
            chart.roles.filter((x) => x.reportsTo === r.id && x !== r).length,
          );
          expect(got.depth).toBeGreaterThanOrEqual(0);
          expect(got.depth).toBeLessThan(chart.roles.length);
        }
        expect(analysis.figures.layers).toBeLessThanOrEqual(chart.roles.length);
      }),
      runs,
    );
  });
});
