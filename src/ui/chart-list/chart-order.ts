/**
 * The chart list's order: every chart in the library's order (most recently
 * edited first), each scenario right under its base, one level deeper. A
 * scenario whose base is gone is listed at the top level.
 */
import type { ChartSummary } from '../../editor/persistence/chart-library';

export interface ListedChart {
  chart: ChartSummary;
  /** 0 for a chart, 1 for a scenario of it, 2 for a scenario of that one… */
  depth: number;
  /** The base's name when this chart is a scenario listed under it. */
  baseName: string | null;
}

export function orderCharts(charts: readonly ChartSummary[]): ListedChart[] {
  const byId = new Map(charts.map((chart) => [chart.id, chart]));
  const children = new Map<string, ChartSummary[]>();
  const roots: ChartSummary[] = [];
  for (const chart of charts) {
    const base = chart.baseId !== undefined ? byId.get(chart.baseId) : undefined;
    if (base && base.id !== chart.id) {
      const list = children.get(base.id);
      if (list) list.push(chart);
      else children.set(base.id, [chart]);
    } else roots.push(chart);
  }
  const result: ListedChart[] = [];
  const seen = new Set<string>();
  const visit = (chart: ChartSummary, depth: number, baseName: string | null) => {
    if (seen.has(chart.id)) return;
    seen.add(chart.id);
    result.push({ chart, depth, baseName });
    for (const child of children.get(chart.id) ?? []) visit(child, depth + 1, chart.name);
  };
  for (const root of roots) visit(root, 0, null);
  // Scenarios of each other in a ring (only damage makes one) are still listed.
  for (const chart of charts) visit(chart, 0, null);
  return result;
}
