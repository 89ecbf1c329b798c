/**
 * The browser benchmark (issue 5, "Measure first"): `npm run bench:browser`.
 *
 * Opens generated charts of 1,000, 5,000 and 10,000 roles (`/?demo=N`) in
 * Chromium against the production build and prints one table: first paint
 * after the chart is in the store; frames while panning and wheel-zooming for
 * 3 s at the readable zoom the chart opens at and with the whole chart on
 * screen (Fit view); edit to repaint; the flip; the JS heap. Ends with the
 * targets, PASS or FAIL. Asserts nothing else; numbers on a shared 2-core
 * machine move 15-35% between runs, so run it more than once.
 *
 * `BENCH_SIZES=10000 npm run bench:browser` runs a subset.
 */
import {
  canvasState,
  fitWhole,
  flipFrames,
  heapMb,
  machineNote,
  median,
  openChart,
  panFrames,
  startBench,
  timeEdits,
  zoomFrames,
  type BenchBrowser,
} from './browser-harness';

const PORT = Number(process.env.UPTURN_BENCH_PORT || 4184);
const SIZES = (process.env.BENCH_SIZES || '1000,5000,10000').split(',').map(Number);
const GESTURE_MS = 3000;
const EDIT_RUNS = 5;
const FLIP_RUNS = 4;

type Column = Record<string, string>;
const rows = new Map<string, Column>();
const put = (row: string, roles: number, value: string) => {
  const column = rows.get(row) ?? {};
  column[roles.toLocaleString('en')] = value;
  rows.set(row, column);
};
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '—');
const fps = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} fps` : '—');

interface Result {
  firstPaint: number;
  pan: { readable: number; whole: number };
  zoom: { readable: number; whole: number };
  edit: number;
  flip: number;
}
const results = new Map<number, Result>();

async function measure(bench: BenchBrowser, roles: number): Promise<void> {
  // 1. Every branch expanded (the worst case): load, then pan and zoom at the readable
  // zoom an automatic fit stops at.
  const opened = await openChart(bench, roles);
  const { page } = opened;
  await page.waitForTimeout(1200);
  put('first paint after chart ready (all expanded)', roles, ms(opened.firstPaintMs));
  put('  (since navigation start)', roles, ms(opened.sinceNavigationMs));
  put('JS heap after load', roles, `${(await heapMb(page)).toFixed(0)} MB`);
  const readable = await canvasState(page);
  put('readable: zoom / nodes in DOM', roles, `${readable.zoom.toFixed(2)} / ${readable.nodes}`);
  const panReadable = await panFrames(page, GESTURE_MS);
  put('pan, readable: median fps / p95', roles, `${fps(panReadable.fps)} / ${ms(panReadable.p95)}`);
  const zoomReadable = await zoomFrames(page, GESTURE_MS);
  put(
    'wheel zoom, readable: median fps / p95',
    roles,
    `${fps(zoomReadable.fps)} / ${ms(zoomReadable.p95)}`,
  );

  // 2. The whole chart on screen (Fit view), pan and zoom there.
  await fitWhole(page);
  const whole = await canvasState(page);
  put('whole: zoom / nodes in DOM', roles, `${whole.zoom.toPrecision(2)} / ${whole.nodes}`);
  const panWhole = await panFrames(page, GESTURE_MS);
  put('pan, whole: median fps / p95', roles, `${fps(panWhole.fps)} / ${ms(panWhole.p95)}`);
  const zoomWhole = await zoomFrames(page, GESTURE_MS);
  put('wheel zoom, whole: median fps / p95', roles, `${fps(zoomWhole.fps)} / ${ms(zoomWhole.p95)}`);
  await page.context().close();

  // 3. As a big chart opens by default: folded below a few levels (issue 5's navigation).
  const folded = await openChart(bench, roles, { expanded: false });
  put('first paint, opened folded (default)', roles, ms(folded.firstPaintMs));
  await folded.page.context().close();

  // 4. Edits and the flip, on a fresh page at the readable zoom.
  const fresh = await openChart(bench, roles);
  await fresh.page.waitForTimeout(1200);
  const edits = await timeEdits(fresh.page, EDIT_RUNS);
  const add = median(edits.add);
  const undo = median(edits.undo);
  const move = median(edits.move);
  put('edit → repaint: add role (R), median', roles, ms(add));
  put('edit → repaint: undo (Ctrl+Z), median', roles, ms(undo));
  put('edit → repaint: change manager (drag), median', roles, ms(move));
  const flips = [];
  for (let run = 0; run < FLIP_RUNS; run += 1) {
    flips.push(await flipFrames(fresh.page));
    await fresh.page.waitForTimeout(500);
  }
  const flip = median(flips.map((each) => each.fps));
  put(
    'flip: median fps / first frame / p95',
    roles,
    `${fps(flip)} / ${ms(median(flips.map((each) => each.firstFrame)))} / ${ms(median(flips.map((each) => each.p95)))}`,
  );
  await fresh.page.context().close();

  results.set(roles, {
    firstPaint: opened.firstPaintMs,
    pan: { readable: panReadable.fps, whole: panWhole.fps },
    zoom: { readable: zoomReadable.fps, whole: zoomWhole.fps },
    edit: Math.max(add, undo, move),
    flip,
  });
}

const loadBefore = machineNote();
const bench = await startBench(PORT);
try {
  for (const roles of SIZES) await measure(bench, roles);
} finally {
  await bench.close();
}

console.log(
  `\nUpturn in Chromium (production build, software rendering, ${1440}×${900}); ` +
    `${loadBefore} at start, ${machineNote()} at end\n`,
);
console.table(Object.fromEntries(rows));

const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL');
const at = (roles: number) => results.get(roles);
const big = at(10_000);
const mid = at(5_000);
const targets: [string, boolean | undefined, string][] = [
  [
    'first paint of 10,000 roles ≤ 500 ms after the chart is ready',
    big && big.firstPaint <= 500,
    big ? ms(big.firstPaint) : '',
  ],
  [
    'pan ≥ 55 fps median at 10,000, readable and whole',
    big && Math.min(big.pan.readable, big.pan.whole) >= 55,
    big ? `${fps(big.pan.readable)}, ${fps(big.pan.whole)}` : '',
  ],
  [
    'wheel zoom ≥ 55 fps median at 10,000, readable and whole',
    big && Math.min(big.zoom.readable, big.zoom.whole) >= 55,
    big ? `${fps(big.zoom.readable)}, ${fps(big.zoom.whole)}` : '',
  ],
  [
    'an edit at 5,000 repainted ≤ 50 ms (slowest kind)',
    mid && mid.edit <= 50,
    mid ? ms(mid.edit) : '',
  ],
  ['flip ≥ 45 fps at 5,000', mid && mid.flip >= 45, mid ? fps(mid.flip) : ''],
];
console.log('\nTargets (issue 5)');
for (const [name, ok, value] of targets) console.log(`  ${verdict(ok)}  ${name}: ${value}`);
