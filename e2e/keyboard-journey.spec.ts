/**
 * Issue 8 §5: the whole editor with the keyboard alone. From an empty chart,
 * build ten roles and a customer, re-parent one, link one, rename one, undo,
 * and never touch the mouse: each command leaves the focus where the README's
 * keyboard section says (a name committed: on its node; a search pick: on the
 * role; a picker's choice: in the picker, and Escape from there: on the node).
 */
import { expect, test } from '@playwright/test';
import { EditorPage } from './chart-page';

test('a ten-role chart with a customer, re-parented, linked, renamed and undone, by keyboard', async ({
  page,
}) => {
  test.slow(); // some forty commands, on a machine that may be busy
  const editor = new EditorPage(page);
  const keyboard = page.keyboard;
  const panel = editor.selection;
  await editor.open();

  // A new, empty chart from the chart list, by Enter on its buttons.
  await page.getByRole('button', { name: /^Chart list: / }).press('Enter');
  await page
    .getByRole('dialog', { name: 'Your charts' })
    .getByRole('button', { name: 'New chart' })
    .press('Enter');
  await expect(editor.nodes).toHaveCount(0);

  /** R (or C) adds under the focused node; typing names it; Enter gives focus back to it. */
  const add = async (key: 'r' | 'c', name: string) => {
    await keyboard.press(key);
    const field = panel.getByLabel(key === 'c' ? 'Name' : 'Title', { exact: true });
    await expect(field).toBeFocused();
    await keyboard.type(name);
    await keyboard.press('Enter');
    await expect(editor.exactNode(name)).toBeFocused();
  };
  /** Ctrl/Cmd+F, the name, Enter: the role is selected and focused. */
  const go = async (name: string) => {
    await keyboard.press('ControlOrMeta+f');
    const search = page.getByRole('combobox', { name: 'Search roles' });
    await expect(search).toBeFocused();
    await keyboard.press('ControlOrMeta+a');
    await keyboard.type(name);
    await expect(page.getByRole('option').first()).toContainText(name);
    await keyboard.press('Enter');
    await expect(editor.exactNode(name)).toBeFocused();
  };

  await add('c', 'Shoppers');
  await add('r', 'Chief Executive'); // with a customer selected, R adds a top leader
  await add('r', 'Operations Lead');
  await add('r', 'Store Lead');
  await add('r', 'Cashier');
  await go('Chief Executive');
  await add('r', 'Finance Lead');
  await add('r', 'Accountant');
  await go('Chief Executive');
  await add('r', 'Technology Lead');
  await add('r', 'Developer');
  await add('r', 'Tester');
  await go('Store Lead');
  await add('r', 'Greeter');
  await expect(editor.nodes).toHaveCount(11);

  // Re-parent: M, the manager's name, Enter (the best match is active before Enter).
  await go('Tester');
  await keyboard.press('m');
  const manager = panel.getByRole('combobox', { name: 'Manager', exact: true });
  await expect(manager).toBeFocused();
  await expect(manager).toHaveValue('Developer');
  await keyboard.type('Technology Lead');
  await keyboard.press('Enter');
  await expect(manager).toHaveValue('Technology Lead');
  await expect(manager).toBeFocused();
  // Escape (the list closed) gives focus back to the node, still selected.
  await keyboard.press('Escape');
  await expect(editor.exactNode('Tester')).toBeFocused();
  await expect(panel.getByRole('heading', { name: 'Tester' })).toBeVisible();

  // Link: S, the customer's name, Enter.
  await go('Cashier');
  await keyboard.press('s');
  const serves = panel.getByRole('combobox', { name: 'Add a service link' });
  await expect(serves).toBeFocused();
  await keyboard.type('Shoppers');
  await keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Service links' })).toContainText('Shoppers');
  await expect(editor.exactNode('Cashier')).not.toContainText('No path to customer');
  await keyboard.press('Escape');
  await expect(editor.exactNode('Cashier')).toBeFocused();

  // Rename in place: F2, the new title, Enter; focus back on the node.
  await go('Greeter');
  await keyboard.press('F2');
  const inPlace = page.getByRole('textbox', { name: 'Role title' });
  await expect(inPlace).toBeFocused();
  await keyboard.press('ControlOrMeta+a');
  await keyboard.type('Floor Host');
  await keyboard.press('Enter');
  await expect(editor.exactNode('Floor Host')).toBeFocused();

  // Ten roles, a customer: nine reporting lines, one service link.
  await expect(editor.nodes).toHaveCount(11);
  await expect(editor.edges).toHaveCount(10);

  // Undo, one step at a time: the rename, then the link, then the move.
  await keyboard.press('ControlOrMeta+z');
  await expect(editor.exactNode('Greeter')).toBeVisible();
  await expect(editor.exactNode('Floor Host')).toHaveCount(0);
  await keyboard.press('ControlOrMeta+z');
  await expect(editor.exactNode('Cashier')).toContainText('No path to customer');
  await expect(editor.edges).toHaveCount(9);
  await keyboard.press('ControlOrMeta+z');
  await go('Tester');
  await expect(manager).toHaveValue('Developer');
});
