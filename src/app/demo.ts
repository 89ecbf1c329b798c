import type { Chart } from '../domain/chart';
import { generateChart } from '../domain/samples/generate-chart';

/**
 * `?demo=1000` opens a generated retail-like chart of that many roles, in
 * memory only (never saved over the user's charts): for trying Upturn at scale
 * and for the editor benchmark.
 */
export function demoChartFromUrl(search: string = window.location.search): Chart | null {
  const value = new URLSearchParams(search).get('demo');
  if (!value) return null;
  const roles = Number(value);
  if (!Number.isInteger(roles) || roles < 1 || roles > 50_000) return null;
  const chart = generateChart({ roles, seed: 42, crossLinkShare: 0.05 });
  return { ...chart, name: `Generated chart (${roles.toLocaleString('en')} roles)` };
}

/** True when the page was opened with `?demo=N`. */
export function isDemoUrl(search: string = window.location.search): boolean {
  return new URLSearchParams(search).has('demo');
}

/**
 * True for `?demo=N&expanded`: the demo chart opens with every branch drawn
 * (no default folding), for the browser benchmark's worst case.
 */
export function isExpandedDemoUrl(search: string = window.location.search): boolean {
  const params = new URLSearchParams(search);
  return params.has('demo') && params.has('expanded');
}
