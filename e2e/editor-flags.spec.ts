import { expect, test } from '@playwright/test';
import { EditorPage } from './chart-page';

const NO_PATH = 'No path to customer';

test.describe('flags, refusals and deletes on the sample chart', () => {
  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
  });

  test('a role that loses its service link is flagged; a new link clears the flag', async () => {
    const agent = editor.exactNode('Online Support Agent');
    const flagged = editor.analysis.getByRole('button', { name: /Online Support Agent/ });
    await expect(agent).not.toContainText(NO_PATH);
    await expect(flagged).toHaveCount(0);

    // Click the link on the canvas, then remove it from the bar that appears.
    await editor.clickLink('Online Support Agent serves Online buyers');
    await expect(editor.linkBar).toContainText('Online Support Agent serves Online buyers');
    await editor.linkBar.getByRole('button', { name: 'Remove link' }).click();
    await expect(editor.link('Online Support Agent serves Online buyers')).toHaveCount(0);
    await expect(agent).toContainText(NO_PATH);
    await expect(flagged).toBeVisible();

    // Drag from its handle toward the customers onto the customer: a service link again.
    await editor.connect(agent, 'top', editor.exactNode('Online buyers'));
    await expect(editor.link('Online Support Agent serves Online buyers')).toHaveCount(1);
    await expect(agent).not.toContainText(NO_PATH);
    await expect(agent).toContainText('1 from customer');
    await expect(flagged).toHaveCount(0);
  });

  test('deleting the only thing a role serves flags it; serving another customer clears it', async ({
    page,
  }) => {
    const agent = editor.exactNode('Online Support Agent');
    await editor.selectNode('Online buyers');
    await page.keyboard.press('Delete');
    await expect(editor.exactNode('Online buyers')).toHaveCount(0);
    await expect(agent).toContainText(NO_PATH);
    // The merchandiser still serves Shoppers, so it keeps its path.
    await expect(editor.exactNode('Web Merchandiser')).not.toContainText(NO_PATH);

    await editor.selectNode('Online Support Agent');
    await page.keyboard.press('s');
    await expect(
      editor.selection.getByRole('combobox', { name: 'Add a service link' }),
    ).toBeFocused();
    await page.keyboard.type('Shoppers');
    await page.keyboard.press('Enter');
    await expect(editor.link('Online Support Agent serves Shoppers')).toHaveCount(1);
    await expect(agent).not.toContainText(NO_PATH);
  });

  test('a manager dragged under its own report is refused, named, and nothing changes', async () => {
    const before = await editor.positions();
    const counts = await editor.counts();
    await expect(editor.button('Undo')).toBeDisabled();

    await editor.dragOnto(
      editor.exactNode('Chief Operating Officer'),
      editor.exactNode('Store Manager, North'),
    );
    await expect(editor.alert).toContainText('reporting cycle');
    await expect(editor.alert).toContainText('Chief Operating Officer');
    await expect(editor.alert).toContainText('Store Manager, North');

    await editor.settle();
    expect(await editor.positions()).toEqual(before);
    expect(await editor.counts()).toEqual(counts);
    await expect(
      editor.link('Chief Operating Officer reports to Chief Executive Officer'),
    ).toHaveCount(1);
    await expect(editor.button('Undo')).toBeDisabled();
  });

  test('connecting a manager’s leader handle to a report two levels down is refused', async () => {
    const before = await editor.positions();
    const counts = await editor.counts();
    // Customer first: the bottom handle points toward the leader (sets the manager).
    await editor.connect(
      editor.exactNode('Head of E-commerce'),
      'bottom',
      editor.exactNode('Online Support Agent'),
    );
    await expect(editor.alert).toContainText('reporting cycle');
    await expect(editor.alert).toContainText('Head of E-commerce');
    await expect(editor.alert).toContainText('Online Support Agent');
    await editor.settle();
    expect(await editor.positions()).toEqual(before);
    expect(await editor.counts()).toEqual(counts);
    await expect(editor.button('Undo')).toBeDisabled();

    // The alert can be dismissed; the next good edit clears it too.
    await editor.alert.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(editor.alert).toHaveCount(0);
  });

  test('deleting a manager moves its reports up to its manager, and says so', async ({ page }) => {
    const counts = await editor.counts();
    await editor.selectNode('Store Manager, North');
    await page.keyboard.press('Delete');
    await expect(editor.exactNode('Store Manager, North')).toHaveCount(0);
    await expect(editor.status).toContainText(
      'Deleted Store Manager, North. 2 reports of Store Manager, North now report to Chief Operating Officer.',
    );
    await expect(editor.link('Cashier reports to Chief Operating Officer')).toHaveCount(1);
    await expect(editor.link('Sales Associate reports to Chief Operating Officer')).toHaveCount(1);
    // One node fewer; its reporting line gone, its two reports' lines redrawn to the COO.
    expect((await editor.counts()).nodes).toBe(counts.nodes - 1);
    // The store accountants served it; that link went with it, and they still serve the South store.
    await expect(editor.exactNode('Store Accountant')).not.toContainText(NO_PATH);
  });

  test('a duplicate link, a self-link and a customer-to-customer link are refused with a message', async () => {
    const before = await editor.snapshot();
    const merchandiser = editor.exactNode('Web Merchandiser');

    await editor.connect(merchandiser, 'top', editor.exactNode('Shoppers'));
    await expect(editor.alert).toContainText('Refused');
    await expect(editor.alert).toContainText('Web Merchandiser');
    await expect(editor.alert).toContainText('Shoppers');
    await editor.alert.getByRole('button', { name: 'Dismiss message' }).click();

    // Out of its own top handle and back onto its own body.
    await editor.connect(merchandiser, 'top', merchandiser);
    await expect(editor.alert).toContainText('cannot be linked to itself');
    await editor.alert.getByRole('button', { name: 'Dismiss message' }).click();

    await editor.connect(editor.exactNode('Shoppers'), 'bottom', editor.exactNode('Online buyers'));
    await expect(editor.alert).toContainText('two customers cannot be linked');

    expect(await editor.snapshot()).toEqual(before);
    await expect(editor.button('Undo')).toBeDisabled();
  });
});
