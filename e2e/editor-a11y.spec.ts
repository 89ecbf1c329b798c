import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './chart-page';

/** Axe's findings, one line each, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
    ),
  );
}

test.describe('accessibility (axe)', () => {
  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await editor.settle();
  });

  test('customer-first view: no violations', async ({ page }) => {
    await expect(editor.canvas).toHaveAttribute('data-view', 'customer-first');
    expect(await violations(page)).toEqual([]);
  });

  test('traditional view: no violations', async ({ page }) => {
    await editor.button('Flip').click();
    await expect(editor.canvas).toHaveAttribute('data-view', 'traditional');
    await editor.settle();
    expect(await violations(page)).toEqual([]);
  });

  test('a role selected, its panel open: no violations', async ({ page }) => {
    await editor.selectNode('Executive Assistant');
    await expect(editor.selection).toBeVisible();
    await editor.settle();
    expect(await violations(page)).toEqual([]);
  });

  test('a link selected, its bar open, and an alert shown: no violations', async ({ page }) => {
    await editor.dragOnto(
      editor.exactNode('Chief Executive Officer'),
      editor.exactNode('Online Support Agent'),
    );
    await expect(editor.alert).toBeVisible();
    await editor.clickLink('Online Support Agent serves Online buyers');
    await expect(editor.linkBar).toBeVisible();
    await expect(editor.alert).toBeVisible();
    await editor.settle();
    expect(await violations(page)).toEqual([]);
  });

  test('presenting: no violations', async ({ page }) => {
    await editor.button('Present').click();
    await expect(editor.canvas).toHaveAttribute('data-mode', 'presenting');
    await editor.settle();
    expect(await violations(page)).toEqual([]);
  });
});
