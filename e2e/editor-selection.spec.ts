import { expect, test } from '@playwright/test';
import { EditorPage } from './chart-page';

test.describe('multi-select, copy and paste', () => {
  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.settle();
  });

  test('shift-click adds to the selection and takes away from it', async () => {
    await editor.selectNode('Store Manager, North');
    await editor.selectNode('Store Manager, South', { add: true });
    await editor.selectNode('Head of E-commerce', { add: true });
    await expect(editor.selectedNodes).toHaveCount(3);
    await expect(editor.selection.getByRole('heading', { name: '3 selected' })).toBeVisible();

    await editor.selectNode('Store Manager, South', { add: true });
    await expect(editor.selectedNodes).toHaveCount(2);
    await expect(editor.exactNode('Store Manager, South')).not.toHaveClass(/selected/);

    // A plain click selects one node only.
    await editor.selectNode('Cashier');
    await expect(editor.selectedNodes).toHaveCount(1);
    await expect(editor.selection.getByRole('heading', { name: 'Cashier' })).toBeVisible();
  });

  test('shift-drag draws a box that selects the nodes inside it', async () => {
    const first = await editor.exactNode('Shoppers').boundingBox();
    const second = await editor.exactNode('Online buyers').boundingBox();
    if (!first || !second) throw new Error('customers not on screen');
    const left = Math.min(first.x, second.x) - 16;
    const right = Math.max(first.x + first.width, second.x + second.width) + 16;
    const top = Math.min(first.y, second.y) - 16;
    const bottom = Math.max(first.y + first.height, second.y + second.height) + 16;

    await editor.boxSelect({ x: left, y: top }, { x: right, y: bottom });
    await expect(editor.selectedNodes).toHaveCount(2);
    await expect(editor.exactNode('Shoppers')).toHaveClass(/selected/);
    await expect(editor.exactNode('Online buyers')).toHaveClass(/selected/);
    await expect(editor.selection.getByRole('heading', { name: '2 selected' })).toBeVisible();
  });

  test('a copied subtree pastes under the selected role with the same titles, lines and links', async ({
    page,
  }) => {
    const counts = await editor.counts();
    await editor.selectNode('Head of E-commerce');
    await editor.selectNode('Online Support Agent', { add: true });
    await editor.selectNode('Web Merchandiser', { add: true });
    await page.keyboard.press('Control+c');
    await expect(editor.status).toContainText('Copied 3 items.');

    await editor.selectNode('Chief Financial Officer');
    await page.keyboard.press('Control+v');

    for (const title of ['Head of E-commerce', 'Online Support Agent', 'Web Merchandiser']) {
      await expect(editor.exactNode(title)).toHaveCount(2);
    }
    // The pasted nodes are the selection.
    await expect(editor.selectedNodes).toHaveCount(3);
    await expect(editor.selectedNodes.filter({ hasText: 'Head of E-commerce' })).toHaveCount(1);
    // The subtree's root goes under the selected role; its internal lines and its links come along.
    await expect(editor.link('Head of E-commerce reports to Chief Financial Officer')).toHaveCount(
      1,
    );
    await expect(editor.link('Head of E-commerce reports to Chief Operating Officer')).toHaveCount(
      1,
    );
    await expect(editor.link('Online Support Agent reports to Head of E-commerce')).toHaveCount(2);
    await expect(editor.link('Web Merchandiser reports to Head of E-commerce')).toHaveCount(2);
    await expect(editor.link('Online Support Agent serves Online buyers')).toHaveCount(2);
    await expect(editor.link('Web Merchandiser serves Shoppers')).toHaveCount(2);
    const after = await editor.counts();
    expect(after.nodes).toBe(counts.nodes + 3);
    await expect(editor.nodes.filter({ hasText: 'No path to customer' })).toHaveCount(3);

    // With nothing selected, a paste goes under the copied root's own manager, still there.
    await editor.canvasPane.click({ position: { x: 40, y: 40 } });
    await expect(editor.selectedNodes).toHaveCount(0);
    await page.keyboard.press('Control+v');
    await expect(editor.exactNode('Head of E-commerce')).toHaveCount(3);
    await expect(editor.link('Head of E-commerce reports to Chief Operating Officer')).toHaveCount(
      2,
    );
  });

  test('arrow keys do not nudge a selected node off the place the layout gives it', async ({
    page,
  }) => {
    const before = await editor.snapshot();
    await editor.selectNode('Head of Strategy');
    await expect(editor.exactNode('Head of Strategy')).toBeFocused();
    for (const key of ['ArrowRight', 'ArrowDown', 'Shift+ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
    }
    await editor.selectNode('Shoppers', { add: true });
    await page.keyboard.press('ArrowRight');
    expect(await editor.snapshot()).toEqual(before);
    await expect(editor.button('Undo')).toBeDisabled();
  });
});
