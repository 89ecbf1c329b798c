import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { activeOptionName, ChartPage } from './chart-page';

const NO_PATH = 'No path to customer';

/** An entry of the open picker's list, by its exact name. */
function option(page: Page, name: string): Locator {
  return page.getByRole('option', { name, exact: true });
}

test.describe('the inspector (the "Selection" side panel)', () => {
  let chart: ChartPage;

  test.beforeEach(async ({ page }) => {
    chart = new ChartPage(page);
    await chart.open();
  });

  test('edits a role’s title, person and headcount; bad input changes nothing; Undo restores', async ({
    page,
  }) => {
    await expect(chart.selection).toHaveCount(0);
    await chart.selectNode('Head of Strategy');
    const panel = chart.selection;
    await expect(panel.getByRole('heading', { name: 'Head of Strategy' })).toBeVisible();

    const title = panel.getByLabel('Title', { exact: true });
    await expect(title).toHaveValue('Head of Strategy');
    await title.fill('Head of Insight');
    await title.press('Enter');
    await expect(chart.node('Head of Insight')).toBeVisible();
    await expect(chart.node('Head of Strategy')).toHaveCount(0);
    await expect(panel.getByRole('heading', { name: 'Head of Insight' })).toBeVisible();

    // Typed key by key: letters that are canvas shortcuts (F flips, R adds a role) stay in the field.
    const person = panel.getByLabel('Person', { exact: true });
    await person.fill('');
    await person.pressSequentially('Frances Carr');
    await person.press('Tab'); // leaving the field commits it
    await expect(chart.node('Head of Insight')).toContainText('Frances Carr');
    await expect(chart.canvas).toHaveAttribute('data-view', 'customer-first');
    await expect(chart.node('New role')).toHaveCount(0);

    const headcount = panel.getByLabel('Headcount', { exact: true });
    const badge = chart.node('Head of Insight').locator('[title$="people in this role"]');
    for (const bad of ['0', '2.5', 'many']) {
      await headcount.fill(bad);
      await headcount.press('Enter');
      await expect(panel.getByText('Headcount must be a whole number, 1 or more.')).toBeVisible();
      await expect(headcount).toHaveAttribute('aria-invalid', 'true');
      await expect(badge).toHaveCount(0);
    }
    await headcount.fill('5');
    await headcount.press('Enter');
    await expect(badge).toHaveAttribute('title', '5 people in this role');
    await expect(panel.getByText('Headcount must be a whole number, 1 or more.')).toHaveCount(0);

    // Three edits, three undo steps (the refused headcounts made none); the fields follow.
    const undo = chart.button('Undo');
    await undo.click();
    await expect(badge).toHaveCount(0);
    await expect(headcount).toHaveValue('1');
    await expect(chart.node('Head of Insight')).toContainText('Frances Carr');
    await undo.click();
    await expect(chart.node('Head of Insight')).not.toContainText('Frances Carr');
    await expect(chart.node('Head of Insight')).toContainText('Priya Nair');
    await expect(person).toHaveValue('Priya Nair');
    await undo.click();
    await expect(chart.node('Head of Strategy')).toBeVisible();
    await expect(title).toHaveValue('Head of Strategy');
    await expect(panel.getByRole('heading', { name: 'Head of Strategy' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a blank title is refused inline and Escape puts the old one back', async () => {
    await chart.selectNode('Internal Auditor');
    const title = chart.selection.getByLabel('Title', { exact: true });
    await title.fill('   ');
    await title.press('Enter');
    await expect(chart.selection.getByText('A role needs a title.')).toBeVisible();
    await expect(chart.node('Internal Auditor')).toBeVisible();
    await expect(chart.button('Undo')).toBeDisabled();
    await title.press('Escape');
    await expect(title).toHaveValue('Internal Auditor');
    await expect(chart.selection.getByText('A role needs a title.')).toHaveCount(0);
  });

  test('Change manager… moves the role in the layout; M focuses the picker', async ({ page }) => {
    await chart.selectNode('Head of Strategy');
    await page.keyboard.press('m');
    const manager = chart.selection.getByRole('combobox', { name: 'Manager', exact: true });
    await expect(manager).toBeFocused();
    await expect(manager).toHaveValue('Chief Executive Officer (Maria Lopez)');

    // Browsing the list with the keyboard changes nothing until a choice is made.
    await manager.press('ArrowDown');
    await expect(manager).toHaveAttribute('aria-expanded', 'true');
    await manager.press('ArrowDown');
    await manager.press('ArrowDown');
    await manager.press('Escape');
    await expect(manager).toHaveAttribute('aria-expanded', 'false');
    await expect(manager).toHaveValue('Chief Executive Officer (Maria Lopez)');
    await expect(chart.button('Undo')).toBeDisabled();

    await chart.settle();
    const before = await chart.layoutPosition('Head of Strategy');
    await manager.fill('operating');
    await option(page, 'Chief Operating Officer (James Okafor)').click();
    await expect(manager).toHaveValue('Chief Operating Officer (James Okafor)');
    await chart.settle();
    await expect.poll(() => chart.layoutPosition('Head of Strategy')).not.toBe(before);
    // Customer first: a manager sits below its reports.
    expect(await chart.centreY('Head of Strategy')).toBeLessThan(
      await chart.centreY('Chief Operating Officer'),
    );

    await chart.button('Undo').click();
    await expect(manager).toHaveValue('Chief Executive Officer (Maria Lopez)');
    await chart.settle();
    await expect.poll(() => chart.layoutPosition('Head of Strategy')).toBe(before);
  });

  test('a manager choice that would make a cycle is refused with an alert; nothing changes', async ({
    page,
  }) => {
    await chart.selectNode('Chief Executive Officer');
    const manager = chart.selection.getByRole('combobox', { name: 'Manager', exact: true });
    await expect(manager).toHaveValue('No manager (top leader)');
    await chart.settle();
    const before = await chart.layoutPosition('Chief Executive Officer');

    // Keyboard only: type to filter, Enter takes the first match, shown active.
    await manager.fill('Store Manager, North (Ana');
    await expect(option(page, 'Store Manager, North (Ana Silva)')).toBeVisible();
    await expect.poll(() => activeOptionName(manager)).toBe('Store Manager, North (Ana Silva)');
    await manager.press('Enter');
    await expect(page.getByRole('alert')).toContainText('cannot report to');
    await expect(manager).toHaveValue('No manager (top leader)');
    await expect(chart.button('Undo')).toBeDisabled();
    expect(await chart.layoutPosition('Chief Executive Officer')).toBe(before);
    await expect(chart.node('Store Manager, North')).not.toContainText(NO_PATH);
  });

  test('Serves… adds and removes a service link; the flag goes and comes back', async ({
    page,
  }) => {
    const auditor = chart.node('Internal Auditor');
    await expect(auditor).toContainText(NO_PATH);
    await chart.selectNode('Internal Auditor');
    const panel = chart.selection;
    await expect(panel.getByText(NO_PATH)).toBeVisible();
    await expect(panel).toContainText('Internal Auditor has no path to a customer');
    await expect(panel.getByText('Serves no one directly.')).toBeVisible();

    await page.keyboard.press('s');
    const serves = panel.getByRole('combobox', { name: 'Add a service link' });
    await expect(serves).toBeFocused();
    const offered = option(page, 'Store Manager, North (Ana Silva)');
    await serves.fill('store manager');
    await expect(offered).toBeVisible();
    await offered.click();

    await expect(auditor).not.toContainText(NO_PATH);
    await expect(panel.getByText(NO_PATH)).toHaveCount(0);
    const path = panel.getByRole('list', { name: 'Service path' }).getByRole('listitem');
    await expect(path).toHaveCount(4);
    await expect(path.first()).toContainText('Internal Auditor');
    await expect(path.nth(1)).toContainText('Store Manager, North');
    await expect(path.last()).toContainText('Shoppers');
    await expect(panel.getByText('3 steps', { exact: true })).toBeVisible();
    await expect(panel).toContainText('Internal Auditor is 3 steps from a customer');
    // The picker is empty again, and no longer offers the role it now serves.
    await expect(serves).toHaveValue('');
    await serves.fill('store manager');
    await expect(option(page, 'Store Manager, South (Omar Haddad)')).toBeVisible();
    await expect(offered).toHaveCount(0);
    await serves.press('Escape');

    await panel
      .getByRole('button', { name: 'Remove link to Store Manager, North (Ana Silva)' })
      .click();
    await expect(auditor).toContainText(NO_PATH);
    await expect(panel.getByText('Serves no one directly.')).toBeVisible();

    // Each was one undo step: undoing the removal brings the link and the path back.
    await chart.button('Undo').click();
    await expect(auditor).not.toContainText(NO_PATH);
    await expect(
      panel.getByRole('button', { name: 'Remove link to Store Manager, North (Ana Silva)' }),
    ).toBeVisible();
  });

  test('a customer shows its name and the roles that serve it, each selectable', async () => {
    await chart.selectNode('Online buyers');
    const panel = chart.selection;
    await expect(panel.getByRole('heading', { name: 'Online buyers' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Online Support Agent' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Web Merchandiser' })).toBeVisible();

    const name = panel.getByLabel('Name', { exact: true });
    await name.fill('Web shoppers');
    await name.press('Enter');
    await expect(chart.node('Web shoppers')).toBeVisible();
    await expect(chart.node('Online buyers')).toHaveCount(0);

    await panel.getByRole('button', { name: 'Online Support Agent' }).click();
    await expect(panel.getByRole('heading', { name: 'Online Support Agent' })).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Service path' })).toContainText('Web shoppers');
  });

  test('several selected roles serve a new customer in one step; one Undo removes it all', async ({
    page,
  }) => {
    await chart.selectNode('Internal Auditor');
    await chart.selectNode('Executive Assistant', { add: true });
    const panel = chart.selection;
    await expect(panel.getByRole('heading', { name: '2 selected' })).toBeVisible();
    const customers = page.locator('.react-flow__node-customer');
    await expect(customers).toHaveCount(2);

    await panel.getByRole('combobox', { name: 'Serves customer…' }).fill('Board members');
    await option(page, 'New customer “Board members”').click();
    await expect(chart.node('Board members')).toBeVisible();
    await expect(customers).toHaveCount(3);
    await expect(chart.node('Internal Auditor')).not.toContainText(NO_PATH);
    await expect(chart.node('Executive Assistant')).not.toContainText(NO_PATH);

    await chart.button('Undo').click();
    await expect(chart.node('Board members')).toHaveCount(0);
    await expect(customers).toHaveCount(2);
    await expect(chart.node('Internal Auditor')).toContainText(NO_PATH);
    await expect(chart.node('Executive Assistant')).toContainText(NO_PATH);
    await expect(chart.button('Undo')).toBeDisabled();

    await chart.button('Redo').click();
    await expect(chart.node('Board members')).toBeVisible();
    await expect(chart.node('Internal Auditor')).not.toContainText(NO_PATH);
  });

  test('an existing customer named in any case is reused, not made again', async ({ page }) => {
    await chart.selectNode('Internal Auditor');
    await chart.selectNode('Head of Strategy', { add: true });
    const panel = chart.selection;
    await expect(panel.getByRole('heading', { name: '2 selected' })).toBeVisible();
    const input = panel.getByRole('combobox', { name: 'Serves customer…' });
    await input.fill('  shoppers ');
    await expect(option(page, 'Shoppers')).toBeVisible();
    await expect(page.getByRole('option', { name: /New customer/ })).toHaveCount(0);
    await input.press('Enter');
    await expect(chart.node('Internal Auditor')).not.toContainText(NO_PATH);
    await expect(chart.node('Head of Strategy')).not.toContainText(NO_PATH);
    await expect(page.locator('.react-flow__node-customer')).toHaveCount(2);
  });

  test('bulk team and Delete selected are one undo step each', async ({ page }) => {
    await chart.selectNode('Internal Auditor');
    await chart.selectNode('Head of Strategy', { add: true });
    const panel = chart.selection;
    const team = panel.getByLabel('Team of all 2 selected roles');
    await expect(team).toHaveValue('');
    await expect(team).toHaveAttribute('placeholder', 'Mixed teams');
    await team.fill('Governance');
    await team.press('Enter');
    await expect(chart.node('Internal Auditor')).toContainText('Governance');
    await expect(chart.node('Head of Strategy')).toContainText('Governance');

    await panel.getByRole('button', { name: 'Delete selected' }).click();
    await expect(chart.node('Internal Auditor')).toHaveCount(0);
    await expect(chart.node('Head of Strategy')).toHaveCount(0);
    await expect(chart.selection).toHaveCount(0);

    await chart.button('Undo').click();
    await expect(chart.node('Internal Auditor')).toContainText('Governance');
    await expect(chart.node('Head of Strategy')).toContainText('Governance');
    await chart.button('Undo').click();
    await expect(chart.node('Internal Auditor')).not.toContainText('Governance');
    await expect(chart.node('Head of Strategy')).not.toContainText('Governance');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('axe finds no violations in the panel for a role, a customer and several', async ({
    page,
  }) => {
    // The pickers' lists open in a popover at the end of the page: scanned with the panel when
    // open. While one is open, React Aria's ComboBox hides the rest of the page from screen
    // readers (aria-hidden); the picker takes what it hides out of the Tab order meanwhile, so
    // every rule runs, aria-hidden-focus included.
    const scan = async (withList = false) => {
      const builder = new AxeBuilder({ page }).include('[aria-label="Selection"]');
      const results = await (withList ? builder.include('[role="listbox"]') : builder).analyze();
      const found = results.violations.map(
        (v) =>
          `${v.id}: ${v.help} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
      );
      expect(found).toEqual([]);
    };
    await chart.selectNode('Internal Auditor');
    await expect(chart.selection).toBeVisible();
    await scan();
    // With a picker's list open, too.
    const manager = chart.selection.getByRole('combobox', { name: 'Manager', exact: true });
    await manager.fill('store');
    await expect(page.getByRole('listbox')).toBeVisible();
    await scan(true);
    await manager.press('Escape');
    await chart.selectNode('IT Support');
    await expect(chart.selection.getByRole('list', { name: 'Service links' })).toBeVisible();
    await scan();
    await chart.selectNode('Shoppers');
    await expect(chart.selection.getByLabel('Name', { exact: true })).toBeVisible();
    await scan();
    await chart.selectNode('Cashier');
    await chart.selectNode('Chief Financial Officer', { add: true });
    await expect(chart.selection.getByRole('heading', { name: '2 selected' })).toBeVisible();
    await scan();
  });
});
