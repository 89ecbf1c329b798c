import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ChartPage } from './chart-page';
import { examplePath, FilesPage, fixturePath, openEditorImport } from './fixtures/files-page';

/** What the chart on screen is: its name in the toolbar and the titles on the canvas. */
async function chartOnScreen(page: Page) {
  const files = new FilesPage(page);
  return {
    name: await files.chartList.getAttribute('aria-label'),
    nodes: (await page.locator('.react-flow__node').allTextContents()).sort(),
  };
}

const EXAMPLES = [
  {
    button: /^BambooHR export/,
    name: 'Harbor & Pine Outfitters',
    rows: 60,
    customers: ['Shoppers', 'Online buyers'],
    leader: 'Chief Executive Officer',
  },
  {
    button: /^Google Workspace export/,
    name: 'Lumen Grocers',
    rows: 40,
    customers: ['Shoppers', 'Online shoppers'],
    leader: 'Head of Strategy',
  },
];

for (const example of EXAMPLES) {
  test(`the ${example.name} example imports through the preview as a new chart`, async ({
    page,
  }) => {
    const { chart, files } = await openEditorImport(page);
    await files.importDialog.getByRole('button', { name: example.button }).click();

    // The preview: rows, the detected columns, the suggested customer groups, no problems.
    const dialog = files.importDialog;
    await expect(dialog).toContainText(`${example.rows} rows`);
    await expect(dialog.getByLabel('Id column')).not.toHaveValue('');
    await expect(dialog.getByLabel('Title column')).not.toHaveValue('');
    await expect(dialog.getByLabel('Customer group 1')).toHaveValue(example.customers[0]!);
    await expect(dialog.getByLabel('Customer group 2')).toHaveValue(example.customers[1]!);
    await expect(dialog).toContainText('No problems found');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    // Nothing has changed yet.
    await expect(files.chartList).toHaveAccessibleName('Chart list: Northwind Retail');

    await expect(files.importButton).toHaveText(`Import ${example.rows} roles`);
    await files.importButton.click();
    await expect(dialog).toBeHidden();

    // The imported chart is on screen, customers included, every row a node.
    await expect(files.chartList).toHaveAccessibleName(`Chart list: ${example.name}`);
    await expect(chart.node(example.leader).first()).toBeVisible();
    for (const customer of example.customers) {
      await expect(chart.node(customer).first()).toBeAttached();
    }
    await expect(page.locator('.react-flow__node')).toHaveCount(
      example.rows + example.customers.length,
    );

    // A new chart: the sample is still kept, under its own name.
    const names = await files.storedChartNames();
    expect(names).toContain('Northwind Retail');
    expect(names).toContain(example.name);
  });
}

const BAD_CSV = [
  { file: 'bad-unknown-manager.csv', problem: /Row 4: the manager “opz” of “Store Clerk”/ },
  { file: 'bad-duplicate-id.csv', problem: /The id “ops” is used by rows 3 and 4/ },
  { file: 'bad-cycle.csv', problem: /Reporting cycle in rows 3, 5 and 4/ },
];

for (const bad of BAD_CSV) {
  test(`${bad.file} is refused with the row named, and the chart is untouched`, async ({
    page,
  }) => {
    const chart = new ChartPage(page);
    const files = new FilesPage(page);
    await chart.open();
    const before = await chartOnScreen(page);

    await files.chooseFile(fixturePath(bad.file));
    const alert = files.importDialog.getByRole('alert');
    await expect(alert).toContainText('1 error blocks this import');
    await expect(alert).toContainText(bad.problem);
    await expect(files.importButton).toHaveText('Import blocked');
    await expect(files.importButton).toBeDisabled();

    // Escape closes the dialog and gives focus back to the Import button.
    await page.keyboard.press('Escape');
    await expect(files.importDialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
    expect(await chartOnScreen(page)).toEqual(before);
  });
}

test('changing a column in the preview reads the file again; customer groups apply in the same step', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  await files.chooseFile(fixturePath('unmapped-title.csv'));

  const dialog = files.importDialog;
  // "Designation" is read as the title since issue 11; unmapping it reads the file again
  // (every role "Untitled role", said), and choosing it again restores the titles.
  await expect(dialog.getByLabel('Title column')).toHaveValue('1');
  await dialog.getByLabel('Title column').selectOption({ label: 'Not used' });
  await expect(dialog).toContainText('every role is titled “Untitled role”');
  await dialog.getByLabel('Title column').selectOption({ label: 'Designation' });
  await expect(dialog).not.toContainText('Untitled role');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(files.importButton).toHaveText('Import 3 roles');

  await dialog.getByRole('button', { name: 'Add customer group' }).click();
  await dialog.getByLabel('Customer group 1').fill('Walk-in shoppers');
  await dialog.getByLabel('Teams serving Walk-in shoppers').fill('Shop Floor');
  await expect(dialog.getByText('2 roles serve')).toBeVisible();
  await expect(files.importButton).toBeEnabled();
  await files.importButton.click();
  await expect(dialog).toBeHidden();

  await expect(chart.node('Walk-in shoppers')).toBeVisible();
  await expect(chart.node('Shop Assistant')).toHaveCount(2);
  await expect(chart.node('Managing Director')).toBeVisible();
  // Everyone reaches the customer now: nothing flagged.
  await expect(page.locator('.react-flow__node', { hasText: 'No path to customer' })).toHaveCount(
    0,
  );
  await expect(files.chartList).toHaveAccessibleName('Chart list: Unmapped title');
});

