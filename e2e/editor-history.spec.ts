import { expect, test } from '@playwright/test';
import { EditorPage } from './chart-page';

type Snapshot = Awaited<ReturnType<EditorPage['snapshot']>>;

/** How a step is taken back and done again: the toolbar buttons, or the keys. */
type Way = 'buttons' | 'Ctrl+Z / Ctrl+Shift+Z' | 'Ctrl+Z / Ctrl+Y';

test.describe('undo and redo', () => {
  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.settle();
  });

  async function undo(way: Way) {
    if (way === 'buttons') await editor.button('Undo').click();
    else await editor.page.keyboard.press('Control+z');
  }

  async function redo(way: Way) {
    if (way === 'buttons') await editor.button('Redo').click();
    else if (way === 'Ctrl+Z / Ctrl+Y') await editor.page.keyboard.press('Control+y');
    else await editor.page.keyboard.press('Control+Shift+z');
  }

  /**
   * Does one action, then checks it is exactly one undo step: Undo brings the
   * chart back to what it was (and leaves nothing more to undo), Redo does
   * it again, the same way.
   */
  async function checkUndoRedo(
    way: Way,
    label: string | RegExp,
    action: () => Promise<void>,
    done: () => Promise<void>,
  ) {
    await expect(editor.button('Undo')).toBeDisabled();
    const before: Snapshot = await editor.snapshot();
    await action();
    await done();
    const after = await editor.snapshot();
    expect(after).not.toEqual(before);

    // Focus off any field, so the keys go to the editor.
    if (way !== 'buttons') await editor.leaveFields();
    await undo(way);
    await expect(editor.status).toContainText(
      typeof label === 'string' ? `Undid: ${label}` : label,
    );
    await expect.poll(() => editor.snapshot()).toEqual(before);
    await expect(editor.button('Undo')).toBeDisabled();
    await expect(editor.button('Redo')).toBeEnabled();

    await redo(way);
    await expect(editor.status).toContainText('Redid:');
    await expect.poll(() => editor.snapshot()).toEqual(after);
    await expect(editor.button('Redo')).toBeDisabled();
    await done();
  }

  test('add role (button), undone and redone with the buttons', async () => {
    await checkUndoRedo(
      'buttons',
      'Add role',
      () => editor.button('Add role').click(),
      () => expect(editor.exactNode('New role')).toHaveCount(1),
    );
  });

  test('add customer (C), undone with Ctrl+Z and redone with Ctrl+Shift+Z', async ({ page }) => {
    await checkUndoRedo(
      'Ctrl+Z / Ctrl+Shift+Z',
      'Add customer',
      async () => {
        await editor.leaveFields();
        await page.keyboard.press('c');
        // The new customer's name field takes the focus; the keys below go back to the canvas.
        await expect(editor.selection.getByLabel('Name', { exact: true })).toBeFocused();
      },
      () => expect(editor.exactNode('New customer')).toHaveCount(1),
    );
  });

  test('rename in place, undone with Ctrl+Z and redone with Ctrl+Y', async ({ page }) => {
    await checkUndoRedo(
      'Ctrl+Z / Ctrl+Y',
      /Undid: .*Head of Strategy/,
      async () => {
        await editor.exactNode('Head of Strategy').dblclick();
        const field = page.getByRole('textbox', { name: 'Role title' });
        await field.fill('Head of Insight');
        await field.press('Enter');
      },
      async () => {
        await expect(editor.exactNode('Head of Insight')).toHaveCount(1);
        await expect(editor.exactNode('Head of Strategy')).toHaveCount(0);
      },
    );
  });

  test('a drag onto another role moves it under that manager, as one undo step', async () => {
    await checkUndoRedo(
      'buttons',
      'Move Head of Strategy under Chief Operating Officer',
      () =>
        editor.dragOnto(
          editor.exactNode('Head of Strategy'),
          editor.exactNode('Chief Operating Officer'),
        ),
      () =>
        expect(editor.link('Head of Strategy reports to Chief Operating Officer')).toHaveCount(1),
    );
  });

  test('a service link drawn from a handle, undone and redone with the keys', async () => {
    await checkUndoRedo(
      'Ctrl+Z / Ctrl+Shift+Z',
      /Undid: .*Executive Assistant/,
      () =>
        editor.connect(
          editor.exactNode('Executive Assistant'),
          'top',
          editor.exactNode('Chief Operating Officer'),
        ),
      async () => {
        await expect(editor.link('Executive Assistant serves Chief Operating Officer')).toHaveCount(
          1,
        );
        await expect(editor.exactNode('Executive Assistant')).not.toContainText(
          'No path to customer',
        );
      },
    );
  });

  test('a link removed from the link bar, undone and redone with the buttons', async () => {
    await checkUndoRedo(
      'buttons',
      /Undid: .*Web Merchandiser/,
      async () => {
        await editor.clickLink('Web Merchandiser serves Shoppers');
        await editor.linkBar.getByRole('button', { name: 'Remove link' }).click();
      },
      () => expect(editor.link('Web Merchandiser serves Shoppers')).toHaveCount(0),
    );
  });

  test('a link switched to the other kind, undone and redone with Ctrl+Z / Ctrl+Y', async () => {
    await checkUndoRedo(
      'Ctrl+Z / Ctrl+Y',
      /Undid: Make Store Accountant report to Store Manager, North/,
      async () => {
        await editor.clickLink('Store Accountant serves Store Manager, North');
        await editor.linkBar.getByRole('button', { name: 'Make it the manager' }).click();
      },
      async () => {
        await expect(editor.link('Store Accountant reports to Store Manager, North')).toHaveCount(
          1,
        );
        await expect(editor.link('Store Accountant serves Store Manager, North')).toHaveCount(0);
      },
    );
  });

  test('a service link selected by a click, deleted with the Delete key, back with Ctrl+Z', async ({
    page,
  }) => {
    await checkUndoRedo(
      'Ctrl+Z / Ctrl+Shift+Z',
      'Unlink Web Merchandiser from Shoppers',
      async () => {
        await editor.clickLink('Web Merchandiser serves Shoppers');
        await expect(editor.linkBar).toContainText('Web Merchandiser serves Shoppers');
        await page.keyboard.press('Delete');
      },
      async () => {
        await expect(editor.link('Web Merchandiser serves Shoppers')).toHaveCount(0);
        await expect(editor.linkBar).toHaveCount(0);
      },
    );
  });

  test('a reporting line selected by a click, deleted with Backspace, back with Ctrl+Z', async ({
    page,
  }) => {
    await checkUndoRedo(
      'Ctrl+Z / Ctrl+Y',
      "Remove Cashier's manager",
      async () => {
        await editor.clickLink('Cashier reports to Store Manager, North');
        await page.keyboard.press('Backspace');
      },
      () => expect(editor.link('Cashier reports to Store Manager, North')).toHaveCount(0),
    );
  });

  test('delete (Delete key), undone with Ctrl+Z and redone with Ctrl+Shift+Z', async ({ page }) => {
    await checkUndoRedo(
      'Ctrl+Z / Ctrl+Shift+Z',
      /Undid: Deleted Head of E-commerce/,
      async () => {
        await editor.selectNode('Head of E-commerce');
        await page.keyboard.press('Delete');
      },
      async () => {
        await expect(editor.exactNode('Head of E-commerce')).toHaveCount(0);
        await expect(
          editor.link('Online Support Agent reports to Chief Operating Officer'),
        ).toHaveCount(1);
      },
    );
  });

  test('several selected, deleted with Backspace, come back in one step', async ({ page }) => {
    await checkUndoRedo(
      'buttons',
      /Undid: Deleted 3 items/,
      async () => {
        await editor.selectNode('Executive Assistant');
        await editor.selectNode('Head of Strategy', { add: true });
        await editor.selectNode('Internal Auditor', { add: true });
        await expect(editor.selectedNodes).toHaveCount(3);
        await page.keyboard.press('Backspace');
      },
      () => expect(editor.nodes.filter({ hasText: 'No path to customer' })).toHaveCount(0),
    );
  });

  test('paste of a subtree is one step', async ({ page }) => {
    await checkUndoRedo(
      'Ctrl+Z / Ctrl+Y',
      /Undid: Paste 3 items/,
      async () => {
        await editor.selectNode('Head of E-commerce');
        await editor.selectNode('Online Support Agent', { add: true });
        await editor.selectNode('Web Merchandiser', { add: true });
        await page.keyboard.press('Control+c');
        await editor.selectNode('Chief Financial Officer');
        await page.keyboard.press('Control+v');
      },
      () => expect(editor.exactNode('Head of E-commerce')).toHaveCount(2),
    );
  });

  test('many steps back and forth, mixing buttons and keys', async ({ page }) => {
    const start = await editor.snapshot();
    await editor.button('Add role').click();
    await expect(editor.selection.getByLabel('Title', { exact: true })).toBeFocused();
    await editor.leaveFields();
    await page.keyboard.press('c');
    await expect(editor.selection.getByLabel('Name', { exact: true })).toBeFocused();
    await editor.fitView();
    await editor.dragOnto(
      editor.exactNode('Internal Auditor'),
      editor.exactNode('Store Manager, South'),
    );
    await expect(editor.link('Internal Auditor reports to Store Manager, South')).toHaveCount(1);
    const end = await editor.snapshot();

    await editor.button('Undo').click();
    await page.keyboard.press('Control+z');
    await editor.button('Undo').click();
    await expect.poll(() => editor.snapshot()).toEqual(start);
    await expect(editor.button('Undo')).toBeDisabled();
    await page.keyboard.press('Control+y');
    await editor.button('Redo').click();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editor.snapshot()).toEqual(end);
    await expect(editor.button('Redo')).toBeDisabled();
  });
});
