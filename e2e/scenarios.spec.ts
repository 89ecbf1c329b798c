import { expect, test, type Page } from '@playwright/test';
import { ChartPage } from './chart-page';
import { compareViolations } from './compare-axe';
import { storedCharts, type StoredRecord } from './journal-page';

const BASE = 'Northwind Retail';
const SCENARIO = 'Northwind Retail scenario';

async function record(page: Page, name: string): Promise<StoredRecord | undefined> {
  return (await storedCharts(page)).find((chart) => chart.name === name);
}

/** The stored roles of chart `name`, as plain data. */
async function storedRoles(page: Page, name: string): Promise<unknown> {
  const found = await record(page, name);
  return found ? (JSON.parse(found.document) as { roles: unknown }).roles : null;
}

function option(page: Page, name: string) {
  return page.getByRole('option', { name, exact: true });
}

const CHANGES = [
  'Store Coach added under Chief Operating Officer',
  'Executive Assistant removed (was under Chief Executive Officer)',
  'Head of Strategy moved from under Chief Executive Officer to under Chief Operating Officer',
  'Internal Auditor now serves Store Manager, North',
];

test('a scenario of the sample: edited apart from its base, compared, adopted and undone', async ({
  page,
}) => {
  // The whole journey, two axe runs included, in one test: longer than the default 30 s.
  test.setTimeout(90_000);
  const chart = new ChartPage(page);
  /** Brings the whole chart into view, then selects a node (a new role is centred, others may be off screen). */
  const pick = async (name: string) => {
    await page.getByRole('button', { name: 'Fit view' }).click();
    await chart.selectNode(name);
  };
  await chart.open();
  await expect.poll(async () => (await record(page, BASE)) !== undefined).toBe(true);
  const original = await storedRoles(page, BASE);

  await chart.button('New scenario').click();
  await expect(page.getByRole('button', { name: `Chart list: ${SCENARIO}` })).toBeVisible();
  await expect.poll(async () => (await record(page, SCENARIO)) !== undefined).toBe(true);

  // Move a role.
  await pick('Head of Strategy');
  await page.keyboard.press('m');
  const manager = chart.selection.getByRole('combobox', { name: 'Manager', exact: true });
  await expect(manager).toBeFocused();
  await manager.fill('operating');
  await option(page, 'Chief Operating Officer (James Okafor)').click();
  await expect(manager).toHaveValue('Chief Operating Officer (James Okafor)');

  // Add one under the COO.
  await pick('Chief Operating Officer');
  await page.keyboard.press('r');
  const title = chart.selection.getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await title.fill('Store Coach');
  await title.press('Enter');
  await expect(chart.node('Store Coach')).toBeVisible();

  // Delete one.
  await pick('Executive Assistant');
  await page.keyboard.press('Delete');
  await expect(chart.node('Executive Assistant')).toHaveCount(0);

  // Link Internal Audit to a store manager.
  await pick('Internal Auditor');
  await page.keyboard.press('s');
  const serves = chart.selection.getByRole('combobox', { name: 'Add a service link' });
  await serves.fill('store manager');
  await option(page, 'Store Manager, North (Ana Silva)').click();
  await expect(chart.node('Internal Auditor')).not.toContainText('No path to customer');

  await expect
    .poll(async () => (await record(page, SCENARIO))?.document.includes('Store Coach') ?? false)
    .toBe(true);
  expect(await storedRoles(page, BASE)).toEqual(original);

  // Compare: exactly those changes, by name, and the share with a path going up.
  await chart.button('Compare').click();
  const compare = page.locator('[data-compare]');
  await expect(compare).toHaveAttribute('data-compare', 'side-by-side');
  const changes = page.getByRole('region', { name: 'Changes' });
  await expect(changes.getByRole('button')).toHaveText(CHANGES);
  const figures = page.getByRole('region', { name: 'Scenario figures' });
  const share = figures.locator('[data-figure="shareRolesWithPath"]');
  await expect(share.locator('[data-direction]')).toHaveAttribute('data-direction', 'up');
  await expect(share).toContainText('Roles with a path to a customer');
  await expect(figures.getByRole('img', { name: /Spans of control/ })).toBeVisible();
  await expect(figures.getByRole('img', { name: /Distance to the customer/ })).toBeVisible();
  await expect(figures).toContainText('Internal Auditor: No path to customer');

  // Both canvases, read-only; an entry focuses its role in both.
  await expect(page.getByRole('region', { name: 'Before' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'After' })).toBeVisible();
  await changes.getByRole('button', { name: CHANGES[2] }).click();
  await expect(
    page.locator('[data-compare-role="Head of Strategy"][data-focused="true"]'),
  ).toHaveCount(2);
  // Axe on the side-by-side mode (the overlay is checked below).
  expect(await compareViolations(page)).toEqual([]);

  // The overlay: the moved role says where it was, the removed one is a ghost, in words.
  await page.getByRole('button', { name: 'Overlay', exact: true }).click();
  await expect(compare).toHaveAttribute('data-compare', 'overlay');
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  const overlay = page.getByRole('region', { name: 'After, with the changes marked' });
  await expect(overlay.locator('[data-compare-role="Head of Strategy"]')).toContainText(
    'Was under Chief Executive Officer',
  );
  await expect(overlay.locator('[data-compare-role="Executive Assistant"]')).toContainText(
    'Removed (was under Chief Executive Officer)',
  );
  await expect(overlay.locator('[data-compare-role="Store Coach"]')).toContainText(
    'Added under Chief Operating Officer',
  );
  await expect(overlay.locator('[data-compare-role="Internal Auditor"]')).toContainText(
    'Now serves Store Manager, North',
  );

  expect(await compareViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Side by side', exact: true }).click();
  await expect(compare).toHaveAttribute('data-compare', 'side-by-side');
  expect(await storedRoles(page, BASE)).toEqual(original);

  // Adopt: the base now holds the scenario, its old content kept as a chart of its own.
  await chart.button('Adopt scenario').click();
  await expect(compare).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Chart list: ${BASE}` })).toBeVisible();
  await expect(chart.node('Store Coach')).toBeVisible();
  await expect(chart.node('Executive Assistant')).toHaveCount(0);
  await expect
    .poll(async () => (await record(page, BASE))?.document.includes('Store Coach') ?? false)
    .toBe(true);
  const kept = (await storedCharts(page)).find((c) => c.name.startsWith(`${BASE} (before adopt `));
  expect(kept && JSON.parse(kept.document).roles).toEqual(original);

  // Undo: one step puts the base back as it was.
  await chart.button('Undo').click();
  await expect(chart.node('Executive Assistant')).toBeVisible();
  await expect(chart.node('Store Coach')).toHaveCount(0);
  await expect.poll(() => storedRoles(page, BASE)).toEqual(original);
  // The scenario keeps its changes.
  expect(JSON.stringify(await storedRoles(page, SCENARIO))).toContain('Store Coach');
});
