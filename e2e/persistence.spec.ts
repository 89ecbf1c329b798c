import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ChartPage } from './chart-page';
import { storedCharts } from './journal-page';

/** Resolves once a stored chart named `name` has `text` in its document (the autosave has written it). */
async function stored(page: Page, name: string, text: string, view?: string): Promise<void> {
  await expect
    .poll(async () => {
      const record = (await storedCharts(page)).find((chart) => chart.name === name);
      if (view !== undefined && record?.view !== view) return false;
      return record?.document.includes(text) ?? false;
    })
    .toBe(true);
}

/** The chart list in the toolbar. */
class ChartList {
  constructor(readonly page: Page) {}

  get trigger() {
    return this.page.getByRole('button', { name: /^Chart list: / });
  }

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Your charts' });
  }

  get items() {
    return this.dialog.getByRole('list', { name: 'Saved charts' }).getByRole('listitem');
  }

  chart(name: string) {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  async open(): Promise<void> {
    await this.trigger.click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByRole('list', { name: 'Saved charts' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
  }

  async expectOpen(name: string): Promise<void> {
    await expect(this.trigger).toHaveAccessibleName(`Chart list: ${name}`);
  }
}

test('a change survives a reload, the view included', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.open();
  await chart.button('Add role').click();
  await expect(chart.node('New role')).toBeVisible();
  await chart.button('Flip').click();
  await expect(chart.canvas).toHaveAttribute('data-view', 'traditional');
  // Saved within a second: the new role and the view.
  await stored(page, 'Northwind Retail', 'New role', 'traditional');

  await page.reload();
  await expect(chart.node('New role')).toBeVisible();
  await expect(chart.canvas).toHaveAttribute('data-view', 'traditional');
  await expect(chart.node('Chief Executive Officer')).toBeVisible();
  // The undo history came back with the chart (issue 10), and loading it added no step:
  // one Undo takes back the one edit, and then there is nothing left to undo.
  await chart.button('Undo').click();
  await expect(chart.node('New role')).toHaveCount(0);
  await expect(chart.button('Undo')).toBeDisabled();
});

test('the chart list creates, renames, duplicates and switches charts', async ({ page }) => {
  const chart = new ChartPage(page);
  const list = new ChartList(page);
  await chart.open();
  await list.expectOpen('Northwind Retail');

  await list.open();
  await expect(list.items).toHaveCount(1);
  await expect(list.chart('Northwind Retail')).toHaveAttribute('aria-current', 'true');
  await expect(list.chart('Northwind Retail')).toBeFocused();
  await expect(list.dialog).toContainText('20 roles');
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations).toEqual([]);

  // New chart: an empty one, opened at once.
  await list.dialog.getByRole('button', { name: 'New chart' }).click();
  await expect(list.dialog).toBeHidden();
  await list.expectOpen('Untitled chart');
  await expect(chart.node('Chief Executive Officer')).toHaveCount(0);
  await chart.button('Add role').click();
  await expect(chart.node('New role')).toBeVisible();

  // Rename it inline.
  await list.open();
  await expect(list.items).toHaveCount(2);
  await list.dialog.getByRole('button', { name: 'Rename Untitled chart' }).click();
  const field = list.dialog.getByRole('textbox', { name: 'Chart name' });
  await expect(field).toBeFocused();
  await field.fill('Plan B');
  await field.press('Enter');
  await expect(list.chart('Plan B')).toBeVisible();
  await list.expectOpen('Plan B');

  // Duplicate it: a copy in the list, the open chart stays open.
  await list.dialog.getByRole('button', { name: 'Duplicate Plan B' }).click();
  await expect(list.chart('Plan B copy')).toBeVisible();
  await expect(list.items).toHaveCount(3);
  await expect(list.chart('Plan B')).toHaveAttribute('aria-current', 'true');

  // Switch to the sample by clicking it.
  await list.chart('Northwind Retail').click();
  await expect(list.dialog).toBeHidden();
  await expect(list.trigger).toBeFocused();
  await list.expectOpen('Northwind Retail');
  await expect(chart.node('Chief Executive Officer')).toBeVisible();
  await expect(chart.node('New role')).toHaveCount(0);

  // And to the copy, which has Plan B's role; after a reload it is still the one open.
  await list.open();
  await list.chart('Plan B copy').click();
  await list.expectOpen('Plan B copy');
  await expect(chart.node('New role')).toBeVisible();
  await expect(chart.node('Chief Executive Officer')).toHaveCount(0);
  await page.reload();
  await list.expectOpen('Plan B copy');
  await expect(chart.node('New role')).toBeVisible();
});

