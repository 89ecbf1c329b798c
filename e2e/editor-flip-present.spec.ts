import { expect, test, type Locator } from '@playwright/test';
import { EditorPage } from './chart-page';

/** The top and bottom edges, on screen, of every node a locator matches. */
async function verticalExtent(nodes: Locator): Promise<{ top: number; bottom: number }> {
  const boxes = await nodes.evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  return {
    top: Math.min(...boxes.map((box) => box.top)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

test.describe('the flip and presenting', () => {
  let editor: EditorPage;
  let customers: Locator;
  let roles: Locator;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    customers = page.locator('.react-flow__node-customer');
    roles = page.locator('.react-flow__node-role');
    await editor.open();
    await editor.settle();
  });

  async function expectCustomersAbove() {
    await editor.settle();
    await expect(async () => {
      const top = await verticalExtent(customers);
      const below = await verticalExtent(roles);
      expect(top.bottom).toBeLessThan(below.top);
    }).toPass();
  }

  async function expectCustomersBelow() {
    await editor.settle();
    await expect(async () => {
      const bottom = await verticalExtent(customers);
      const above = await verticalExtent(roles);
      expect(above.bottom).toBeLessThan(bottom.top);
    }).toPass();
  }

  test('Flip and flip back: the view toggles, every role moves, customers go below and back on top', async ({
    page,
  }) => {
    await expect(editor.canvas).toHaveAttribute('data-view', 'customer-first');
    await expectCustomersAbove();
    const before = await editor.positions();
    const leader = await editor.exactNode('Chief Executive Officer').boundingBox();
    expect((leader?.y ?? 0) + (leader?.height ?? 0)).toBe((await verticalExtent(roles)).bottom);

    await editor.button('Flip').click();
    await expect(editor.canvas).toHaveAttribute('data-view', 'traditional');
    await expectCustomersBelow();
    const flipped = await editor.positions();
    expect(Object.keys(flipped).sort()).toEqual(Object.keys(before).sort());
    // Every node moves, except the leader: the layout's anchor, which the view refits around.
    const unmoved = Object.keys(before).filter((node) => flipped[node] === before[node]);
    expect(unmoved).toEqual(['Chief Executive Officer#ceo']);
    // On screen the leader goes from the bottom of the triangle to the top of the pyramid.
    const ceo = editor.exactNode('Chief Executive Officer');
    expect((await ceo.boundingBox())?.y).toBe((await verticalExtent(roles)).top);

    // And back, with the keyboard: the same positions as before.
    await page.keyboard.press('f');
    await expect(editor.canvas).toHaveAttribute('data-view', 'customer-first');
    await expectCustomersAbove();
    expect(await editor.positions()).toEqual(before);
    // A flip is a change of view, not of the chart: nothing to undo.
    await expect(editor.button('Undo')).toBeDisabled();
  });

  test('Present hides the panels and toolbar; F still flips; Escape returns', async ({ page }) => {
    const toolbar = page.getByRole('banner');
    const sidePanel = page.getByRole('complementary', { name: 'Side panel' });
    await editor.selectNode('Head of Strategy');
    await expect(editor.selection).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();

    await editor.button('Present').click();
    await expect(editor.canvas).toHaveAttribute('data-mode', 'presenting');
    await expect(toolbar).toHaveCount(0);
    await expect(sidePanel).toHaveCount(0);
    await expect(editor.analysis).toHaveCount(0);
    await expect(editor.button('Present')).toHaveCount(0);
    await expect(editor.button('Flip')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
    await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
    // Presenting shows the chart, not a selection.
    await expect(editor.selectedNodes).toHaveCount(0);
    // The flags stay visible, in words.
    await expect(editor.exactNode('Executive Assistant')).toContainText('No path to customer');
    // Nothing can be edited while presenting.
    await page.keyboard.press('r');
    await page.keyboard.press('Delete');
    const cashier = await editor.exactNode('Cashier').first().boundingBox();
    if (cashier) await page.mouse.dblclick(cashier.x + 20, cashier.y + 20);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(editor.exactNode('New role')).toHaveCount(0);

    await page.keyboard.press('f');
    await expect(editor.canvas).toHaveAttribute('data-view', 'traditional');
    await expectCustomersBelow();
    await page.keyboard.press('f');
    await expect(editor.canvas).toHaveAttribute('data-view', 'customer-first');
    await expectCustomersAbove();
    await page.keyboard.press('f');
    await expect(editor.canvas).toHaveAttribute('data-view', 'traditional');

    await page.keyboard.press('Escape');
    await expect(editor.canvas).toHaveAttribute('data-mode', 'editing');
    await expect(toolbar).toBeVisible();
    await expect(sidePanel).toBeVisible();
    await expect(editor.button('Present')).toBeVisible();
    // The flip made while presenting is kept.
    await expect(editor.canvas).toHaveAttribute('data-view', 'traditional');
    await expectCustomersBelow();
    await expect(editor.button('Undo')).toBeDisabled();
  });

  test('presenting enlarges the nodes and their text', async ({ page }) => {
    const title = editor.exactNode('Cashier').first().locator('.upturn-node-title');
    const fontSize = () => title.evaluate((element) => getComputedStyle(element).fontSize);
    const edited = await editor
      .exactNode('Cashier')
      .first()
      .evaluate((element) => ({
        width: (element as HTMLElement).offsetWidth,
      }));
    const editingSize = await fontSize();
    await page.keyboard.press('p');
    await expect(editor.canvas).toHaveAttribute('data-mode', 'presenting');
    await editor.settle();
    const presented = await editor
      .exactNode('Cashier')
      .first()
      .evaluate((element) => ({
        width: (element as HTMLElement).offsetWidth,
      }));
    // Same font, drawn at 1.35x inside a 1.35x box (layout units, before the viewport's zoom).
    expect(presented.width).toBeGreaterThan(edited.width * 1.3);
    expect(await fontSize()).toBe(editingSize);
    const scale = await editor
      .exactNode('Cashier')
      .first()
      .locator('.upturn-node')
      .evaluate((element) => getComputedStyle(element).transform);
    expect(scale).toMatch(/^matrix\(1\.35/);
    await page.keyboard.press('Escape');
    await expect(editor.canvas).toHaveAttribute('data-mode', 'editing');
  });

  test('Fit view, from its button and with Shift+1, brings the whole chart back into view', async ({
    page,
  }) => {
    const pane = await editor.canvasPane.boundingBox();
    if (!pane) throw new Error('no canvas');
    /** How many nodes lie wholly inside the canvas. */
    const inView = () =>
      editor.nodes.evaluateAll(
        (elements, box) =>
          elements.filter((element) => {
            const rect = element.getBoundingClientRect();
            return (
              rect.left >= box.x &&
              rect.top >= box.y &&
              rect.right <= box.x + box.width &&
              rect.bottom <= box.y + box.height
            );
          }).length,
        pane,
      );
    const all = await editor.nodes.count();
    expect(await inView()).toBe(all);

    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 4; i += 1) await zoomIn.click();
    await editor.settle();
    expect(await inView()).toBeLessThan(all);
    await page.getByRole('button', { name: 'Fit view' }).click();
    await editor.settle();
    expect(await inView()).toBe(all);

    for (let i = 0; i < 4; i += 1) await zoomIn.click();
    await editor.settle();
    expect(await inView()).toBeLessThan(all);
    await editor.leaveFields();
    // The physical key, as a person presses it: with Shift held it types "!".
    await page.keyboard.press('Shift+Digit1');
    await editor.settle();
    expect(await inView()).toBe(all);
  });
});
