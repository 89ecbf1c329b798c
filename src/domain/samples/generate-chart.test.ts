import { describe, expect, it } from 'vitest';
import type { Chart } from '../chart';
import { generateChart, mulberry32 } from './generate-chart';

/** Depth of each role and its division (the depth-1 role above it), from reportsTo alone. */
function shape(chart: Chart) {
  const byId = new Map(chart.roles.map((r) => [r.id, r]));
  const reports = new Map<string, number>();
  const depth = new Map<string, number>();
  const division = new Map<string, string>();
  for (const role of chart.roles) {
    if (role.reportsTo !== null)
      reports.set(role.reportsTo, (reports.get(role.reportsTo) ?? 0) + 1);
    let d = 0;
    let top = role.id;
    for (let m = role.reportsTo; m !== null; m = byId.get(m)!.reportsTo) {
      d++;
      if (byId.get(m)!.reportsTo !== null) top = m;
      if (d > chart.roles.length) throw new Error(`reporting cycle at ${role.id}`);
    }
    depth.set(role.id, d);
    division.set(role.id, top);
  }
  return { byId, reports, depth, division, levels: Math.max(0, ...depth.values()) + 1 };
}

describe('generateChart', () => {
  it('is deterministic by seed', () => {
    const options = { roles: 500, seed: 42, crossLinkShare: 0.05 };
    expect(generateChart(options)).toEqual(generateChart(options));
    expect(generateChart({ ...options, seed: 43 }).roles).not.toEqual(generateChart(options).roles);
  });

  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let k = 0; k < 1000; k++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it.each([0, 1, 2, 9, 300, 1000, 10_000, 50_000])('makes a valid tree of %i roles', (n) => {
    const chart = generateChart({ roles: n, seed: n, crossLinkShare: 0.05 });
    expect(chart.roles).toHaveLength(n);
    const ids = new Set([...chart.roles.map((r) => r.id), ...chart.customers.map((c) => c.id)]);
    expect(ids.size).toBe(n + chart.customers.length);
    const { byId, reports, levels } = shape(chart);
    expect(chart.roles.filter((r) => r.reportsTo === null)).toHaveLength(Math.min(n, 1));
    const problems = chart.roles.filter(
      (role) =>
        (role.reportsTo !== null && !byId.has(role.reportsTo)) ||
        role.serves.some((target) => !ids.has(target)) ||
        role.title.trim() === '' ||
        !Number.isInteger(role.headcount) ||
        role.headcount < 1,
    );
    expect(problems).toEqual([]);
    // Spans of 3–8; only the manager filled last may get fewer (the budget ran out).
    const spans = [...reports.values()];
    expect(spans.every((s) => s <= 8)).toBe(true);
    expect(spans.filter((s) => s < 3).length).toBeLessThanOrEqual(1);
    if (n >= 300) {
      expect(levels).toBeGreaterThanOrEqual(4);
      expect(levels).toBeLessThanOrEqual(8);
    }
  });

  it('front-line roles serve customers; staff roles serve nothing', () => {
    const chart = generateChart({ roles: 2000, seed: 5 });
    const { reports } = shape(chart);
    const leaves = chart.roles.filter((r) => !reports.has(r.id));
    const customerIds = new Set(chart.customers.map((c) => c.id));
    const serving = leaves.filter((r) => r.serves.some((id) => customerIds.has(id)));
    const silent = leaves.filter((r) => r.serves.length === 0);
    expect(serving.length + silent.length).toBe(leaves.length);
    expect(serving.length / leaves.length).toBeGreaterThan(0.8);
    expect(silent.length).toBeGreaterThan(0);
    const managers = chart.roles.filter((r) => reports.has(r.id));
    expect(managers.every((r) => r.serves.length === 0)).toBe(true);
    // Several roles serve each customer; some roles serve two.
    for (const id of customerIds) {
      expect(serving.filter((r) => r.serves.includes(id)).length).toBeGreaterThan(10);
    }
    expect(serving.some((r) => r.serves.length === 2)).toBe(true);
  });

  it('gives crossLinkShare of the roles a service link into another division', () => {
    const chart = generateChart({ roles: 4000, seed: 11, crossLinkShare: 0.05 });
    const { byId, division } = shape(chart);
    const links = chart.roles.flatMap((r) =>
      r.serves.filter((id) => byId.has(id)).map((to) => [r.id, to] as const),
    );
    expect(links.length).toBeGreaterThan(0.9 * 200);
    expect(links.length).toBeLessThanOrEqual(200);
    expect(new Set(links.map(([from]) => from)).size).toBe(links.length);
    for (const [from, to] of links) expect(division.get(from)).not.toBe(division.get(to));
    const plain = generateChart({ roles: 4000, seed: 11 });
    expect(plain.roles.every((r) => r.serves.every((id) => !byId.has(id)))).toBe(true);
  });

  it('makes the number of customers asked for', () => {
    expect(generateChart({ roles: 100, seed: 1, customers: 5 }).customers).toHaveLength(5);
    const none = generateChart({ roles: 100, seed: 1, customers: 0 });
    expect(none.customers).toEqual([]);
    expect(none.roles.every((r) => r.serves.length === 0)).toBe(true);
  });
});
