/**
 * The browser benchmark (issues 5, 9, 12 and 13): `npm run bench:browser`.
 *
 * Runs Chromium against the production build and prints one table, then the
 * issues' targets, PASS or FAIL. Asserts nothing else; numbers on a shared
 * 2-core machine move 15-35% between runs, so run it more than once. Groups:
 *
 * - `sizes` (issue 5): generated charts of 1,000, 5,000 and 10,000 roles
 *   (`/?demo=N`), every branch expanded: first paint after the chart is in the
 *   store; frames while panning and wheel-zooming for 3 s at the readable zoom
 *   the chart opens at and after the editor's Fit view; edit to repaint; the
 *   flip (the button); the JS heap.
 * - `fitted` (issue 9): pan and wheel zoom after the editor's own Fit view at
 *   150, 1,000, 2,000 and 10,000 roles (a size `sizes` measured is reused).
 * - `compare` (issue 12): a 5,000-role chart opened from an Upturn JSON file,
 *   "New scenario", a few edits in it, then "Compare": click to the frame
 *   with both canvases drawn, and panning the side-by-side view as opened
 *   (the whole chart) and after focusing a change (its cards in the DOM), and
 *   the overlay on that change.
 * - `flip` and `teach` (issue 13), at 1920×1080, the sample chart and 5,000
 *   roles: the editor's flip (F); Teach opened with T and walked with PageDown,
 *   each step timed from its key to the frame after `data-step` shows it, and
 *   the frames of each glide (the flip is step 3).
 *
 * `npm run bench:browser -- --only compare,teach` (or BENCH_ONLY) runs some
 * groups; `issue9`, `issue12`, `issue13` name theirs. `BENCH_SIZES=10000`
 * limits the sizes of `sizes` and `fitted`.
 */
import type { Page } from '@playwright/test';
import {
  canvasState,
  flipFrames,
  heapMb,
  openChart,
  panFrames,
  startBench,
  timeEdits,
  visibleRoles,
  zoomFrames,
  VIEWPORT,
  type BenchBrowser,
  type Frames,
} from './browser-harness';
import { machineNote, median } from './stats';
import {
  appFit,
  keyFlipFrames,
  quietFrames,
  timeCompareOpen,
  timeTeachStep,
  upturnJsonOf,
  type TeachStepTime,
} from './browser-probes';

const PORT = Number(process.env.UPTURN_BENCH_PORT || 4184);
const GESTURE_MS = 3000;
const EDIT_RUNS = 5;
const FLIP_RUNS = 4;
const KEY_FLIP_RUNS = 3;
const COMPARE_ROLES = 5000;
const COMPARE_RUNS = 3;
const ROOM = { width: 1920, height: 1080 } as const;

// ---- which groups run ----------------------------------------------------------------------
const GROUPS = ['sizes', 'fitted', 'compare', 'flip', 'teach'] as const;
type Group = (typeof GROUPS)[number];
const ALIASES: Record<string, Group[]> = {
  issue5: ['sizes'],
  issue9: ['fitted'],
  issue12: ['compare'],
  issue13: ['flip', 'teach'],
};
function chosenGroups(): Set<Group> {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  const value =
    at < 0 ? process.env.BENCH_ONLY : args[at]!.includes('=') ? args[at]!.slice(7) : args[at + 1];
  if (!value) return new Set(GROUPS);
  const chosen = new Set<Group>();
  for (const name of value.split(',').map((each) => each.trim().toLowerCase())) {
    const groups = ALIASES[name] ?? (GROUPS.includes(name as Group) ? [name as Group] : null);
    if (!groups) {
      throw new Error(
        `--only ${name}: no such group (${[...GROUPS, ...Object.keys(ALIASES)].join(', ')})`,
      );
    }
    for (const group of groups) chosen.add(group);
  }
  return chosen;
}
const only = chosenGroups();
const sizesOf = (defaults: number[]) =>
  process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : defaults;
const SIZES = sizesOf([1000, 5000, 10_000]);
const FITTED_SIZES = sizesOf([150, 1000, 2000, 10_000]);

