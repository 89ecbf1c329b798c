import { expect, test } from '@playwright/test';
import { writeXlsx } from '../src/files/__fixtures__/xlsx-writer';
import { ChartPage } from './chart-page';
import { FilesPage, openEditorImport } from './fixtures/files-page';

test('an Excel workbook imports through the preview, its sheet chosen; the old chart stays in the list', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const buffer = Buffer.from(
    writeXlsx({
      Notes: [['Exported from HR on 2 Dec']],
      People: [
        ['Employee #', 'Employee Title', 'Name', 'Manager - Work email', 'Work email'],
        ['E1', 'Chief Workbook Officer', 'Ava Stone', null, 'ava@acme.example'],
        ['E2', 'Sheet Manager', 'Ben Okafor', 'ava@acme.example', 'ben@acme.example'],
        ['E3', 'Cell Clerk', 'Cara Lind', 'ben@acme.example', 'cara@acme.example'],
      ],
    }),
  );
  await files.openImport();
  await files.fileInput.setInputFiles({
    name: 'people.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  const dialog = files.importDialog;
  await expect(dialog.getByLabel('Sheet')).toHaveValue('People');
  await expect(dialog).toContainText('No problems found');
  await expect(files.importButton).toHaveText('Import 3 roles');
  await files.importButton.click();
  await expect(dialog).toBeHidden();
  await expect(chart.node('Cell Clerk')).toBeVisible();
  const names = await files.storedChartNames();
  expect(names).toContain('Northwind Retail');
});

test('a partial import: repairs offered with their rows, counted in the preview, noted in the chart until dismissed', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const csv = [
    'id,title,reports to',
    'ceo,Chief Executive,',
    'ops,Operations Lead,ceo',
    'c1,Store Clerk,ops',
    'c2,Leaver Assistant,gone-1',
    'c3,Night Porter,gone-2',
  ].join('\n');
  await files.openImport();
  await files.fileInput.setInputFiles({
    name: 'leavers.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const dialog = files.importDialog;
  await expect(dialog.getByRole('alert')).toContainText('2 errors block this import');
  await expect(dialog.getByRole('alert')).toContainText('Row 5: the manager “gone-1”');
  const repairs = dialog.getByRole('region', { name: 'Repairs' });
  await expect(repairs).toContainText('2 roles name a manager who is not in the file');
  await expect(files.importButton).toHaveText('Import blocked');

  await repairs.getByLabel('Place them at the top level (flagged)').check();
  await expect(dialog.getByTestId('import-counts')).toHaveText(
    '5 roles will be imported: 2 repaired, 0 rows skipped. Nothing else is left out.',
  );
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(files.importButton).toHaveText('Import 5 roles');
  await files.importButton.click();
  await expect(dialog).toBeHidden();

  const note = chart.analysis.getByRole('region', { name: 'Import repairs' });
  await expect(note).toContainText('Imported 5 roles from leavers.csv: 2 repaired, 0 skipped');
  await expect(note).toContainText(
    'Placed at the top level, their manager not being in the file (rows 5 and 6).',
  );
  // Kept with the chart: a reload shows it again, until dismissed.
  await page.reload();
  await expect(note).toBeVisible();
  await note.getByRole('button', { name: 'Dismiss' }).click();
  await expect(note).toBeHidden();
  expect(await files.storedChartNames()).toContain('Northwind Retail');
});

test('the page answers a click while a hostile file is read; a million-column header is refused by name', async ({
  page,
}) => {
  const { files } = await openEditorImport(page);
  const rows = ['id,title,reports to'];
  for (let i = 1; i <= 120_000; i++) rows.push(`r${i},Role ${i},r${Math.ceil(i / 8)}`);
  await files.fileInput.setInputFiles({
    name: 'slow.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  const reading = files.importDialog.getByRole('status').filter({ hasText: 'Reading slow.csv' });
  await expect(reading).toBeVisible();
  // A read past half a second shows its progress; the page still answers a click.
  await expect(reading.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await reading.getByRole('button', { name: 'Cancel' }).click();
  await expect(reading).toBeHidden();

  await files.fileInput.setInputFiles({
    name: 'wide.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${'c,'.repeat(999_999)}c\n1,2\n`),
  });
  await expect(files.importDialog.getByRole('alert')).toContainText(
    'Row 1 has 1,000,000 columns; Upturn reads files of up to 1,000 columns',
  );
});

test('an update from a newer export lists the changes first, applies them in one step, undone in one', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  const files = new FilesPage(page);
  await chart.open();
  const lastNight = [
    'id,title,reports to,team',
    'ceo,Chief Executive,,Board',
    'ops,Operations Lead,ceo,Ops',
    'c1,Store Clerk,ops,Stores',
    'c2,Night Porter,ops,Stores',
  ].join('\n');
  const today = [
    'id,title,reports to,team',
    'ceo,Chief Executive,,Board',
    'ops,Head of Operations,ceo,Ops',
    'c1,Store Clerk,ceo,Stores',
    'c3,Data Analyst,ops,Insight',
  ].join('\n');
  await files.openImport();
  await files.fileInput.setInputFiles({
    name: 'hr.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lastNight),
  });
  await files.importButton.click();
  await expect(chart.node('Night Porter')).toBeVisible();

  await files.openImport();
  await files.fileInput.setInputFiles({
    name: 'hr-today.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(today),
  });
  const dialog = files.importDialog;
  await dialog.getByRole('button', { name: 'Update the open chart…' }).click();
  const changes = dialog.getByTestId('update-preview');
  await expect(changes.getByRole('region', { name: 'Joined' })).toContainText(
    '“Data Analyst” (c3)',
  );
  await expect(changes.getByRole('region', { name: 'Left' })).toContainText('“Night Porter” (c2)');
  await expect(changes.getByRole('region', { name: 'Moved' })).toContainText(
    '“Store Clerk”: from “Operations Lead” to “Chief Executive”',
  );
  await expect(changes.getByRole('region', { name: 'Retitled' })).toContainText(
    '“Operations Lead” → “Head of Operations”',
  );
  // Nothing has changed yet.
  await expect(chart.node('Night Porter')).toBeVisible();
  await changes.getByRole('button', { name: 'Apply update' }).click();
  await expect(dialog).toBeHidden();
  await expect(chart.node('Data Analyst')).toBeVisible();
  await expect(chart.node('Head of Operations')).toBeVisible();
  await expect(chart.node('Night Porter')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(chart.node('Night Porter')).toBeVisible();
  await expect(chart.node('Operations Lead')).toBeVisible();
  await expect(chart.node('Data Analyst')).toHaveCount(0);
});
