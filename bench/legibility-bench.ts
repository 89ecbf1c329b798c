/**
 * The legibility benchmark (issue 9): `npm run bench:legibility`.
 *
 * Opens charts in Chromium against the production build, lets the app fit
 * them (its own Fit view), and prints one table: the on-screen height of role
 * titles (min and median, px: the height of the first line box of each title's
 * text, from its bounding client rect), how many titles were measured, and
 * the size of the chart on screen (the box around every node's bounding box,
 * or, when a big chart draws its overview instead of nodes, the layout's
 * bounds times the zoom) against the canvas. Asserts nothing; ends with the
 * issue's targets, PASS or FAIL.
 *
 * Cases: the sample chart at 1440×900; a generated 150-role chart (3–8
 * reports per manager, `?demo=150`); 2,000 roles, every branch expanded; the
 * aspect ratio of 10,000 roles as the app lays them out for a 1440×900
 * canvas; the sample chart in Present at 1920×1080.
 */
import type { Page } from '@playwright/test';
import { startBench, type BenchBrowser } from './browser-harness';
import { generateChart } from '../src/domain/samples/generate-chart';
import { layoutOf } from '../src/editor/derived';
import { demoChartFromUrl } from '../src/app/demo';
import type { Chart } from '../src/domain/chart';

const PORT = Number(process.env.UPTURN_BENCH_PORT || 4185);

interface Measured {
  titles: number;
  min: number;
  median: number;
  chart: { width: number; height: number };
  canvas: { width: number; height: number };
  zoom: number;
}

/** Waits until the viewport's transform has not changed for `quietMs` (a fit or glide is over). */
async function settled(page: Page, quietMs = 400): Promise<void> {
  await page.waitForFunction(
    `(() => {
      const viewport = document.querySelector('.react-flow__viewport');
      const now = viewport ? getComputedStyle(viewport).transform : '';
      const last = window.__benchLast;
      const t = performance.now();
      if (!last || last.value !== now) { window.__benchLast = { value: now, since: t }; return false; }
      return t - last.since >= ${quietMs} && !document.querySelector('.is-gliding');
    })()`,
    undefined,
    { polling: 50, timeout: 30_000 },
  );
}

async function measureScreen(page: Page): Promise<Measured> {
  return page.evaluate(`(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const heights = [];
    for (const title of document.querySelectorAll('.react-flow__node-role .upturn-node-title')) {
      const range = document.createRange();
      range.selectNodeContents(title);
      const first = range.getClientRects()[0];
      const box = title.getBoundingClientRect();
      if (!first || box.bottom < pane.top || box.top > pane.bottom || box.right < pane.left || box.left > pane.right) continue;
      heights.push(first.height);
    }
    heights.sort((a, b) => a - b);
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const box = node.getBoundingClientRect();
      left = Math.min(left, box.left); top = Math.min(top, box.top);
      right = Math.max(right, box.right); bottom = Math.max(bottom, box.bottom);
    }
    const mid = Math.floor(heights.length / 2);
    return {
      titles: heights.length,
      min: heights.length ? heights[0] : NaN,
      median: heights.length ? (heights.length % 2 ? heights[mid] : (heights[mid - 1] + heights[mid]) / 2) : NaN,
      chart: Number.isFinite(left) ? { width: right - left, height: bottom - top } : { width: 0, height: 0 },
      canvas: { width: pane.width, height: pane.height },
      zoom,
    };
  })()`) as Promise<Measured>;
}

async function open(
  bench: BenchBrowser,
  query: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await bench.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${bench.baseUrl}${query}`);
  await page.locator('.react-flow__node, canvas[data-drawn="true"]').first().waitFor({
    timeout: 60_000,
  });
  await settled(page);
  return page;
}

async function fit(page: Page): Promise<void> {
  // Forget the transform seen before the click, so the wait sees the fit's glide start.
  await page.evaluate('window.__benchLast = undefined');
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.waitForFunction('!document.querySelector(".is-gliding")');
  await settled(page);
}

const px = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} px` : '—');
const size = (box: { width: number; height: number }) =>
  `${box.width.toFixed(0)}×${box.height.toFixed(0)}`;