// ---- the table -----------------------------------------------------------------------------
type Column = Record<string, string>;
const rows = new Map<string, Column>();
const put = (row: string, column: number | string, value: string) => {
  // Progress on stderr: a run takes minutes, and the table comes at the end.
  console.error(`  ${row} [${column}]: ${value}`);
  const cells = rows.get(row) ?? {};
  cells[typeof column === 'number' ? column.toLocaleString('en') : column] = value;
  rows.set(row, cells);
};
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '—');
const fps = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} fps` : '—');
const framesCell = (frames: Frames) => `${fps(frames.fps)} / ${ms(frames.p95)}`;

const PAN_FITTED = 'pan, whole (Fit view): median fps / p95';
const ZOOM_FITTED = 'wheel zoom, whole (Fit view): median fps / p95';

interface Result {
  firstPaint: number;
  pan: { readable: number; whole: number };
  zoom: { readable: number; whole: number };
  edit: number;
  flip: number;
}
const results = new Map<number, Result>();
/** Pan and zoom after the editor's Fit view, per size (issue 9; issue 5's "whole"). */
const fitted = new Map<number, { pan: Frames; zoom: Frames }>();

/** Pans and zooms after the editor's Fit view, on the page as it is; records the rows. */
async function measureFitted(page: Page, roles: number): Promise<{ pan: Frames; zoom: Frames }> {
  await appFit(page);
  const whole = await canvasState(page);
  put(
    'whole (Fit view): zoom / nodes in DOM',
    roles,
    `${whole.zoom.toPrecision(2)} / ${whole.nodes}`,
  );
  const pan = await panFrames(page, GESTURE_MS);
  put(PAN_FITTED, roles, framesCell(pan));
  const zoom = await zoomFrames(page, GESTURE_MS);
  put(ZOOM_FITTED, roles, framesCell(zoom));
  fitted.set(roles, { pan, zoom });
  return { pan, zoom };
}

async function measureSize(bench: BenchBrowser, roles: number): Promise<void> {
  // 1. Every branch expanded (the worst case): load, then pan and zoom at the readable
  // zoom an automatic fit stops at.
  const opened = await openChart(bench, roles);
  const { page } = opened;
  await quietFrames(page);
  put('first paint after chart ready (all expanded)', roles, ms(opened.firstPaintMs));
  put('  (since navigation start)', roles, ms(opened.sinceNavigationMs));
  put('JS heap after load', roles, `${(await heapMb(page)).toFixed(0)} MB`);
  const readable = await canvasState(page);
  put('readable: zoom / nodes in DOM', roles, `${readable.zoom.toFixed(2)} / ${readable.nodes}`);
  const panReadable = await panFrames(page, GESTURE_MS);
  put('pan, readable: median fps / p95', roles, framesCell(panReadable));
  const zoomReadable = await zoomFrames(page, GESTURE_MS);
  put('wheel zoom, readable: median fps / p95', roles, framesCell(zoomReadable));

  // 2. The whole chart on screen (the editor's Fit view), pan and zoom there.
  const whole = await measureFitted(page, roles);
  await page.context().close();

  // 3. As a big chart opens by default: folded below a few levels (issue 5's navigation).
  const folded = await openChart(bench, roles, { expanded: false });
  put('first paint, opened folded (default)', roles, ms(folded.firstPaintMs));
  await folded.page.context().close();

  // 4. Edits and the flip, on a fresh page at the readable zoom.
  const fresh = await openChart(bench, roles);
  await quietFrames(fresh.page);
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
    await quietFrames(fresh.page);
  }
  const flip = median(flips.map((each) => each.fps));
  put(
    'flip (button), 1440×900: median fps / first frame / p95',
    roles,
    `${fps(flip)} / ${ms(median(flips.map((each) => each.firstFrame)))} / ${ms(median(flips.map((each) => each.p95)))}`,
  );
  await fresh.page.context().close();

  results.set(roles, {
    firstPaint: opened.firstPaintMs,
    pan: { readable: panReadable.fps, whole: whole.pan.fps },
    zoom: { readable: zoomReadable.fps, whole: whole.zoom.fps },
    edit: Math.max(add, undo, move),
    flip,
  });
}

// ---- issue 12: the compare view ------------------------------------------------------------
interface CompareResult {
  opens: number[];
  pan: Frames;
  panFocused: Frames;
  panOverlay: Frames;
  changes: number;
}
let compared: CompareResult | null = null;

/**
 * Edits the open scenario as a user would: one of the front line (the top row in the
 * customer-first view) deleted, then two roles added under managers on screen. The delete
 * comes first: after an add the view is on the new role, which would be the one deleted.
 */
async function editScenario(page: Page): Promise<void> {
  const gone = (await visibleRoles(page))[0];
  if (!gone) throw new Error('no role on screen to delete');
  await page.mouse.click(gone.x + gone.width / 2, gone.y + gone.height / 2);
  await page.keyboard.press('Delete');
  await quietFrames(page);
  for (let k = 0; k < 2; k += 1) {
    const roles = await visibleRoles(page);
    const manager = roles[Math.floor(roles.length / 2) + k];
    if (!manager) throw new Error('no role on screen to add a report under');
    await page.mouse.click(manager.x + manager.width / 2, manager.y + manager.height / 2);
    await page.keyboard.press('r');
    const title = page.getByLabel('Title', { exact: true });
    await title.waitFor();
    await title.fill(`Bench role ${k + 1}`);
    await title.press('Enter');
    await quietFrames(page);
  }
}

async function measureCompare(bench: BenchBrowser): Promise<void> {
  const context = await bench.browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(bench.baseUrl);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  // The chart is stored (a demo URL keeps no charts, so no scenario): open it from a file.
  const file = upturnJsonOf(COMPARE_ROLES);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Import file').setInputFiles({
    name: 'bench-5000.upturn.json',
    mimeType: 'application/json',
    buffer: file.buffer,
  });
  const list = (name: string) => page.getByRole('button', { name: `Chart list: ${name}` });
  await list(file.name).waitFor({ timeout: 120_000 });
  await quietFrames(page);
  console.error('  compare: the 5,000-role chart is open');
  await page.getByRole('button', { name: 'New scenario', exact: true }).click();
  await list(`${file.name} scenario`).waitFor({ timeout: 120_000 });
  await quietFrames(page);
  console.error('  compare: the scenario is open');
  await editScenario(page);
  console.error('  compare: the scenario is edited');

  const opens: number[] = [];
  let pan: Frames = { fps: NaN, p95: NaN };
  let panFocused: Frames = { fps: NaN, p95: NaN };
  let panOverlay: Frames = { fps: NaN, p95: NaN };
  let changes = 0;
  for (let run = 0; run < COMPARE_RUNS; run += 1) {
    opens.push(await timeCompareOpen(page));
    await page.locator('[data-compare="side-by-side"]').waitFor();
    await quietFrames(page);
    if (run === 0) {
      // The entries listed (each about a role is a button; "Show … more" is not an entry).
      changes = await page
        .getByRole('region', { name: 'Changes' })
        .getByRole('button')
        .filter({ hasNotText: /^Show \d+ more/ })
        .count();
      // Dragging the "After" canvas pans both (their viewports are linked): first as opened
      // (all of the chart, the canvas overview), then zoomed in on a change (its cards in the DOM).
      const afterPane = { pane: '[aria-label="After"] .react-flow__pane', dx: 0 };
      pan = await panFrames(page, GESTURE_MS, afterPane);
      await page.getByRole('region', { name: 'Changes' }).getByRole('button').first().click();
      await page.locator('[aria-label="After"] [data-focused="true"]').waitFor();
      await quietFrames(page);
      panFocused = await panFrames(page, GESTURE_MS, afterPane);
      // The overlay, on the same change (focused again: the overlay places it elsewhere).
      await page.getByRole('button', { name: 'Overlay', exact: true }).click();
      await page.locator('[data-compare="overlay"]').waitFor();
      await page.getByRole('region', { name: 'Changes' }).getByRole('button').first().click();
      await page.locator('[data-compare="overlay"] [data-focused="true"]').waitFor();
      await quietFrames(page);
      panOverlay = await panFrames(page, GESTURE_MS, {
        pane: '[aria-label="After, with the changes marked"] .react-flow__pane',
        dx: 0,
      });
    }
    await page.getByRole('button', { name: 'Back to editor', exact: true }).click();
    await page.locator('[data-compare]').waitFor({ state: 'detached' });
    await quietFrames(page);
  }
  await context.close();
  compared = { opens, pan, panFocused, panOverlay, changes };
  const column = `2 × ${COMPARE_ROLES.toLocaleString('en')}`;
  put(
    'compare: open (click → both painted): first / median',
    column,
    `${ms(opens[0]!)} / ${ms(median(opens))}`,
  );
  put('compare, side by side: pan median fps / p95', column, framesCell(pan));
  put(
    'compare, side by side, a change focused: pan median fps / p95',
    column,
    framesCell(panFocused),
  );
  put('compare, overlay, a change focused: pan median fps / p95', column, framesCell(panOverlay));
  put('compare: changes listed', column, String(changes));
}

// ---- issue 13: the flip and Teach at 1920×1080 ---------------------------------------------
const ROOM_CHARTS: { column: string; query: string }[] = [
  { column: 'sample', query: '' },
  { column: '5,000', query: '?demo=5000&expanded' },
];
const flipsByChart = new Map<string, number>();
const teachByChart = new Map<string, TeachStepTime[]>();

async function openInRoom(bench: BenchBrowser, query: string): Promise<Page> {
  const context = await bench.browser.newContext({ viewport: ROOM });
  const page = await context.newPage();
  await page.goto(`${bench.baseUrl}${query}`);
  await page
    .locator('.react-flow__node, canvas[data-drawn="true"]')
    .first()
    .waitFor({ timeout: 60_000 });
  await quietFrames(page);
  return page;
}

async function measureKeyFlip(bench: BenchBrowser, column: string, query: string): Promise<void> {
  const page = await openInRoom(bench, query);
  const runs = [];
  for (let run = 0; run < KEY_FLIP_RUNS; run += 1) {
    runs.push(await keyFlipFrames(page));
    await quietFrames(page);
  }
  await page.context().close();
  const flip = median(runs.map((each) => each.fps));
  flipsByChart.set(column, flip);
  put(
    'flip (F), 1920×1080: median fps / first frame / p95',
    column,
    `${fps(flip)} / ${ms(median(runs.map((each) => each.firstFrame)))} / ${ms(median(runs.map((each) => each.p95)))}`,
  );
}

async function measureTeach(bench: BenchBrowser, column: string, query: string): Promise<void> {
  const page = await openInRoom(bench, query.replace('&expanded', ''));
  const steps: TeachStepTime[] = [];
  steps.push(await timeTeachStep(page, 't', 1));
  await quietFrames(page);
  for (let step = 2; step <= 6; step += 1) {
    steps.push(await timeTeachStep(page, 'PageDown', step));
    await quietFrames(page);
  }
  await page.context().close();
  teachByChart.set(column, steps);
  for (const each of steps) {
    put(
      `Teach step ${each.step} shown (${each.step === 1 ? 'T' : 'PageDown'})`,
      column,
      ms(each.shownMs),
    );
  }
  const flip = steps.find((each) => each.step === 3)?.glide;
  put(
    'Teach flip (step 3), 1920×1080: fps / p95 / glide',
    column,
    flip ? `${fps(flip.fps)} / ${ms(flip.p95)} / ${ms(flip.ms)}` : 'no glide',
  );
  const distance = steps.find((each) => each.step === 6)?.glide;
  put(
    'Teach step 6 glide (service distance): fps / p95',
    column,
    distance ? framesCell(distance) : 'no glide',
  );
}

// ---- run -----------------------------------------------------------------------------------
const loadBefore = machineNote();
const bench = await startBench(PORT);
try {
  if (only.has('sizes')) for (const roles of SIZES) await measureSize(bench, roles);
  if (only.has('fitted')) {
    for (const roles of FITTED_SIZES) {
      if (fitted.has(roles)) continue; // measured with `sizes`: the same page, the same fit
      const opened = await openChart(bench, roles);
      await quietFrames(opened.page);
      await measureFitted(opened.page, roles);
      await opened.page.context().close();
    }
  }
  if (only.has('compare')) await measureCompare(bench);
  for (const { column, query } of ROOM_CHARTS) {
    if (only.has('flip')) await measureKeyFlip(bench, column, query);
    if (only.has('teach')) await measureTeach(bench, column, query);
  }
} finally {
  await bench.close();
}

/** Columns in a fixed order: the sample, then by number of roles. */
function ordered(): Record<string, Column> {
  const columns = new Set<string>();
  for (const cells of rows.values()) for (const key of Object.keys(cells)) columns.add(key);
  const weight = (key: string) =>
    key === 'sample' ? -1 : Number(key.replace(/^2 × /, '').replace(/,/g, '')) || 1e9;
  const order = [...columns].sort((a, b) => weight(a) - weight(b) || a.localeCompare(b));
  const table: Record<string, Column> = {};
  for (const [row, cells] of rows) {
    table[row] = Object.fromEntries(order.map((key) => [key, cells[key] ?? '']));
  }
  return table;
}

console.log(
  `\nUpturn in Chromium (production build, software rendering, ${VIEWPORT.width}×${VIEWPORT.height} ` +
    `unless a row says 1920×1080); ${loadBefore} at start, ${machineNote()} at end\n`,
);
console.table(ordered());

type Target = [string, boolean | undefined, string];
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL');
const print = (title: string, targets: Target[]) => {
  if (targets.length === 0) return;
  console.log(`\nTargets (${title})`);
  for (const [name, ok, value] of targets) console.log(`  ${verdict(ok)}  ${name}: ${value}`);
};

if (only.has('sizes')) {
  const big = results.get(10_000);
  const mid = results.get(5_000);
  print('issue 5', [
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
  ]);
}

if (only.has('fitted')) {
  print(
    'issue 9: after the Fit view, median ≥ 58 fps and p95 ≤ 20 ms',
    FITTED_SIZES.map((roles): Target => {
      const m = fitted.get(roles);
      const ok = (f: Frames) => f.fps >= 58 && f.p95 <= 20;
      return [
        `pan and wheel zoom at ${roles.toLocaleString('en')} roles`,
        m && ok(m.pan) && ok(m.zoom),
        m ? `pan ${framesCell(m.pan)}, zoom ${framesCell(m.zoom)}` : '',
      ];
    }),
  );
}

if (only.has('compare')) {
  const c = compared as CompareResult | null;
  print('issue 12', [
    [
      'compare view of two 5,000-role charts opens ≤ 1 s (median)',
      c ? median(c.opens) <= 1000 : undefined,
      c ? `${c.opens.map(ms).join(', ')} (${c.changes} changes)` : '',
    ],
    [
      'compare view pans ≥ 55 fps (median): side by side as opened and on a change, overlay',
      c ? Math.min(c.pan.fps, c.panFocused.fps, c.panOverlay.fps) >= 55 : undefined,
      c ? [c.pan, c.panFocused, c.panOverlay].map(framesCell).join('; ') : '',
    ],
  ]);
}

const roomTargets: Target[] = [];
if (only.has('flip')) {
  const sample = flipsByChart.get('sample');
  const big = flipsByChart.get('5,000');
  roomTargets.push(
    [
      'flip (F) ≥ 55 fps, sample',
      sample === undefined ? undefined : sample >= 55,
      fps(sample ?? NaN),
    ],
    ['flip (F) ≥ 45 fps, 5,000 roles', big === undefined ? undefined : big >= 45, fps(big ?? NaN)],
  );
}
if (only.has('teach')) {
  for (const [column, min] of [
    ['sample', 55],
    ['5,000', 45],
  ] as const) {
    const steps = teachByChart.get(column);
    const glide = steps?.find((each) => each.step === 3)?.glide;
    roomTargets.push([
      `Teach flip ≥ ${min} fps, ${column === 'sample' ? 'sample' : '5,000 roles'}`,
      steps ? (glide?.fps ?? 0) >= min : undefined,
      glide ? fps(glide.fps) : 'no glide',
    ]);
    const slowest = steps ? Math.max(...steps.map((each) => each.shownMs)) : NaN;
    roomTargets.push([
      `every Teach step shown ≤ 100 ms after its key, ${column === 'sample' ? 'sample' : '5,000 roles'}`,
      steps ? slowest <= 100 : undefined,
      steps ? `slowest ${ms(slowest)} (${steps.map((each) => ms(each.shownMs)).join(', ')})` : '',
    ]);
  }
}
print('issue 13, 1920×1080', roomTargets);
