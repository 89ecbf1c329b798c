import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './chart-page';

function outline(page: Page) {
  return page.getByRole('treegrid', { name: 'Outline' });
}

/** A row of the outline by its title (its accessible name starts with the title). */
function row(page: Page, title: string) {
  return outline(page).getByRole('row', { name: new RegExp(`^${title},`) });
}

async function openOutline(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Outline', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(outline(page)).toBeVisible();
}

test('the Outline lists the chart as a tree grid, opened from the toolbar', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await openOutline(page);
  // The top leader, and its reports (the top two levels are open at first).
  const ceo = row(page, 'Chief Executive Officer');
  await expect(ceo).toHaveAttribute('aria-level', '1');
  await expect(ceo).toHaveAttribute('aria-expanded', 'true');
  await expect(outline(page).getByRole('row', { level: 2 }).first()).toBeVisible();
  // Every column is in the row's name: title, person, team, headcount, distance, flags.
  await expect(ceo).toHaveAccessibleName(/headcount \d+/);
  await expect(
    outline(page)
      .getByRole('row', { name: /No path to customer/ })
      .first(),
  ).toBeAttached();

  await page.getByRole('button', { name: 'Outline', exact: true }).click();
  await expect(outline(page)).toBeHidden();
});

test('arrow keys move through the rows; Right opens a branch, Left closes it; Home and End', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await openOutline(page);
  const ceo = row(page, 'Chief Executive Officer');
  await ceo.click();
  await expect(ceo).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = outline(page).getByRole('row', { level: 2 }).first();
  await expect(second).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(ceo).toBeFocused();

  // Left closes the top branch: only the top row is left.
  await page.keyboard.press('ArrowLeft');
  await expect(ceo).toHaveAttribute('aria-expanded', 'false');
  await expect(outline(page).getByRole('row')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(ceo).toHaveAttribute('aria-expanded', 'true');
  await expect(outline(page).getByRole('row', { level: 2 }).first()).toBeVisible();

  // A report's branch opens the same way, and closes back with Left.
  const branch = outline(page).getByRole('row', { level: 2, expanded: false }).first();
  const name = (await branch.getAttribute('aria-label')) ?? '';
  const report = outline(page).getByRole('row', { name, exact: true });
  await report.click();
  await expect(report).toBeFocused();
  await expect(outline(page).getByRole('row', { level: 3 })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(report).toHaveAttribute('aria-expanded', 'true');
  await expect(outline(page).getByRole('row', { level: 3 }).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(outline(page).getByRole('row', { level: 3 }).first()).toBeFocused();

  await page.keyboard.press('End');
  await expect(outline(page).getByRole('row').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(ceo).toBeFocused();
});

test('the selection is shared with the canvas, both ways', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await openOutline(page);

  // Outline → canvas.
  await row(page, 'Chief Executive Officer').click();
  await expect(row(page, 'Chief Executive Officer')).toHaveAttribute('aria-selected', 'true');
  await expect(editor.selectedNodes).toHaveCount(1);
  await expect(editor.exactNode('Chief Executive Officer')).toHaveClass(/selected/);
  // Arrow keys carry the selection along, on the canvas too.
  await page.keyboard.press('ArrowDown');
  const second = outline(page).getByRole('row', { level: 2 }).first();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const secondTitle = ((await second.getAttribute('aria-label')) ?? '').split(',')[0]!;
  await expect(editor.exactNode(secondTitle)).toHaveClass(/selected/);
  await expect(editor.selectedNodes).toHaveCount(1);

  // Canvas → outline: a front-line role deep down, its branch opened to show it.
  await expect(row(page, 'Online Support Agent')).toHaveCount(0);
  await editor.selectNode('Online Support Agent');
  await expect(row(page, 'Online Support Agent')).toHaveAttribute('aria-selected', 'true');
  await expect(second).toHaveAttribute('aria-selected', 'false');
});

test('the Outline open: no axe violations', async ({ page }) => {
  // Axe takes 10 to 20 s over the whole editor on a busy machine.
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  await editor.open();
  await editor.settle();
  await openOutline(page);
  await row(page, 'Chief Executive Officer').click();
  await editor.settle();
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary}`,
    ),
  );
  expect(found).toEqual([]);
});

test('10,000 roles: the outline opens and follows the keys, with only a few rows in the page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?demo=10000');
  await expect(page.locator('.react-flow__renderer')).toBeVisible();
  await openOutline(page);
  const rows = outline(page).getByRole('row');
  await rows.first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(outline(page).getByRole('row', { level: 2 }).first()).toBeFocused();
  // Virtualised: far fewer rows in the page than roles, and the grid knows how many there are.
  expect(await rows.count()).toBeLessThan(200);
});
