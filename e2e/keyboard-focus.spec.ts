/**
 * Issue 8, the keyboard traps: a name field gives focus back to the canvas
 * (Enter commits, Escape cancels), a search pick moves focus to the role
 * picked, and Tab reaches the roles without walking every link first.
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './chart-page';

test.describe('where keyboard focus goes', () => {
  let editor: EditorPage;
  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.leaveFields();
  });

  test('after Add role and Add customer, Enter commits the name and focus is back on the node, selected', async ({
    page,
  }) => {
    const keyboard = page.keyboard;
    const panel = editor.selection;
    await keyboard.press('c');
    await expect(panel.getByLabel('Name', { exact: true })).toBeFocused();
    await keyboard.type('Walk-ins');
    await keyboard.press('Enter');
    const walkIns = editor.exactNode('Walk-ins');
    await expect(walkIns).toBeFocused();
    await expect(walkIns).toHaveClass(/selected/);

    // The next R is a command again, not a letter typed into the name.
    await keyboard.press('r');
    const title = panel.getByLabel('Title', { exact: true });
    await expect(title).toBeFocused();
    await keyboard.type('Door Greeter');
    await keyboard.press('Enter');
    const greeter = editor.exactNode('Door Greeter');
    await expect(greeter).toBeFocused();
    await expect(greeter).toHaveClass(/selected/);
    await expect(panel.getByRole('heading', { name: 'Door Greeter' })).toBeVisible();

    // Escape cancels the edit: the name stays, focus goes back to the new node.
    await keyboard.press('r');
    await expect(title).toBeFocused();
    await keyboard.type('Typo');
    await keyboard.press('Escape');
    const added = editor.exactNode('New role');
    await expect(added).toBeFocused();
    await expect(added).toHaveClass(/selected/);
    await expect(editor.exactNode('Typo')).toHaveCount(0);

    // A rename in place (F2) ends on the node too.
    await keyboard.press('F2');
    const inPlace = page.getByRole('textbox', { name: 'Role title' });
    await expect(inPlace).toBeFocused();
    await keyboard.type('Floor Host');
    await keyboard.press('Enter');
    await expect(editor.exactNode('Floor Host')).toBeFocused();
  });

  test('a search pick moves focus to the picked role, so M opens its manager', async ({ page }) => {
    await page.keyboard.press('ControlOrMeta+f');
    const search = page.getByRole('combobox', { name: 'Search roles' });
    await expect(search).toBeFocused();
    await page.keyboard.type('Store Accountant');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    const accountant = editor.exactNode('Store Accountant');
    await expect(accountant).toBeFocused();
    await page.keyboard.press('m');
    await expect(editor.selection.getByRole('combobox', { name: 'Manager' })).toBeFocused();
    await expect(search).toHaveValue('Store Accountant');
  });

  test('Tab from the toolbar reaches a role before any link', async ({ page }) => {
    await page.getByRole('button', { name: 'Flip' }).focus();
    const onCanvas = page.locator('.react-flow__node:focus, .react-flow__edge:focus');
    for (let i = 0; i < 20 && (await onCanvas.count()) === 0; i++) await page.keyboard.press('Tab');
    await expect(onCanvas).toHaveClass(/react-flow__node/);
    // The links are still named groups on the canvas.
    await expect(
      editor.link('Chief Operating Officer reports to Chief Executive Officer'),
    ).toHaveCount(1);
  });
});
