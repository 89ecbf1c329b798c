/**
 * Upturn's performance bench: `npx tsx bench/run.ts`.
 *
 * Median times (after a warm-up) of the service-path analysis and the layout
 * on generated charts of 1,000, 10,000 and 50,000 roles, as plain trees and
 * with 5% service links across the hierarchy, side by side and compact
 * (reports stacked into blocks, shaped toward 16:10), plus dagre on the 1,000-role
 * charts as a reference, and the difference of two 10,000-role charts (issue
 * 12). Ends with the target lines (PASS/FAIL).
 */
import os from 'node:os';
import { generateChart } from '../src/domain/samples/generate-chart';
import { analyseChart } from '../src/domain/analysis/service-paths';
import { layoutChart } from '../src/layout/layout';
import { dagreLayout } from './dagre-baseline';
import { diffCharts } from '../src/domain/diff/chart-diff';
import { changeList } from '../src/domain/scenarios/change-list';

const SIZES = [1_000, 10_000, 50_000];
const VARIANTS = [
  { name: 'tree', crossLinkShare: 0 },
  { name: '5% links', crossLinkShare: 0.05 },
];
const SEED = 2024;
const TARGET_ROLES = 10_000;
const TARGET_MS = 20;
/** The shape the app aims a chart at when it does not know the window (the compact layout). */
const COMPACT_ASPECT = 16 / 10;

/** Median of `runs` timed calls, after `warmUp` untimed ones. */
function median(fn: () => unknown, runs: number, warmUp: number): number {
  for (let k = 0; k < warmUp; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const format = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

type Row = Record<string, string>;
const rows: Record<string, Row> = {
  analysis: {},
  'layout, customer first': {},
  'layout, traditional': {},
  'compact layout, customer first (16:10)': {},
  'analysis + layout': {},
  'analysis + compact layout (16:10)': {},
  'dagre, all links (reference)': {},
  'dagre, reporting lines only': {},
};
const targetTimes: number[] = [];

// Warm the JIT on a mid-sized chart first, so the small charts are not timed
// while V8 is still compiling.
const warmChart = generateChart({ roles: 5_000, seed: SEED + 1, crossLinkShare: 0.05 });
for (let k = 0; k < 10; k++) {
  analyseChart(warmChart);
  layoutChart(warmChart, { view: k % 2 === 0 ? 'customer-first' : 'traditional' });
  layoutChart(warmChart, { view: 'customer-first', targetAspect: COMPACT_ASPECT });
}

for (const roles of SIZES) {
  const runs = roles >= 50_000 ? 3 : 7;
  const warmUp = roles >= 50_000 ? 1 : 3;
  for (const variant of VARIANTS) {
    const column = `${roles.toLocaleString('en')} ${variant.name}`;
    const chart = generateChart({ roles, seed: SEED, crossLinkShare: variant.crossLinkShare });
    rows['analysis']![column] = format(median(() => analyseChart(chart), runs, warmUp));
    rows['layout, customer first']![column] = format(
      median(() => layoutChart(chart, { view: 'customer-first' }), runs, warmUp),
    );
    rows['layout, traditional']![column] = format(
      median(() => layoutChart(chart, { view: 'traditional' }), runs, warmUp),
    );
    rows['compact layout, customer first (16:10)']![column] = format(
      median(
        () => layoutChart(chart, { view: 'customer-first', targetAspect: COMPACT_ASPECT }),
        runs,
        warmUp,
      ),
    );
    const compactBoth = median(
      () => {
        analyseChart(chart);
        layoutChart(chart, { view: 'customer-first', targetAspect: COMPACT_ASPECT });
      },
      runs,
      warmUp,
    );
    rows['analysis + compact layout (16:10)']![column] = format(compactBoth);
    if (roles === TARGET_ROLES) targetTimes.push(compactBoth);
    const both = median(
      () => {
        analyseChart(chart);
        layoutChart(chart, { view: 'customer-first' });
      },
      runs,
      warmUp,
    );
    rows['analysis + layout']![column] = format(both);
    if (roles === TARGET_ROLES) targetTimes.push(both);
    // dagre takes seconds at 1,000 roles and grows steeply (PERFORMANCE.md:
    // 16 s at 10,000 on reporting lines alone), so it runs only on the
    // smallest charts; each call is long enough to need no warm-up.
    const small = roles === SIZES[0];
    rows['dagre, all links (reference)']![column] = small
      ? format(median(() => dagreLayout(chart), 3, 0))
      : '—';
    const reportingOnly = { ...chart, roles: chart.roles.map((r) => ({ ...r, serves: [] })) };
    rows['dagre, reporting lines only']![column] = small
      ? format(median(() => dagreLayout(reportingOnly), 3, 0))
      : '—';
  }
}

console.log(
  `Upturn bench: median ms (7 runs, 3 at 50,000), seed ${SEED}; ` +
    `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
    `load average ${os.loadavg()[0]!.toFixed(1)} (other work on the machine skews the figures)`,
);
console.table(rows);
const worst = Math.max(...targetTimes);
const verdict = worst <= TARGET_MS ? 'PASS' : 'FAIL';
console.log(
  `target: analysis + layout of 10,000 roles ≤ ${TARGET_MS} ms: ${verdict} ` +
    `(worst of tree and 5% links, plain and compact: ${format(worst)} ms)`,
);
if (verdict === 'FAIL') process.exitCode = 1;

// Scenarios (issue 12): the difference of two 10,000-role charts, and its change list.
const DIFF_TARGET_MS = 50;
const before = generateChart({ roles: TARGET_ROLES, seed: SEED, crossLinkShare: 0.05 });
// Another seed: the same ids in another structure, so nearly every role has changed.
const after = generateChart({ roles: TARGET_ROLES, seed: SEED + 7, crossLinkShare: 0.05 });
const diffMs = median(() => diffCharts(before, after), 7, 3);
const listMs = median(() => changeList(before, after, diffCharts(before, after)), 7, 3);
const diffVerdict = diffMs <= DIFF_TARGET_MS ? 'PASS' : 'FAIL';
console.log(
  `target: diff of two 10,000-role charts ≤ ${DIFF_TARGET_MS} ms: ${diffVerdict} ` +
    `(${format(diffMs)} ms; with the grouped change list ${format(listMs)} ms)`,
);
if (diffVerdict === 'FAIL') process.exitCode = 1;
