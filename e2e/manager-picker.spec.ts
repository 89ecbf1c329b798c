/**
 * Issue 8: the manager picker takes the best match. Typing "VP Customer
 * Support" and pressing Enter chose "Support Agent (under VP Customer
 * Support)", the first option by name, silently. Enter takes an exact title
 * first, then a name that starts with what was typed, then one that contains
 * it; and the option Enter will take is the one shown as active before Enter.
 */
import { expect, test } from '@playwright/test';
import { activeOptionName, ChartPage } from './chart-page';
import { openEditorImport } from './fixtures/files-page';

const CSV = [
  'id,title,reports to',
  'ceo,Chief Executive Officer,',
  'vp,VP Customer Support,ceo',
  'a1,Support Agent,vp',
  'a2,Support Agent,vp',
  'ops,VP Customer Support Operations,ceo',
  'online,Online Support Lead,ceo',
  'new,Analyst,ceo',
].join('\n');

test.beforeEach(async ({ page }) => {
  const { files } = await openEditorImport(page);
  await files.fileInput.setInputFiles({
    name: 'support.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  await expect(files.importButton).toHaveText('Import 7 roles');
  await files.importButton.click();
  await expect(files.importDialog).toBeHidden();
});

test('Enter takes the exact title, shown as active before it applies', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.selectNode('Analyst');
  const manager = chart.selection.getByRole('combobox', { name: 'Manager', exact: true });
  await expect(manager).toHaveValue('Chief Executive Officer');

  await manager.fill('VP Customer Support');
  // Three roles contain the words; the exact title is the one Enter will take, and it shows.
  await expect(
    page.getByRole('option', { name: 'VP Customer Support', exact: true }),
  ).toBeVisible();
  await expect.poll(() => activeOptionName(manager)).toBe('VP Customer Support');

  await manager.press('Enter');
  await expect(manager).toHaveValue('VP Customer Support');
  await expect(chart.selection.getByText('No direct reports.')).toBeVisible();
  await chart.button('Undo').click();
  await expect(manager).toHaveValue('Chief Executive Officer');
});

test('then a name that starts with what was typed, then one that contains it', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.selectNode('Analyst');
  const manager = chart.selection.getByRole('combobox', { name: 'Manager', exact: true });

  // "vp customer support op" starts only "VP Customer Support Operations".
  await manager.fill('vp customer support op');
  await expect.poll(() => activeOptionName(manager)).toBe('VP Customer Support Operations');

  // "agent" starts no name but is in both agents': the first of those by name.
  await manager.fill('agent');
  await expect
    .poll(() => activeOptionName(manager))
    .toBe('Support Agent (under VP Customer Support)');

  // "support" starts the agents' names: before "Online Support Lead", first by name but
  // merely containing it.
  await manager.fill('support');
  await expect
    .poll(() => activeOptionName(manager))
    .toBe('Support Agent (under VP Customer Support)');
  await manager.press('Escape');
  await expect(manager).toHaveValue('Chief Executive Officer');
  await expect(chart.button('Undo')).toBeDisabled();
});