test('an Upturn JSON file opens at once as a new chart', async ({ page }) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  // Ctrl+O opens the dialog: modal, named by its heading, focus inside.
  await page.keyboard.press('Control+o');
  await expect(files.importDialog).toBeVisible();
  await expect(files.importDialog).toHaveAttribute('aria-modal', 'true');
  await expect(files.importDialog.getByRole('heading', { name: 'Import a chart' })).toBeVisible();
  await expect(files.fileInput).toBeFocused();
  await files.fileInput.setInputFiles(fixturePath('good.upturn.json'));
  await expect(files.importDialog).toBeHidden();
  await expect(files.chartList).toHaveAccessibleName('Chart list: Harbour Books');
  await expect(chart.node('Bookseller')).toBeVisible();
  await expect(chart.node('Readers')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  expect(await files.storedChartNames()).toContain('Northwind Retail');
});

test('a JSON file from a newer Upturn is refused by name; nothing changes', async ({ page }) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const before = await chartOnScreen(page);
  await files.chooseFile(fixturePath('newer-version.upturn.json'));
  const alert = files.importDialog.getByRole('alert');
  await expect(alert).toContainText('made by a newer Upturn (version 99)');
  await expect(alert).toContainText('the chart on screen is unchanged');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(files.importDialog).toBeHidden();
  await expect(chart.node('Time Traveller')).toHaveCount(0);
  expect(await chartOnScreen(page)).toEqual(before);
});

test('a file dropped on the canvas is imported the same way', async ({ page }) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const text = readFileSync(examplePath('google-workspace-export.csv'), 'utf8');
  const dataTransfer = await page.evaluateHandle((csv) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'lumen-export.csv', { type: 'text/csv' }));
    return transfer;
  }, text);
  const zone = page.getByTestId('canvas-drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeHidden();

  await expect(files.importDialog).toContainText('lumen-export.csv');
  await expect(files.importButton).toHaveText('Import 40 roles');
  await files.importButton.click();
  await expect(files.chartList).toHaveAccessibleName('Chart list: Lumen export');
  await expect(chart.node('Head of Strategy')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(40);
});

test('a 100,001-row file is read off the main thread and refused with a message', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const before = await chartOnScreen(page);
  const rows = ['id,title,reports to'];
  // The cap is 100,000 rows (issue 11).
  for (let i = 1; i <= 100_001; i++)
    rows.push(`r${i},Role ${i},${i === 1 ? '' : `r${Math.ceil(i / 8)}`}`);
  const buffer = Buffer.from(rows.join('\n'));

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await files.openImport();
  await files.fileInput.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer });
  // Parsing 100,001 rows takes seconds on a busy two-core machine: wait for the message itself.
  await expect(files.importDialog.getByRole('alert')).toContainText(
    '“huge.csv” has 100,001 roles; Upturn opens charts of up to 100,000 roles',
    { timeout: 25_000 },
  );
  // It was parsed in the import worker, not on the page's main thread.
  expect(workers.some((url) => url.includes('import-worker'))).toBe(true);
  await page.keyboard.press('Escape');
  expect(await chartOnScreen(page)).toEqual(before);
});

test('a file over the size limit is refused with its size named, unread', async ({ page }) => {
  // Handing a 26 MB file to the page takes much of the default 30 s on a busy machine.
  test.setTimeout(60_000);
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const buffer = Buffer.alloc(26 * 1024 * 1024, 'a');
  await files.openImport();
  await files.fileInput.setInputFiles({ name: 'giant.csv', mimeType: 'text/csv', buffer });
  await expect(files.importDialog.getByRole('alert')).toContainText(
    '“giant.csv” is 26.0 MB; Upturn imports files of up to 25.0 MB',
  );
});
