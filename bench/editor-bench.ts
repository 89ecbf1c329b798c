/**
 * The editor benchmark (issue 4: the editor's speed targets), in real
 * Chromium: with a 1,000-role chart, how long an edit takes to repaint and how
 * many frames per second the flip gets. The same probes and row names as the
 * browser benchmark (`npm run bench:browser`, bench/browser-harness.ts), which
 * measures the same at 5,000 and 10,000 roles. Prints a table; asserts nothing.
 */
import { canvasState, flipFrames, openChart, startBench, timeEdits } from './browser-harness';
import { machineNote, median } from './stats';

const PORT = Number(process.env.UPTURN_EDITOR_BENCH_PORT || 4183);
const ROLES = 1000;
const EDIT_RUNS = 5;
const FLIP_RUNS = 5;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '—');

const bench = await startBench(PORT);
const rows: { name: string; value: string }[] = [];
try {
  // Every branch drawn, as in the browser benchmark (a 1,000-role chart otherwise opens folded).
  const { page } = await openChart(bench, ROLES);
  await page.waitForTimeout(1000);
  const state = await canvasState(page);
  const edits = await timeEdits(page, EDIT_RUNS);
  const flips = [];
  for (let run = 0; run < FLIP_RUNS; run += 1) {
    flips.push(await flipFrames(page));
    await page.waitForTimeout(500);
  }
  const slowest = Math.max(median(edits.add), median(edits.undo), median(edits.move));
  const flip = median(flips.map((each) => each.fps));
  rows.push(
    { name: 'readable: zoom / nodes in DOM', value: `${state.zoom.toFixed(2)} / ${state.nodes}` },
    { name: 'edit → repaint: add role (R), median', value: ms(median(edits.add)) },
    { name: 'edit → repaint: undo (Ctrl+Z), median', value: ms(median(edits.undo)) },
    { name: 'edit → repaint: change manager (drag), median', value: ms(median(edits.move)) },
    {
      name: 'flip: median fps / first frame / p95',
      value: `${flip.toFixed(0)} fps / ${ms(median(flips.map((each) => each.firstFrame)))} / ${ms(median(flips.map((each) => each.p95)))}`,
    },
    {
      name: 'target: an edit repainted ≤ 100 ms (slowest kind)',
      value: `${slowest <= 100 ? 'PASS' : 'FAIL'} ${ms(slowest)}`,
    },
    {
      name: 'target: flip ≥ 50 fps',
      value: `${flip >= 50 ? 'PASS' : 'FAIL'} ${flip.toFixed(0)} fps`,
    },
  );
} finally {
  await bench.close();
}

console.log(`\nEditor in Chromium (production build, ${ROLES} roles); ${machineNote()}\n`);
const width = Math.max(...rows.map((row) => row.name.length));
for (const row of rows) console.log(`  ${row.name.padEnd(width)}  ${row.value}`);
