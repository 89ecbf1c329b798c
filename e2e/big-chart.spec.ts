/**
 * Navigating a big chart (issue 5): collapse and expand, search, path
 * highlighting, and a 10,000-role chart that opens and answers a click.
 * No timing assertions: the benchmark measures speed.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ChartPage } from './chart-page';

/** The node whose title is exactly `title` (the sample has two "Cashier"s and two "Sales Associate"s). */
function titled(page: Page, title: string): Locator {
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.react-flow__node').filter({
    has: page.locator('.upturn-node-title', { hasText: exact }),
  });
}

/** A figure of the Service analysis ("Roles", "Headcount"…). */
function figure(chart: ChartPage, label: string): Locator {
  return chart.analysis
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd');
}

/** Waits until `node` lies wholly inside the canvas (it has been centred, not just drawn). */
async function expectOnScreen(chart: ChartPage, node: Locator): Promise<void> {
  await expect(async () => {
    const canvas = await chart.canvas.boundingBox();
    const box = await node.boundingBox();
    expect(canvas).not.toBeNull();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(canvas!.x);
    expect(box!.y).toBeGreaterThanOrEqual(canvas!.y);
    expect(box!.x + box!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height);
  }).toPass();
}

test.describe('collapse and expand', () => {
  test('a manager folds away its branch behind a "+N" badge and opens again', async ({ page }) => {
    const chart = new ChartPage(page);
    await chart.open();
    const nodes = page.locator('.react-flow__node');
    await expect(nodes).toHaveCount(22);

    await page.getByRole('button', { name: 'Collapse Chief Operating Officer' }).click();
    // The nine roles below the COO are gone; the COO and everyone else stay.
    await expect(nodes).toHaveCount(13);
    await expect(chart.node('Store Manager, North')).toHaveCount(0);
    await expect(chart.node('Online Support Agent')).toHaveCount(0);
    await expect(chart.node('Chief Operating Officer')).toBeVisible();
    await expect(chart.node('IT Support')).toBeVisible();
    await expect(chart.node('Shoppers')).toBeVisible();
    const badge = page.getByRole('button', { name: 'Expand Chief Operating Officer (9 hidden)' });
    await expect(badge).toHaveText('+9');
    await expect(badge).toHaveAttribute('title', /9 roles hidden \(76 people\)/);
    await expect(badge).toHaveAttribute('aria-expanded', 'false');

    // Collapsing changes what is drawn, never what the chart means.
    await expect(figure(chart, 'Roles')).toHaveText('20');
    await expect(figure(chart, 'Headcount')).toHaveText('93');

    // The badge is a button for the keyboard too.
    await badge.focus();
    await page.keyboard.press('Enter');
    await expect(nodes).toHaveCount(22);
    await expect(chart.node('Store Manager, North')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Collapse Chief Operating Officer' }),
    ).toHaveAttribute('aria-expanded', 'true');
    // Folding is view state, not an edit: nothing to undo.
    await expect(chart.button('Undo')).toBeDisabled();
  });

  test('flags in a collapsed branch are still counted and listed; focusing one opens it', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open();
    const flagged = chart.analysis.getByRole('button', { name: /Internal Auditor/ });
    await expect(flagged).toBeVisible();

    await page.getByRole('button', { name: 'Collapse Chief Financial Officer' }).click();
    await expect(chart.node('Internal Auditor')).toHaveCount(0);
    await expect(chart.node('IT Manager')).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: 'Expand Chief Financial Officer (6 hidden)' }),
    ).toBeVisible();
    // Every flag is still listed: the three roles with no path, and the IT Manager's span of one.
    await expect(flagged).toBeVisible();
    await expect(chart.analysis.getByRole('button', { name: /IT Manager/ })).toBeVisible();
    await expect(chart.analysis.getByRole('listitem')).toHaveCount(4);
    await expect(figure(chart, 'Roles with path')).toContainText('17/20');

    await flagged.click();
    const auditor = chart.node('Internal Auditor');
    await expect(auditor).toBeVisible();
    await expect(auditor).toHaveClass(/selected/);
    await expect(auditor).toContainText('No path to customer');
    await expectOnScreen(chart, auditor);
  });
});

