import { expect, test } from '@playwright/test';
import { demoChartFromUrl } from '../src/app/demo';
import { analysisOf, layoutOf } from '../src/editor/derived';
import { describePdfPlan, MIN_TITLE_PT, pdfPlanFor } from '../src/files/export/pdf-plan';
import { ChartPage } from './chart-page';
import { FilesPage } from './fixtures/files-page';
import { pdfText } from './fixtures/pdf-text';

test('PDF of a 150-role chart: on the paper the menu names, every title at 6 pt or more', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const chart = demoChartFromUrl('?demo=150')!;
  const plan = pdfPlanFor({
    chart,
    view: 'customer-first',
    layout: layoutOf(chart, 'customer-first'),
    analysis: analysisOf(chart),
  });
  expect(plan.kind).toBe('single');

  await page.goto('/?demo=150');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const files = new FilesPage(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const item = files.exportMenu.getByRole('menuitem', { name: 'PDF', exact: true });
  // The menu says which paper the chart gets.
  await expect(item).toHaveAccessibleDescription(new RegExp(`^${describePdfPlan(plan)}`));
  await expect(item).toHaveAccessibleDescription(/^A[0-4] (landscape|portrait)/);
  const downloading = page.waitForEvent('download');
  await item.click();
  const pdf = new Uint8Array(await FilesPage.bytes(await downloading));

  const latin = Buffer.from(pdf).toString('latin1');
  expect(latin.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  if (plan.kind !== 'single') return;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(latin);
  expect(Number(box![1])).toBeCloseTo(plan.page.pageWidth, 0);
  expect(Number(box![2])).toBeCloseTo(plan.page.pageHeight, 0);

  const shown = pdfText(pdf).filter((text) => text.text.trim() !== '');
  // Every role's title is drawn (one string a line), and every string prints at 6 pt or more.
  expect(shown.length).toBeGreaterThan(chart.roles.length);
  const printed = new Set(shown.map((text) => text.text.trim()));
  for (const role of chart.roles.slice(0, 40)) {
    const first = role.title.split(' ')[0]!;
    expect(
      [...printed].some((text) => text.startsWith(first)),
      role.title,
    ).toBe(true);
  }
  const smallest = Math.min(...shown.map((text) => text.size));
  expect(smallest).toBeGreaterThanOrEqual(MIN_TITLE_PT - 0.01);
});

test('SVG of the sample chart: no title cut short with "…"', async ({ page }) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const svg = (await FilesPage.bytes(await files.exportAs('SVG'))).toString('utf8');
  const titles = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return [...doc.querySelectorAll('g.node.role')].map((node) => ({
      tooltip: node.querySelector('title')?.textContent?.split('\n')[0] ?? '',
      lines: [...node.querySelectorAll('text.node-title tspan')].map((s) => s.textContent ?? ''),
    }));
  }, svg);
  expect(titles.length).toBeGreaterThan(10);
  for (const { tooltip, lines } of titles) {
    expect(lines.length, tooltip).toBeGreaterThan(0);
    for (const line of lines) expect(line.endsWith('…'), tooltip).toBe(false);
    // At the sample's sizes nothing needs shortening: the lines are the whole title.
    expect(lines.join(' ')).toBe(tooltip.split(/\s+/).join(' '));
  }
});
