import { expect, test } from '@playwright/test';
import { readChartFromPng } from '../src/files/image/png-metadata';
import { ChartPage } from './chart-page';
import { FilesPage, fixturePath } from './fixtures/files-page';

const IMG = '<img src=x onerror=alert(1)>';
const AIDE = 'Aide <img src=x onerror=alert(4)>';

test('hostile text stays text: on the canvas, in the panels, in every export; nothing runs', async ({
  page,
  context,
}) => {
  // Any alert(), confirm() or prompt() from any page of this test fails it.
  const dialogs: string[] = [];
  context.on('page', (opened) => opened.on('dialog', (dialog) => void dialog.dismiss()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  await files.chooseFile(fixturePath('hostile.upturn.json'));
  await expect(files.importDialog).toBeHidden();

  // The canvas shows the markup as text; no element was made from it.
  await expect(chart.node(IMG).first()).toBeVisible();
  await expect(chart.node(AIDE)).toBeVisible();
  await expect(chart.node('"><svg onload=alert(2)>')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main script, main b, main i')).toHaveCount(0);
  await expect(files.chartList).toHaveAccessibleName('Chart list: Hostile <b>chart</b>');

  // The analysis panel names the flagged role literally, and the inspector shows the title.
  await expect(chart.analysis.getByRole('button', { name: AIDE })).toBeVisible();
  await chart.selectNode(AIDE);
  await expect(page.locator('#inspector-title')).toHaveValue(AIDE);

  // SVG: escaped text, no markup from the chart.
  const svgDownload = await files.exportAs('SVG');
  const svg = (await FilesPage.bytes(svgDownload)).toString('utf8');
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(svg).not.toContain('<img');
  expect(svg).not.toContain('<script');
  expect(svg).not.toMatch(/<svg[^>]*onload/);

  // Opened on its own, the exported SVG runs nothing either.
  const viewer = await context.newPage();
  const viewerDialogs: string[] = [];
  viewer.on('dialog', (dialog) => viewerDialogs.push(dialog.message()));
  await viewer.route('http://upturn.test/chart.svg', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: svg }),
  );
  await viewer.goto('http://upturn.test/chart.svg');
  // Titles too long for a box are shortened; the node's tooltip keeps them whole.
  await expect(viewer.locator('g.node > title').filter({ hasText: IMG })).toHaveCount(1);
  await expect(viewer.locator('img')).toHaveCount(0);
  await viewer.close();
  expect(viewerDialogs).toEqual([]);

  // CSV: the text as written, the formula neutralised.
  const csv = (await FilesPage.bytes(await files.exportAs('CSV'))).toString('utf8');
  expect(csv).toContain(IMG);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);

  // PNG and JSON carry the text unchanged.
  const png = readChartFromPng(new Uint8Array(await FilesPage.bytes(await files.exportAs('PNG'))));
  expect(png.ok && png.chart.roles.map((role) => role.title)).toContain(IMG);
  const json = JSON.parse((await FilesPage.bytes(await files.exportAs('JSON'))).toString('utf8'));
  expect(json.roles[0].title).toBe(IMG);
  const pdf = await FilesPage.bytes(await files.exportAs('PDF'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  expect(dialogs).toEqual([]);
});
