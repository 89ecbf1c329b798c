import { expect, test, type Page } from '@playwright/test';
import type { Chart } from '../src/domain/chart';
import { sampleChart } from '../src/domain/samples/sample-chart';
import { analysisOf, layoutOf } from '../src/editor/derived';
import { exportSvg, svgSize } from '../src/files/export/chart-export';
import { readChartFromPng } from '../src/files/image/png-metadata';
import { parseUpturnJson } from '../src/files/upturn-json/upturn-json';
import { ChartPage } from './chart-page';
import { FilesPage } from './fixtures/files-page';

const sample = sampleChart();
const NODES = sample.roles.length + sample.customers.length;
/** An SVG export's node groups: `<g class="node role">`, `<g class="node customer">`. */
const NODE_GROUP = /<g class="node[\s"]/g;

/** What must survive a round trip: every role and customer, field for field. */
function essence(chart: Chart) {
  return {
    roles: chart.roles.map(({ id, title, person, team, headcount, reportsTo, serves }) => ({
      id,
      title,
      person,
      team,
      headcount,
      reportsTo,
      serves: [...serves].sort(),
    })),
    customers: chart.customers
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** The chart on screen, read back through a JSON export. */
async function chartViaJson(page: Page): Promise<Chart> {
  const files = new FilesPage(page);
  const download = await files.exportAs('JSON');
  const parsed = parseUpturnJson((await FilesPage.bytes(download)).toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join(' '));
  return parsed.chart;
}

test('the Export menu offers every format, by keyboard too', async ({ page }) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  await page.keyboard.press('Control+e');
  await expect(files.exportMenu).toBeVisible();
  const items = files.exportMenu.getByRole('menuitem');
  await expect(items).toHaveCount(5);
  for (const name of ['JSON', 'CSV', 'SVG', 'PNG', 'PDF']) {
    await expect(files.exportMenu.getByRole('menuitem', { name, exact: true })).toBeVisible();
  }
  await expect(files.exportMenu.getByRole('menuitem', { name: 'JSON' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(files.exportMenu.getByRole('menuitem', { name: 'CSV' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(files.exportMenu.getByRole('menuitem', { name: 'PDF' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(files.exportMenu).toBeHidden();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(files.exportMenu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('SVG: every role and customer of the current view, named after the chart', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const download = await files.exportAs('SVG');
  expect(download.suggestedFilename()).toBe('northwind-retail.svg');
  const svg = (await FilesPage.bytes(download)).toString('utf8');
  expect(svg.match(NODE_GROUP)).toHaveLength(NODES);
  expect(svg).toContain('data-view="customer-first"');
  expect(svg).toContain('No path to customer');

  // Exports are of the view on screen.
  await chart.button('Flip').click();
  await expect(chart.canvas).toHaveAttribute('data-view', 'traditional');
  const flipped = (await FilesPage.bytes(await files.exportAs('SVG'))).toString('utf8');
  expect(flipped).toContain('data-view="traditional"');
  expect(flipped.match(NODE_GROUP)).toHaveLength(NODES);
});

test('PNG: rendered at 2x, and carries the chart', async ({ page }) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const download = await files.exportAs('PNG');
  expect(download.suggestedFilename()).toBe('northwind-retail.png');
  const png = new Uint8Array(await FilesPage.bytes(download));
  const read = readChartFromPng(png);
  expect(read.ok).toBe(true);
  if (read.ok) expect(essence(read.chart)).toEqual(essence(sample));

  // IHDR: width and height at bytes 16 and 20, twice the SVG's.
  const view = new DataView(png.buffer, png.byteOffset);
  const source = {
    chart: sample,
    view: 'customer-first' as const,
    layout: layoutOf(sample, 'customer-first'),
    analysis: analysisOf(sample),
  };
  const size = svgSize(exportSvg(source));
  expect(view.getUint32(16)).toBe(Math.round(size.width * 2));
  expect(view.getUint32(20)).toBe(Math.round(size.height * 2));
});

test('PDF: a PDF document named after the chart', async ({ page }) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const download = await files.exportAs('PDF');
  expect(download.suggestedFilename()).toBe('northwind-retail.pdf');
  const pdf = await FilesPage.bytes(download);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain('/Title (Northwind Retail)');
  expect(pdf.length).toBeGreaterThan(5_000);
});

test('JSON round-trips: re-imported through the UI it is the same chart', async ({ page }) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const download = await files.exportAs('JSON');
  expect(download.suggestedFilename()).toBe('northwind-retail.upturn.json');
  const text = (await FilesPage.bytes(download)).toString('utf8');
  const exported = parseUpturnJson(text);
  expect(exported.ok).toBe(true);
  if (exported.ok) expect(essence(exported.chart)).toEqual(essence(sample));

  await files.chooseFile(await download.path());
  await expect(files.importDialog).toBeHidden();
  // A second chart of the same name is told apart.
  await expect(files.chartList).toHaveAccessibleName('Chart list: Northwind Retail 2');
  expect(essence(await chartViaJson(page))).toEqual(essence(sample));
});

test('CSV round-trips: with a BOM, re-imported through the preview it is the same chart', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const download = await files.exportAs('CSV');
  expect(download.suggestedFilename()).toBe('northwind-retail.csv');
  const bytes = await FilesPage.bytes(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('id,title,person,team,reports to,headcount,serves');

  await files.openImport();
  await files.fileInput.setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'text/csv',
    buffer: bytes,
  });
  await expect(files.importDialog).toContainText(`${sample.roles.length} rows`);
  await expect(files.importButton).toHaveText(`Import ${sample.roles.length} roles`);
  await files.importButton.click();
  await expect(files.importDialog).toBeHidden();
  await expect(files.chartList).toHaveAccessibleName('Chart list: Northwind retail');
  await expect(page.locator('.react-flow__node')).toHaveCount(NODES);
  expect(essence(await chartViaJson(page))).toEqual(essence(sample));
});

/** `#rrggbb` at an opacity, as the browser writes a computed colour. */
function cssColour(hex: string, opacity = 1): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const rgb = `${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}`;
  return opacity === 1 ? `rgb(${rgb})` : `rgba(${rgb}, ${opacity})`;
}

test('SVG looks like the canvas: the same tier band colours and labels, the same flag words', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  await chart.settle();
  const svg = (await FilesPage.bytes(await files.exportAs('SVG'))).toString('utf8');

  const screen = await page.evaluate(() => {
    const bands: Record<string, string> = {};
    for (const band of document.querySelectorAll<HTMLElement>('.upturn-bands [data-tier]')) {
      bands[band.dataset.tier!] = getComputedStyle(band).backgroundColor;
    }
    const labels: Record<string, { text: string; colour: string }> = {};
    for (const label of document.querySelectorAll<HTMLElement>('.upturn-tier-label')) {
      labels[label.dataset.tier!] = {
        text: label.textContent ?? '',
        colour: getComputedStyle(label).color,
      };
    }
    const flags: Record<string, string[]> = {};
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-role')) {
      const words = [...node.querySelectorAll('[data-flag]')].map((f) => f.textContent ?? '');
      if (words.length > 0) flags[node.dataset.id!] = words;
    }
    return { bands, labels, flags };
  });

  const exported = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const bands: Record<string, { fill: string; opacity: number }> = {};
    const labels: Record<string, { text: string; fill: string }> = {};
    for (const band of doc.querySelectorAll('g.tier-band')) {
      const tier = band.getAttribute('data-tier')!;
      const rect = band.querySelector('rect')!;
      bands[tier] = {
        fill: rect.getAttribute('fill')!,
        opacity: Number(rect.getAttribute('fill-opacity') ?? 1),
      };
      const label = band.querySelector('text.tier-label')!;
      labels[tier] = { text: label.textContent ?? '', fill: label.getAttribute('fill')! };
    }
    const flags: Record<string, string> = {};
    for (const node of doc.querySelectorAll('g.node.role')) {
      const flag = node.querySelector('text.node-flag');
      if (flag) flags[node.getAttribute('data-id')!] = flag.textContent ?? '';
    }
    return { bands, labels, flags };
  }, svg);

  // Every tier on the canvas, in the canvas's colours and words.
  const tiers = Object.keys(screen.bands).sort();
  expect(tiers.length).toBeGreaterThan(1);
  expect(Object.keys(exported.bands).sort()).toEqual(tiers);
  for (const tier of tiers) {
    const band = exported.bands[tier]!;
    expect(cssColour(band.fill, band.opacity), tier).toBe(screen.bands[tier]);
    expect(exported.labels[tier]!.text).toBe(screen.labels[tier]!.text);
    expect(cssColour(exported.labels[tier]!.fill)).toBe(screen.labels[tier]!.colour);
  }

  // The same roles flagged, in the same words (a long line is cut short with "…" in the SVG).
  expect(Object.keys(exported.flags).sort()).toEqual(Object.keys(screen.flags).sort());
  expect(Object.values(screen.flags).flat()).toContain('No path to customer');
  for (const [id, line] of Object.entries(exported.flags)) {
    const whole = line.split(' · ').filter((word) => !word.endsWith('…'));
    expect(whole.length, id).toBeGreaterThan(0);
    for (const word of whole) expect(screen.flags[id], id).toContain(word);
  }
});
