/**
 * Import speed (issue 4): a 5,000-row HRIS-style CSV through the real Import
 * dialog in Chromium — choose the file (read, parse and check it off the main
 * thread, preview), then "Import 5,000 roles" until the new chart is painted
 * (analyse, lay out, first paint). Prints a table; asserts nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateChart } from '../src/domain/samples/generate-chart';
import { chartToCsv } from '../src/files/csv/csv-export';
import { machineNote, median, startBench } from './browser-harness';

const ROWS = 5000;
const RUNS = 3;
const PORT = 4186;

const dir = mkdtempSync(join(tmpdir(), 'upturn-import-bench-'));
const file = join(dir, `hris-${ROWS}.csv`);
writeFileSync(file, chartToCsv(generateChart({ roles: ROWS, seed: 7, crossLinkShare: 0.05 })));

const bench = await startBench(PORT);
const previews: number[] = [];
const opens: number[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const page = await bench.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(bench.baseUrl);
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a chart' });
    const button = dialog.getByRole('button', { name: /^Import [\d,]+ roles$/ });

    let started = performance.now();
    await page.getByLabel('Import file').setInputFiles(file);
    await button.waitFor({ timeout: 60_000 });
    previews.push(performance.now() - started);

    // The first node of the imported chart painted: a node the sample chart does not have.
    started = performance.now();
    await button.click();
    await page.waitForFunction(
      `(() => {
        const nodes = document.querySelectorAll('.react-flow__node, canvas[data-drawn="true"]');
        return nodes.length > 0 && !document.querySelector('.react-flow__node[data-id="ceo"]');
      })()`,
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    opens.push(performance.now() - started);
    await page.close();
  }
} finally {
  await bench.close();
}

const rows = [
  [`choose file → preview ready (read, parse, check; ${ROWS} rows)`, median(previews)],
  ['"Import" → first paint (analyse, lay out, draw)', median(opens)],
  [
    'total, without the time a person reads the preview (target < 1 s)',
    median(previews) + median(opens),
  ],
] as const;
console.log(
  `\nImport of a ${ROWS.toLocaleString('en')}-row CSV in Chromium, median of ${RUNS} (${machineNote()})\n`,
);
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, ms] of rows)
  console.log(`  ${name.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms`);