test.describe('search', () => {
  test('Ctrl+F finds a role in a collapsed branch; Enter opens it, selects it and centres it', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open();
    // Both stores folded, then the whole company under the CEO.
    for (const manager of [
      'Store Manager, North',
      'Store Manager, South',
      'Chief Executive Officer',
    ]) {
      await page.getByRole('button', { name: `Collapse ${manager}` }).click();
    }
    await expect(page.locator('.react-flow__node')).toHaveCount(3);

    await page.keyboard.press('Control+f');
    const search = page.getByRole('combobox', { name: 'Search roles' });
    await expect(search).toBeFocused();
    await search.fill('CASHIER');
    const results = page.getByRole('listbox', { name: 'Matching roles' });
    await expect(results.getByRole('option')).toHaveCount(2);
    await expect(results.getByRole('option').nth(1)).toContainText('under Store Manager, South');
    await expect(results.getByRole('option').nth(1)).toContainText('in a collapsed branch');

    await search.press('ArrowDown');
    // The active option is the one the combobox points at (React Aria's ComboBox marks it by
    // aria-activedescendant, keeping aria-selected for a chosen value).
    const second = results.getByRole('option').nth(1);
    await expect(search).toHaveAttribute(
      'aria-activedescendant',
      (await second.getAttribute('id'))!,
    );
    await search.press('Enter');
    await expect(results).toBeHidden();

    // Its branch is open: the managers above it, and only those (the North store stays folded).
    const cashier = titled(page, 'Cashier');
    await expect(cashier).toHaveCount(1);
    await expect(cashier).toHaveClass(/selected/);
    await expectOnScreen(chart, cashier);
    await expect(page.getByRole('button', { name: /^Expand Store Manager, North/ })).toBeVisible();
    await expect(chart.selection.getByLabel('Title')).toHaveValue('Cashier');
    await expect(chart.selection.getByLabel('Manager')).toHaveValue(/^Store Manager, South/);
  });

  test('a click picks a result; a search by person and by team finds roles too', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open();
    const search = page.getByRole('combobox', { name: 'Search roles' });
    const options = page.getByRole('listbox', { name: 'Matching roles' }).getByRole('option');

    await search.fill('fischer');
    await expect(options).toHaveCount(1);
    await expect(options.first()).toContainText('Chief Financial Officer');

    await search.fill('internal audit');
    await expect(options).toHaveCount(1);
    await search.fill('no role is called this');
    await expect(options).toHaveCount(0);
    await expect(page.getByText('No role matches.')).toBeVisible();

    await search.fill('okafor');
    await options.first().click();
    const coo = chart.node('Chief Operating Officer');
    await expect(coo).toHaveClass(/selected/);
    await expectOnScreen(chart, coo);
    await expect(chart.selection.getByLabel('Person')).toHaveValue('James Okafor');
  });
});

test.describe('path to customer', () => {
  test('highlights the service path, dims the rest, and Escape clears it', async ({ page }) => {
    const chart = new ChartPage(page);
    await chart.open();
    // The path runs through a folded branch: showing it opens the branch.
    await page.getByRole('button', { name: 'Collapse Chief Operating Officer' }).click();
    await expect(chart.node('Store Manager, North')).toHaveCount(0);

    await chart.selectNode('Store Accountant');
    const show = chart.selection.getByRole('button', { name: 'Show path to customer' });
    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: 'Highlighted path' })).toContainText(
      'Path from Store Accountant to Shoppers: 3 steps',
    );

    // Store Accountant → Store Manager, North → Sales Associate → Shoppers.
    const lit = page.locator('.react-flow__node.is-on-path');
    await expect(lit).toHaveCount(4);
    for (const title of ['Store Accountant', 'Store Manager, North', 'Shoppers']) {
      await expect(chart.node(title)).toHaveClass(/is-on-path/);
    }
    await expect(page.locator('.react-flow__edge.is-on-path')).toHaveCount(3);
    const ceo = chart.node('Chief Executive Officer');
    await expect(ceo).not.toHaveClass(/is-on-path/);
    await expect(ceo).toHaveCSS('opacity', '0.22');
    await expect(chart.node('Store Accountant')).toHaveCSS('opacity', '1');

    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Highlighted path' })).toBeHidden();
    await expect(lit).toHaveCount(0);
    await expect(ceo).toHaveCSS('opacity', '1');
    await expect(show).toHaveAttribute('aria-pressed', 'false');
  });

  test('"Clear highlight" clears it too; a role with no path has nothing to show', async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    await chart.open();
    await chart.selectNode('Online Support Agent');
    await chart.selection.getByRole('button', { name: 'Show path to customer' }).click();
    await expect(page.locator('.react-flow__node.is-on-path')).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    await expect(page.locator('.react-flow__node.is-on-path')).toHaveCount(0);

    await chart.selectNode('Executive Assistant');
    await expect(
      chart.selection.getByRole('button', { name: 'Show path to customer' }),
    ).toBeDisabled();
  });
});

test.describe('a 10,000-role chart', () => {
  test('opens folded, counts every role, and answers a click', async ({ page }) => {
    test.setTimeout(60_000);
    const chart = new ChartPage(page);
    await page.goto('/?demo=10000');
    const nodes = page.locator('.react-flow__node');
    await expect(nodes.first()).toBeVisible({ timeout: 20_000 });
    // Opened collapsed below a few levels: a few hundred nodes at most are drawn…
    expect(await nodes.count()).toBeLessThanOrEqual(303);
    await expect(page.getByRole('button', { name: /^Expand .* hidden\)$/ }).first()).toBeAttached();
    // …and the analysis counts all of them.
    await expect(figure(chart, 'Roles')).toHaveText('10000');

    const ceo = chart.node('Chief Executive Officer');
    await ceo.click();
    await expect(ceo).toHaveClass(/selected/);
    await expect(chart.selection.getByLabel('Title')).toHaveValue('Chief Executive Officer');
  });

  test('search finds a role deep in a folded branch and brings it on screen', async ({ page }) => {
    test.setTimeout(60_000);
    const chart = new ChartPage(page);
    await page.goto('/?demo=10000');
    await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
    const search = page.getByRole('combobox', { name: 'Search roles' });
    await search.fill('cashier');
    const options = page.getByRole('listbox', { name: 'Matching roles' }).getByRole('option');
    await expect(options).toHaveCount(50);
    await expect(page.getByText(/^50 of [\d,]+ shown/)).toBeVisible();
    const target = options.filter({ hasText: 'in a collapsed branch' }).first();
    await target.click();

    const selected = page.locator('.react-flow__node.selected');
    await expect(selected).toHaveCount(1);
    await expect(selected).toContainText('Cashier');
    await expectOnScreen(chart, selected);
    await expect(chart.selection.getByLabel('Title')).toHaveValue('Cashier');
  });
});
