import type { Chart } from '../domain/chart';
import { generateChart } from '../domain/generate-chart';

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
