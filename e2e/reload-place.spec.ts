/**
 * Issue 8: a reload comes back where the user was — zoom, pan and selection
 * are kept with the chart, per chart.
 */
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './chart-page';

/** The canvas's pan and zoom, read from React Flow's viewport transform. */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\((-?[\d.]+)\)/.exec(transform);
  if (!match) throw new Error(`unexpected viewport transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

function expectClose(
  actual: { x: number; y: number; zoom: number },
  expected: { x: number; y: number; zoom: number },
): void {
  expect(Math.abs(actual.x - expected.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(actual.y - expected.y)).toBeLessThanOrEqual(2);
  expect(Math.abs(actual.zoom - expected.zoom)).toBeLessThanOrEqual(0.01);
}

test('a reload keeps the zoom, the pan and the selection, per chart', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.settle();
  const fitted = await viewport(page);

  // Zoom in twice, pan by dragging empty canvas, select a role.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await editor.settle();
  const spot = await editor.emptySpot();
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  await page.mouse.move(spot.x - 120, spot.y + 70, { steps: 8 });
  await page.mouse.up();
  await editor.settle();
  await editor.selectNode('Chief Operating Officer');
  await expect(editor.selectedNodes).toHaveCount(1);
  const left = await viewport(page);
  expect(left.zoom).toBeGreaterThan(fitted.zoom);

  await page.reload();
  await expect(editor.exactNode('Chief Operating Officer')).toBeVisible();
  await editor.settle();
  expectClose(await viewport(page), left);
  await expect(editor.selectedNodes).toHaveCount(1);
  await expect(editor.selectedNodes).toContainText('Chief Operating Officer');
  await expect(editor.selection).toContainText('Chief Operating Officer');

  // Another chart has its own place: a new chart opens fitted, with nothing selected...
  await editor.newEmptyChart();
  await editor.button('Add role').click();
  await expect(editor.exactNode('New role')).toBeVisible();
  await editor.leaveFields();
  // ...and switching back comes back to where the first chart was left.
  const list = page.getByRole('button', { name: /^Chart list: / });
  await list.click();
  await page
    .getByRole('dialog', { name: 'Your charts' })
    .getByRole('button', { name: 'Northwind Retail', exact: true })
    .click();
  await expect(editor.exactNode('Chief Operating Officer')).toBeVisible();
  await editor.settle();
  expectClose(await viewport(page), left);
  await expect(editor.selectedNodes).toContainText('Chief Operating Officer');
});
