/**
 * The compare view of a big chart (more than the 400 nodes the canvas draws
 * as DOM): both sides open as the canvas overview, a change focused brings its
 * cards into the DOM (only those near the view), and the overlay's marks are
 * words and icons there, sized for the zoom. No timing assertions: `npm run
 * bench:browser -- --only compare` measures speed.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { compareViolations } from './compare-axe';
import { bigCsv } from './fixtures/big-csv';
import { openEditorImport } from './fixtures/files-page';

const ROLES = 600;

/** Finds a role with the search (Ctrl+F) and selects it. */
async function find(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+f');
  const search = page.getByRole('combobox', { name: 'Search roles' });
  await expect(search).toBeFocused();
  await search.fill(title);
  const results = page.getByRole('listbox', { name: 'Matching roles' });
  await expect(results.getByRole('option').first()).toContainText(title);
  await search.press('Enter');
  await expect(results).toBeHidden();
}

/** The middle of the green (an added role's) pixels the overview draws, in page coordinates. */
async function greenPoint(scene: Locator): Promise<{ x: number; y: number } | null> {
  return scene.evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const ratio = canvas.width / canvas.clientWidth;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const found: { x: number; y: number }[] = [];
    for (let at = 0; at < data.length; at += 4) {
      const [r, g, b] = [data[at]!, data[at + 1]!, data[at + 2]!];
      if (g > r + 60 && g > b + 20) {
        const pixel = at / 4;
        found.push({ x: pixel % canvas.width, y: Math.floor(pixel / canvas.width) });
      }
    }
    if (found.length === 0) return null;
    const middle = found[Math.floor(found.length / 2)]!;
    const box = canvas.getBoundingClientRect();
    return { x: box.left + (middle.x + 0.5) / ratio, y: box.top + (middle.y + 0.5) / ratio };
  });
}

test('a scenario of a 600-role chart compared: the overview first, a change focused as cards with their marks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { chart, files } = await openEditorImport(page);
  await files.fileInput.setInputFiles({
    name: 'big-compare.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bigCsv(ROLES, 'Big Role')),
  });
  await expect(files.importButton).toHaveText(`Import ${ROLES} roles`);
  await files.importButton.click();
  await expect(files.chartList).toHaveAccessibleName('Chart list: Big compare');

  await chart.button('New scenario').click();
  await expect(files.chartList).toHaveAccessibleName('Chart list: Big compare scenario');
  // A leaf goes, and a role is added under Big Role 2.
  await find(page, 'Big Role 600');
  await expect(chart.selection.getByLabel('Title', { exact: true })).toHaveValue('Big Role 600');
  await page.keyboard.press('Delete');
  await expect(chart.selection.getByLabel('Title', { exact: true })).toHaveCount(0);
  await find(page, 'Big Role 2');
  await expect(chart.selection.getByLabel('Title', { exact: true })).toHaveValue('Big Role 2');
  await page.keyboard.press('r');
  const title = chart.selection.getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await title.fill('Big Coach');
  await title.press('Enter');

  await chart.button('Compare').click();
  const compare = page.locator('[data-compare]');
  await expect(compare).toHaveAttribute('data-compare', 'side-by-side');
  const changes = page.getByRole('region', { name: 'Changes' });
  const added = 'Big Coach added under Big Role 2';
  const removed = 'Big Role 600 removed (was under Big Role 75)';
  await expect(changes.getByRole('button')).toHaveText([added, removed]);
  await expect(
    page.getByRole('region', { name: 'Scenario figures' }).locator('[data-figure]').first(),
  ).toBeVisible();

  // Opened whole: each side is the canvas overview, no role drawn as a card.
  const before = page.getByRole('region', { name: 'Before' });
  const after = page.getByRole('region', { name: 'After' });
  for (const side of [before, after]) {
    await expect(side.locator('.upturn-compare-canvas')).toHaveAttribute('data-lod', 'overview');
    await expect(side.locator('canvas.upturn-scene')).toHaveAttribute('data-drawn', 'true');
    await expect(side.locator('[data-compare-role]')).toHaveCount(0);
  }

  // A change focused: its role as a card, with the cards near it, not all 600.
  await changes.getByRole('button', { name: added }).click();
  await expect(after.locator('[data-compare-role="Big Coach"][data-focused="true"]')).toBeVisible();
  await expect(after.locator('.upturn-compare-canvas')).toHaveAttribute('data-lod', 'detail');
  expect(await after.locator('[data-compare-role]').count()).toBeLessThan(ROLES / 2);
  // The before side follows (the same place, the same zoom): cards there too.
  await expect(before.locator('.upturn-compare-canvas')).toHaveAttribute('data-lod', 'detail');
  await expect(before.locator('[data-compare-role]').first()).toBeVisible();
  expect(await compareViolations(page)).toEqual([]);

  // The overlay: the marks in words on the cards, an icon and a word at this zoom.
  await page.getByRole('button', { name: 'Overlay', exact: true }).click();
  await expect(compare).toHaveAttribute('data-compare', 'overlay');
  const overlay = page.getByRole('region', { name: 'After, with the changes marked' });
  await changes.getByRole('button', { name: added }).click();
  await expect(
    overlay.locator('[data-compare-role="Big Coach"][data-focused="true"]'),
  ).toContainText('Added under Big Role 2');
  await changes.getByRole('button', { name: removed }).click();
  const ghost = overlay.locator('[data-compare-role="Big Role 600"][data-focused="true"]');
  await expect(ghost).toContainText('Removed (was under Big Role 75)');
  const canvas = overlay.locator('.upturn-compare-canvas');
  const detail = await canvas.getAttribute('data-detail');
  const word = ghost.locator('.upturn-compare-mark-word');
  if (detail === 'full') await expect(word).toBeHidden();
  else await expect(word).toHaveText('Removed');
  expect(await compareViolations(page)).toEqual([]);

  // "Show all" returns to the overview, where the added role is a green mark; a click on it
  // focuses it.
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  await expect(canvas).toHaveAttribute('data-lod', 'overview');
  const scene = overlay.locator('canvas.upturn-scene');
  await expect(scene).toHaveAttribute('data-drawn', 'true');
  const green = await greenPoint(scene);
  expect(green).not.toBeNull();
  await page.mouse.click(green!.x, green!.y);
  await expect(
    overlay.locator('[data-compare-role="Big Coach"][data-focused="true"]'),
  ).toBeVisible();

  // Two unrelated charts: hundreds of changes, a group listed a hundred at a time.
  await page.getByRole('combobox', { name: 'After' }).selectOption({ label: 'Northwind Retail' });
  const gone = changes.locator('[data-group="removed"]');
  await expect(gone.getByRole('heading')).toContainText(`(${ROLES})`);
  await expect(gone.getByRole('listitem')).toHaveCount(100);
  const more = gone.getByRole('button', { name: `Show 100 more (${ROLES - 100} not shown)` });
  await more.click();
  await expect(gone.getByRole('listitem')).toHaveCount(200);
  // The focus is on the first entry it brought.
  await expect(gone.getByRole('listitem').nth(100).getByRole('button')).toBeFocused();
});