const rows: Record<string, Record<string, string>> = {};
const put = (name: string, m: Measured, note = '') => {
  rows[name] = {
    'title min': px(m.min),
    'title median': px(m.median),
    titles: String(m.titles),
    'chart on screen': size(m.chart),
    canvas: size(m.canvas),
    'share of canvas (w / h)': `${((100 * m.chart.width) / m.canvas.width).toFixed(0)}% / ${(
      (100 * m.chart.height) /
      m.canvas.height
    ).toFixed(0)}%`,
    zoom: m.zoom.toPrecision(2),
    note,
  };
};

interface Branches {
  blocks: number;
  full: number;
  short: number;
  /** The smallest on-screen height of a full label's heading line. */
  headingMin: number;
  /** Branch ids with a full label. */
  labelled: string[];
}

/** The branch blocks drawn at this zoom, and how their labels come out on screen. */
async function measureBranches(page: Page): Promise<Branches> {
  return page.evaluate(`(() => {
    const blocks = document.querySelectorAll('.upturn-branch-blocks [data-branch]');
    const full = [...document.querySelectorAll('.upturn-branch-label[data-label="full"]')];
    const short = document.querySelectorAll('.upturn-branch-label[data-label="short"]').length;
    let headingMin = Infinity;
    for (const label of full) headingMin = Math.min(headingMin, label.querySelector('span').getBoundingClientRect().height);
    return {
      blocks: blocks.length,
      full: full.length,
      short,
      headingMin,
      labelled: full.map((label) => label.closest('[data-branch]').dataset.branch),
    };
  })()`) as Promise<Branches>;
}

/** The branches of a chart's top two levels: the top leaders' reports, and theirs, that have reports. */
function topBranches(chart: Chart): string[] {
  const reports = new Map<string | null, string[]>();
  for (const role of chart.roles) {
    const list = reports.get(role.reportsTo) ?? [];
    list.push(role.id);
    reports.set(role.reportsTo, list);
  }
  const branches: string[] = [];
  const level1 = (reports.get(null) ?? []).flatMap((top) => reports.get(top) ?? []);
  for (const id of level1) {
    if (reports.has(id)) branches.push(id);
    for (const child of reports.get(id) ?? []) if (reports.has(child)) branches.push(child);
  }
  return branches;
}

const branchRows: Record<string, Record<string, string>> = {};
const putBranches = (name: string, b: Branches, top: string[]) => {
  const labelled = new Set(b.labelled);
  branchRows[name] = {
    blocks: String(b.blocks),
    'labelled (full)': String(b.full),
    'one-line labels': String(b.short),
    'heading min': px(b.headingMin),
    'top two levels labelled': `${top.filter((id) => labelled.has(id)).length} of ${top.length}`,
  };
};

