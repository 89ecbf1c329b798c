/**
 * A 10,000-role chart with every branch drawn: the canvas switches to the
 * overview (the chart drawn on a <canvas>) when zoomed out, and back to nodes
 * when zoomed in; a box in the overview is a role a click selects. No timing
 * assertions: `npm run bench:browser` measures speed.
 */
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './chart-page';

/** Screen points (page coordinates) where the overview draws a role's card: opaque white pixels. */
async function roleCardPoints(page: Page): Promise<{ x: number; y: number }[]> {
  return page.locator('canvas.upturn-scene').evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx) return [];
    const ratio = canvas.width / canvas.clientWidth;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const box = canvas.getBoundingClientRect();
    const points: { x: number; y: number }[] = [];
    // Every 8th pixel, away from the edges (where the labels and controls sit).
    for (let y = 8; y < canvas.height - 8; y += 8) {
      for (let x = Math.round(160 * ratio); x < canvas.width - 220 * ratio; x += 8) {
        const at = (y * canvas.width + x) * 4;
        const white = data[at] === 255 && data[at + 1] === 255 && data[at + 2] === 255;
        if (white && data[at + 3] === 255) {
          points.push({ x: box.left + x / ratio, y: box.top + y / ratio });
        }
      }
    }
    return points;
  });
}

test('a 10,000-role chart zooms out to the overview and back; a box there selects its role', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const chart = new EditorPage(page);
  await page.goto('/?demo=10000&expanded');
  const roles = page.locator('.react-flow__node-role');
  await expect(roles.first()).toBeVisible({ timeout: 30_000 });
  await expect(chart.canvas).toHaveAttribute('data-lod', 'detail');
  await expect(chart.analysis.locator('dd').first()).toHaveText('10000');

  // Zoomed out: no role nodes, the chart is drawn on the overview canvas.
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  await expect(async () => {
    await zoomOut.click();
    await expect(chart.canvas).toHaveAttribute('data-lod', 'overview', { timeout: 600 });
  }).toPass({ timeout: 15_000 });
  await expect(roles).toHaveCount(0);
  const overview = page.locator('canvas.upturn-scene');
  await expect(overview).toHaveAttribute('data-drawn', 'true');

  // Back in: role nodes again (as many steps in as it took to get out).
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await expect(async () => {
    await zoomIn.click();
    await expect(chart.canvas).toHaveAttribute('data-lod', 'detail', { timeout: 600 });
  }).toPass({ timeout: 15_000 });
  await expect(roles.first()).toBeVisible();

  // Out again; the pointer over a box names its role, and a click selects it.
  await expect(async () => {
    await zoomOut.click();
    await expect(chart.canvas).toHaveAttribute('data-lod', 'overview', { timeout: 600 });
  }).toPass({ timeout: 15_000 });
  await expect(overview).toHaveAttribute('data-drawn', 'true');
  await chart.settle(); // the zoom's animation has ended
  const points = await roleCardPoints(page);
  expect(points.length).toBeGreaterThan(0);
  const point = points[Math.floor(points.length / 2)]!;
  await page.mouse.move(point.x, point.y);
  const label = page.getByRole('tooltip');
  await expect(label).toBeVisible();
  const title = (await label.textContent())!.trim();
  expect(title.length).toBeGreaterThan(0);

  await page.mouse.click(point.x, point.y);
  await expect(chart.selection.getByLabel('Title')).toHaveValue(title);
  // The click zooms to the role: it is a node again, selected.
  await expect(chart.canvas).toHaveAttribute('data-lod', 'detail');
  const selected = page.locator('.react-flow__node.selected');
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText(title);
});
