/**
 * Assertions the layout's property tests share: properties every layout
 * (tidy tree or compact) keeps, checked on the placed nodes alone.
 */
import { expect } from 'vitest';
import type { Chart, TreeView } from '../../domain/chart';
import type { Layout } from '../layout';
import { bottom, EPS, node } from './test-charts';

/** Every manager lies strictly below each of its reports in customer first, above in traditional. */
export function expectManagersAcrossReports(layout: Layout, chart: Chart, view: TreeView): void {
  for (const r of chart.roles) {
    if (r.reportsTo === null) continue;
    const report = node(layout, r.id);
    const manager = node(layout, r.reportsTo);
    if (view === 'customer-first') expect(bottom(report)).toBeLessThan(manager.y);
    else expect(bottom(manager)).toBeLessThan(report.y);
  }
}

/**
 * Each node has the same x and tier in both views, and its y is mirrored:
 * a.y = axis - b.y - height for one axis shared by every node. Returns that
 * axis (null for an empty layout).
 */
export function expectMirrored(first: Layout, trad: Layout): number | null {
  let axis: number | null = null;
  for (const [id, a] of first.nodes) {
    const b = node(trad, id);
    expect(a.x).toBe(b.x);
    expect(a.tier).toBe(b.tier);
    const sum = a.y + b.y + a.height;
    axis ??= sum;
    expect(Math.abs(sum - axis)).toBeLessThan(EPS);
  }
  return axis;
}

/** Every node lies inside the band of its tier. */
export function expectNodesInBands(layout: Layout): void {
  const bandOf = new Map(layout.bands.map((band) => [band.tier, band]));
  const outside = [...layout.nodes.values()].filter((n) => {
    const band = bandOf.get(n.tier)!;
    return n.y < band.y - EPS || bottom(n) > band.y + band.height + EPS;
  });
  expect(outside).toEqual([]);
}
