/**
 * Import speed (issues 4 and 11): 5,000 and 50,000-row HRIS-style CSV and
 * XLSX files through the real Import dialog in Chromium — choose the file (read, parse and check it off the main
 * thread, preview), then "Import 5,000 roles" until the new chart is painted
 * (analyse, lay out, first paint). Prints a table; asserts nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateChart } from '../src/domain/samples/generate-chart';
import { chartToCsv } from '../src/files/csv/csv-export';
import { startBench } from './browser-harness';
import { machineNote, median } from './stats';
import { writeXlsx } from '../src/files/__fixtures__/xlsx-writer';

const SIZES = (process.env.BENCH_IMPORT_SIZES ?? '5000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = 4186;

const dir = mkdtempSync(join(tmpdir(), 'upturn-import-bench-'));

/** The same generated chart as a CSV and as an .xlsx workbook (id, title, person, team, manager). */
function writeFiles(size: number): { csv: string; xlsx: string } {
  const chart = generateChart({ roles: size, seed: 7, crossLinkShare: 0.05 });
  const csv = join(dir, `hris-${size}.csv`);
  writeFileSync(csv, chartToCsv(chart));
  const rows = [
    ['Employee ID', 'Job Title', 'Name', 'Department', 'Manager ID'],
    ...chart.roles.map((role) => [
      role.id,
      role.title,
      role.person ?? null,
      role.team ?? null,
      role.reportsTo,
    ]),
  ];
  const xlsx = join(dir, `hris-${size}.xlsx`);
  writeFileSync(xlsx, writeXlsx({ People: rows }));
  return { csv, xlsx };
}

interface Measured {
  label: string;
  preview: number;
  open: number;
}

const bench = await startBench(PORT);
const results: Measured[] = [];
try {
  for (const size of SIZES) {
    const paths = writeFiles(size);
    for (const format of ['csv', 'xlsx'] as const) {
      const previews: number[] = [];
      const opens: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const page = await bench.browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(bench.baseUrl);
        await page.locator('.react-flow__node').first().waitFor();
        await page.getByRole('button', { name: 'Import', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Import a chart' });
        const button = dialog.getByRole('button', { name: /^Import [\d,]+ roles$/ });

        let started = performance.now();
        await page.getByLabel('Import file').setInputFiles(paths[format]);
        await button.waitFor({ timeout: 120_000 });
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
          { timeout: 120_000, polling: 'raf' },
        );
        opens.push(performance.now() - started);
        await page.close();
      }
      results.push({
        label: `${size.toLocaleString('en')} rows, ${format.toUpperCase()}`,
        preview: median(previews),
        open: median(opens),
      });
    }
  }
} finally {
  await bench.close();
}

console.log(
  `\nImport through the Import dialog in Chromium, median of ${RUNS} (${machineNote()}); targets at 50,000 rows: preview ≤ 2,000 ms, painted ≤ 3,000 ms after Import\n`,
);
const width = Math.max(...results.map((row) => row.label.length), 'file'.length);
console.log(`  ${'file'.padEnd(width)}  choose → preview  Import → painted`);
for (const row of results) {
  console.log(
    `  ${row.label.padEnd(width)}  ${row.preview.toFixed(0).padStart(13)} ms  ${row.open.toFixed(0).padStart(13)} ms`,
  );
}
