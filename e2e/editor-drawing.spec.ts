import { expect, test, type Locator } from '@playwright/test';
import { EditorPage } from './chart-page';

const NO_PATH = 'No path to customer';

/** Renames a node in place: double-click it, type, Enter. */
async function renameByDoubleClick(editor: EditorPage, node: Locator, name: string) {
  await node.dblclick();
  const field = editor.page.getByRole('textbox', { name: /^(Role title|Customer name)$/ });
  await expect(field).toBeFocused();
  await field.fill(name);
  await field.press('Enter');
}

/** Customer on top, then the front line, the manager, and the leader at the bottom. */
async function expectInvertedTriangle(editor: EditorPage) {
  await editor.settle();
  await expect(async () => {
    const shoppers = await editor.centreY('Shoppers');
    const cashier = await editor.centreY('Cashier');
    const manager = await editor.centreY('Store manager');
    const leader = await editor.centreY('Leader');
    expect(shoppers).toBeLessThan(cashier);
    expect(cashier).toBeLessThan(manager);
    expect(manager).toBeLessThan(leader);
  }).toPass();
}

test.describe('drawing a chart from an empty one', () => {
  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.newEmptyChart();
  });

  test('with the mouse: add, rename in place, connect handles', async ({ page }) => {
    test.slow(); // many gestures, each waiting for the glide to settle
    await editor.button('Add customer').click();
    await expect(editor.exactNode('New customer')).toBeVisible();
    // The panel's name field takes the focus; a rename in place takes it from there.
    await expect(editor.selection.getByLabel('Name', { exact: true })).toBeFocused();
    await renameByDoubleClick(editor, editor.exactNode('New customer'), 'Shoppers');
    await expect(editor.exactNode('Shoppers')).toBeVisible();

    // A role added from the toolbar with nothing selected is a top leader.
    await editor.canvasPane.click({ position: { x: 30, y: 30 } });
    await editor.button('Add role').click();
    await expect(editor.exactNode('New role')).toBeVisible();
    await renameByDoubleClick(editor, editor.exactNode('New role'), 'Leader');

    // Double-click on empty canvas adds a role.
    await editor.settle();
    await editor.doubleClickEmptyCanvas();
    await expect(editor.exactNode('New role')).toBeVisible();
    await renameByDoubleClick(editor, editor.exactNode('New role'), 'Store manager');
    await editor.settle();
    await editor.doubleClickEmptyCanvas();
    await expect(editor.exactNode('New role')).toBeVisible();
    await renameByDoubleClick(editor, editor.exactNode('New role'), 'Cashier');
    await expect(editor.nodes).toHaveCount(4);
    await expect(editor.edges).toHaveCount(0);
    // Nobody serves anyone yet: every role is flagged.
    await expect(editor.nodes.filter({ hasText: NO_PATH })).toHaveCount(3);

    // Customer first: the handle at the bottom points to the leader.
    const cashier = editor.exactNode('Cashier');
    const manager = editor.exactNode('Store manager');
    await editor.connect(cashier, 'bottom', manager);
    await expect(editor.edges).toHaveCount(1);
    await editor.connect(editor.exactNode('Store manager'), 'bottom', editor.exactNode('Leader'));
    await expect(editor.edges).toHaveCount(2);
    // ...and the one at the top toward the customers: a service link.
    await editor.connect(editor.exactNode('Cashier'), 'top', editor.exactNode('Shoppers'));
    await expect(editor.edges).toHaveCount(3);

    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(editor.nodes.filter({ hasText: NO_PATH })).toHaveCount(0);
    await expectInvertedTriangle(editor);
    await expect(editor.exactNode('Cashier')).toContainText('1 from customer');
    await expect(editor.exactNode('Store manager')).toContainText('2 from customer');
    await expect(editor.exactNode('Leader')).toContainText('3 from customer');

    // The panel agrees: Cashier reports to Store manager and serves Shoppers.
    await editor.selectNode('Cashier');
    await expect(editor.selection.locator('#inspector-manager')).toHaveValue('Store manager');
    await expect(editor.selection.getByRole('list', { name: 'Service links' })).toContainText(
      'Shoppers',
    );
  });

  test('with the keyboard only: R, C, F2, typing in the panel, M and S pickers', async ({
    page,
  }) => {
    const keyboard = page.keyboard;
    const panel = editor.selection;
    const clearSelection = panel.getByRole('button', { name: 'Clear selection' });
    /** Leaves a panel field for the panel's first button, so plain keys are shortcuts again. */
    const leaveField = async () => {
      await keyboard.press('Shift+Tab');
      await expect(clearSelection).toBeFocused();
    };

    await keyboard.press('c');
    await expect(panel.getByLabel('Name', { exact: true })).toBeFocused();
    await keyboard.type('Shoppers');
    await keyboard.press('Enter');
    await expect(editor.exactNode('Shoppers')).toBeVisible();
    // Enter gives focus back to the node, so plain keys are shortcuts again.
    await expect(editor.exactNode('Shoppers')).toBeFocused();

    // R with a customer selected adds a top leader; with a role selected, a report under it.
    await keyboard.press('r');
    const title = panel.getByLabel('Title', { exact: true });
    await expect(title).toBeFocused();
    await keyboard.type('Leader');
    await keyboard.press('Enter');
    await expect(editor.exactNode('Leader')).toBeFocused();
    await keyboard.press('r');
    await expect(title).toBeFocused();
    await keyboard.type('Store manager');
    await keyboard.press('Enter');
    await expect(editor.exactNode('Store manager')).toBeFocused();
    await keyboard.press('r');
    await expect(editor.exactNode('New role')).toBeVisible();
    await expect(title).toBeFocused();
    await leaveField();
    // F2 renames in place, on the canvas.
    await keyboard.press('F2');
    const inPlace = page.getByRole('textbox', { name: 'Role title' });
    await expect(inPlace).toBeFocused();
    await keyboard.type('Cashier');
    await keyboard.press('Enter');
    await expect(inPlace).toHaveCount(0);
    await expect(editor.exactNode('Cashier')).toBeVisible();

    // S: the Serves picker, by name.
    await keyboard.press('s');
    const serves = panel.getByRole('combobox', { name: 'Add a service link' });
    await expect(serves).toBeFocused();
    await keyboard.type('Shopp');
    await expect(page.getByRole('option', { name: 'Shoppers' })).toBeVisible();
    await keyboard.press('Enter');
    await expect(panel.getByRole('list', { name: 'Service links' })).toContainText('Shoppers');

    // A second front-line role, added under Cashier, then moved with M.
    await keyboard.press('Shift+Tab');
    await expect(panel.getByRole('button', { name: 'Remove link to Shoppers' })).toBeFocused();
    await keyboard.press('r');
    await expect(title).toBeFocused();
    await keyboard.type('Greeter');
    await keyboard.press('Enter');
    await expect(editor.exactNode('Greeter')).toBeFocused();
    await keyboard.press('s');
    await expect(serves).toBeFocused();
    await keyboard.type('Shoppers');
    await keyboard.press('Enter');
    await keyboard.press('Shift+Tab');
    await expect(panel.getByRole('button', { name: 'Remove link to Shoppers' })).toBeFocused();
    await keyboard.press('m');
    const manager = panel.getByRole('combobox', { name: 'Manager' });
    await expect(manager).toBeFocused();
    await expect(manager).toHaveValue('Cashier');
    await keyboard.type('Store manager');
    await keyboard.press('Enter');
    await expect(manager).toHaveValue('Store manager');

    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(editor.nodes).toHaveCount(5);
    // Three reporting lines, two service links.
    await expect(editor.edges).toHaveCount(5);
    await expect(editor.nodes.filter({ hasText: NO_PATH })).toHaveCount(0);
    await expectInvertedTriangle(editor);
    await expect(editor.exactNode('Greeter')).toContainText('1 from customer');
    await expect(editor.exactNode('Leader')).toContainText('3 from customer');
    await editor.settle();
    expect(await editor.centreY('Greeter')).toBeCloseTo(await editor.centreY('Cashier'), 0);
  });

  test('in the pyramid the handles are mirrored: the top one points to the boss', async ({
    page,
  }) => {
    // Two roles and a customer on an empty chart, then flipped to the traditional view.
    await editor.button('Add customer').click();
    const title = editor.selection.getByLabel('Title', { exact: true });
    for (const name of ['Boss', 'Clerk']) {
      // Nothing selected: a top-level role, named in the panel.
      await editor.canvasPane.click({ position: { x: 30, y: 30 } });
      await editor.button('Add role').click();
      await expect(title).toBeFocused();
      await title.fill(name);
      await title.press('Enter');
      await expect(editor.exactNode(name)).toBeVisible();
    }
    await editor.button('Flip').click();
    await expect(editor.canvas).toHaveAttribute('data-view', 'traditional');

    await editor.connect(editor.exactNode('Clerk'), 'top', editor.exactNode('Boss'));
    await expect(editor.link('Clerk reports to Boss')).toHaveCount(1);
    await editor.connect(editor.exactNode('Clerk'), 'bottom', editor.exactNode('New customer'));
    await expect(editor.link('Clerk serves New customer')).toHaveCount(1);
    await expect(editor.nodes.filter({ hasText: NO_PATH })).toHaveCount(0);

    // The pyramid: the boss on top, the customer at the bottom.
    await editor.settle();
    expect(await editor.centreY('Boss')).toBeLessThan(await editor.centreY('Clerk'));
    expect(await editor.centreY('Clerk')).toBeLessThan(await editor.centreY('New customer'));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