const results: Record<string, Measured> = {};
const branchResults: Record<string, { b: Branches; top: string[] }> = {};
const bench = await startBench(PORT);
try {
  const desk = { width: 1440, height: 900 };
  let page = await open(bench, '', desk);
  await fit(page);
  results.sample = await measureScreen(page);
  put('sample chart, 1440×900', results.sample);
  await page.context().close();

  page = await open(bench, '?demo=150', desk);
  await fit(page);
  results.hr150 = await measureScreen(page);
  put('150 roles (3–8 reports), 1440×900', results.hr150);
  branchResults.hr150 = {
    b: await measureBranches(page),
    top: topBranches(demoChartFromUrl('?demo=150')!),
  };
  putBranches('150 roles, Fit view', branchResults.hr150.b, branchResults.hr150.top);
  await page.context().close();

  page = await open(bench, '?demo=2000&expanded', desk);
  await fit(page);
  const big = await measureScreen(page);
  const overview = (await page.locator('[data-lod="overview"]').count()) > 0;
  if (overview) {
    // The overview draws on a canvas: the chart's size is the layout's bounds at this zoom.
    const chart = generateChart({ roles: 2000, seed: 42, crossLinkShare: 0.05 });
    const bounds = layoutOf(chart, 'traditional', 1, big.canvas.width / big.canvas.height).bounds;
    big.chart = { width: bounds.width * big.zoom, height: bounds.height * big.zoom };
  }
  results.big = big;
  branchResults.big = {
    b: await measureBranches(page),
    top: topBranches(demoChartFromUrl('?demo=2000')!),
  };
  putBranches('2,000 roles expanded, Fit view', branchResults.big.b, branchResults.big.top);
  put('2,000 roles expanded, 1440×900', big, overview ? 'overview drawn (no titles)' : '');
  await page.context().close();

  page = await open(bench, '', { width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.locator('[data-mode="presenting"]').waitFor();
  await settled(page);
  results.present = await measureScreen(page);
  put('Present, sample chart, 1920×1080', results.present);
  await page.context().close();
} finally {
  await bench.close();
}

// 10,000 roles: the shape of the whole layout as the app computes it for a 1440×900 window
// (the canvas is the window less the side panel and toolbar: the 2,000-role run measured it).
const canvas = results.big!.canvas;
const tenK = generateChart({ roles: 10_000, seed: 42, crossLinkShare: 0.05 });
const tenKBounds = layoutOf(tenK, 'traditional', 1, canvas.width / canvas.height).bounds;
const tenKAspect = tenKBounds.width / tenKBounds.height;
const windowAspect = canvas.width / canvas.height;

console.log('\nLegibility after the app’s own fit (Chromium, production build)\n');
console.table(rows);
console.log('\nBranch blocks at Fit view (labels of a branch too small to read, issue 9)\n');
console.table(branchRows);
console.log(
  `10,000 roles: layout ${tenKBounds.width.toFixed(0)}×${tenKBounds.height.toFixed(0)}, aspect ` +
    `${tenKAspect.toFixed(2)}:1 against the canvas's ${windowAspect.toFixed(2)}:1`,
);

const fills = (m: Measured) =>
  Math.max(m.chart.width / m.canvas.width, m.chart.height / m.canvas.height);
const onScreen = (m: Measured) =>
  m.chart.width <= m.canvas.width + 1 && m.chart.height <= m.canvas.height + 1;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const targets: [string, boolean, string][] = [
  [
    'sample: every title ≥ 14 px, chart fills ≥ 60% of width or height',
    results.sample!.min >= 14 && fills(results.sample!) >= 0.6,
    `${px(results.sample!.min)}, ${(100 * fills(results.sample!)).toFixed(0)}%`,
  ],
  [
    '150 roles: every title ≥ 10 px, whole chart on screen',
    results.hr150!.min >= 10 && onScreen(results.hr150!),
    `${px(results.hr150!.min)}, ${size(results.hr150!.chart)} in ${size(results.hr150!.canvas)}`,
  ],
  [
    '2,000 roles: whole chart on screen',
    onScreen(results.big!),
    `${size(results.big!.chart)} in ${size(results.big!.canvas)}`,
  ],
  [
    '2,000 roles: every branch of the top two levels labelled, headings ≥ 12 px',
    branchResults.big!.top.every((id) => branchResults.big!.b.labelled.includes(id)) &&
      branchResults.big!.b.headingMin >= 12,
    `${branchRows['2,000 roles expanded, Fit view']!['top two levels labelled']}, ${px(
      branchResults.big!.b.headingMin,
    )}`,
  ],
  [
    "10,000 roles: aspect within 2× of the window's",
    tenKAspect <= windowAspect * 2 && tenKAspect >= windowAspect / 2,
    `${tenKAspect.toFixed(2)}:1 vs ${windowAspect.toFixed(2)}:1`,
  ],
  [
    'Present 1920×1080, sample: titles ≥ 28 px',
    results.present!.min >= 28,
    px(results.present!.min),
  ],
];
console.log('\nTargets (issue 9)');
for (const [name, ok, value] of targets) console.log(`  ${verdict(ok)}  ${name}: ${value}`);
