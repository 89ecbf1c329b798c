/**
 * Issue 8: an imported chart of any size is fitted in the first frames after
 * it opens, not after React Flow happens to hold every role (a windowed chart
 * never does). The page's clock is paused when the import is applied and run
 * a few frames on by hand, so nothing later can fit it instead.
 */
import { expect, test, type Locator } from '@playwright/test';
import { bigCsv } from './fixtures/big-csv';
import { openEditorImport } from './fixtures/files-page';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around every element a locator finds. */
async function union(elements: Locator): Promise<Box> {
  return elements.evaluateAll((found) => {
    const boxes = found.map((element) => element.getBoundingClientRect());
    const left = Math.min(...boxes.map((box) => box.left));
    const top = Math.min(...boxes.map((box) => box.top));
    const right = Math.max(...boxes.map((box) => box.right));
    const bottom = Math.max(...boxes.map((box) => box.bottom));
    return { x: left, y: top, width: right - left, height: bottom - top };
  });
}

/** Whether every element a locator finds lies inside a box (a pixel's rounding allowed). */
async function inside(elements: Locator, outer: Box): Promise<boolean> {
  const box = await union(elements);
  return (
    box.x >= outer.x - 1 &&
    box.y >= outer.y - 1 &&
    box.x + box.width <= outer.x + outer.width + 1 &&
    box.y + box.height <= outer.y + outer.height + 1
  );
}

test('an imported chart of 450 roles is fitted in the first frames after it opens', async ({
  page,
}) => {
  await page.clock.install();
  const { files } = await openEditorImport(page);
  await files.fileInput.setInputFiles({
    name: 'fit-check.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bigCsv(450, 'Fit Role')),
  });
  await expect(files.importButton).toHaveText('Import 450 roles');

  // From here on no frame runs unless the test runs it.
  await page.clock.pauseAt(Date.now() + 60_000);
  await files.importButton.click();
  await expect(files.importDialog).toBeHidden();
  await expect(files.chartList).toHaveAccessibleName('Chart list: Fit check');
  await page.clock.runFor(250); // about fifteen frames

  // Every node drawn (and the invisible one spanning a windowed chart) lies inside the canvas…
  const canvas = await page.getByTestId('canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  const nodes = page.locator('.react-flow__node');
  await expect(nodes.filter({ hasText: 'Fit Role 1' }).first()).toBeVisible();
  await expect.poll(() => inside(nodes, canvas)).toBe(true);
  // …and the chart is fitted, not merely small: the nodes span most of the canvas one way.
  const span = await union(nodes);
  expect(Math.max(span.width / canvas.width, span.height / canvas.height)).toBeGreaterThan(0.6);
});