test('the chart list deletes after a confirmation, and makes new charts from the sample', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  const list = new ChartList(page);
  await chart.open();

  await list.open();
  await list.dialog.getByRole('button', { name: 'Duplicate Northwind Retail' }).click();
  await expect(list.items).toHaveCount(2);

  // Cancel first changes nothing; Delete then removes it.
  await list.dialog.getByRole('button', { name: 'Delete Northwind Retail copy' }).click();
  await expect(list.dialog).toContainText('Delete Northwind Retail copy? This cannot be undone.');
  await expect(list.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await list.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.items).toHaveCount(2);
  await list.dialog.getByRole('button', { name: 'Delete Northwind Retail copy' }).click();
  await list.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(list.chart('Northwind Retail copy')).toHaveCount(0);
  await expect(list.items).toHaveCount(1);

  // Escape closes the list and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(list.dialog).toBeHidden();
  await expect(list.trigger).toBeFocused();

  // New from sample: a fresh copy of the sample under a free name.
  await list.open();
  await list.dialog.getByRole('button', { name: 'New from sample' }).click();
  await list.expectOpen('Northwind Retail 2');
  await expect(chart.node('Chief Executive Officer')).toBeVisible();

  // Deleting the open chart opens another one.
  await list.open();
  await list.dialog.getByRole('button', { name: 'Delete Northwind Retail 2' }).click();
  await list.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(list.items).toHaveCount(1);
  await list.expectOpen('Northwind Retail');
  await expect(list.chart('Northwind Retail')).toHaveAttribute('aria-current', 'true');
});

test('text from storage is shown as text', async ({ page }) => {
  const chart = new ChartPage(page);
  const list = new ChartList(page);
  await chart.open();
  await list.open();
  await list.dialog.getByRole('button', { name: 'Rename Northwind Retail' }).click();
  const markup = '<img src=x onerror="window.__hacked=1">';
  await list.dialog.getByRole('textbox', { name: 'Chart name' }).fill(markup);
  await list.dialog.getByRole('textbox', { name: 'Chart name' }).press('Enter');
  await expect(list.chart(markup)).toBeVisible();
  await page.reload();
  await list.expectOpen(markup);
  await list.open();
  await expect(list.dialog.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
});

test.describe('two tabs on the same chart', () => {
  test('each tab follows the other’s saves when it has no edits of its own', async ({
    context,
  }) => {
    const a = new ChartPage(await context.newPage());
    await a.open();
    await stored(a.page, 'Northwind Retail', 'Chief Executive Officer');
    const b = new ChartPage(await context.newPage());
    await b.open();

    await a.button('Add role').click();
    await expect(a.node('New role')).toHaveCount(1);
    await expect(b.node('New role')).toHaveCount(1);

    await b.button('Add customer').click();
    await expect(b.node('New customer')).toHaveCount(1);
    await expect(a.node('New customer')).toHaveCount(1);
    await expect(a.node('New role')).toHaveCount(1);
    // Following another tab is not an undo step: A can undo nothing of B's.
    await expect(a.button('Undo')).toBeDisabled();

    await b.button('Flip').click();
    await expect(a.canvas).toHaveAttribute('data-view', 'traditional');
    expect((await storedCharts(a.page)).map((record) => record.name)).toEqual(['Northwind Retail']);
  });

  test('when both change it, neither overwrites the other: one keeps its work as a copy', async ({
    context,
  }) => {
    // Time is held in both tabs (Playwright's clock is the context's), so no
    // debounced save runs by itself: B's edit waits, unsaved, while A saves.
    await context.clock.install();
    const a = new ChartPage(await context.newPage());
    await a.open();
    await stored(a.page, 'Northwind Retail', 'Chief Executive Officer');
    const bPage = await context.newPage();
    const b = new ChartPage(bPage);
    await b.open();
    await context.clock.pauseAt(Date.now() + 60_000);

    await b.button('Add customer').click();
    await expect(b.node('New customer')).toBeVisible();
    await a.button('Add role').click();
    await expect(a.node('New role')).toBeVisible();
    // A's user leaves the page: A's edit is flushed at once.
    await a.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await stored(a.page, 'Northwind Retail', 'New role');

    // B is told, and carries on in a copy holding its own edit.
    await expect(bPage.getByRole('alert')).toContainText('copy from another tab');
    await expect(new ChartList(bPage).trigger).toHaveAccessibleName(
      'Chart list: Northwind Retail (copy from another tab)',
    );
    await expect(b.node('New customer')).toBeVisible();
    await expect(b.node('New role')).toHaveCount(0);
    await context.clock.resume();

    // A keeps its own edit, under the original name, and never got B's.
    await expect(a.node('New role')).toBeVisible();
    await expect(a.node('New customer')).toHaveCount(0);
    await stored(a.page, 'Northwind Retail', 'New role');
    await stored(a.page, 'Northwind Retail (copy from another tab)', 'New customer');
    const original = (await storedCharts(a.page)).find((r) => r.name === 'Northwind Retail');
    expect(original?.document).not.toContain('New customer');

    // Nothing is lost: A can open B's copy from the chart list.
    const list = new ChartList(a.page);
    await list.open();
    await list.chart('Northwind Retail (copy from another tab)').click();
    await expect(a.node('New customer')).toBeVisible();
  });
});
