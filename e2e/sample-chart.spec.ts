import { expect, test } from '@playwright/test';
import { ChartPage } from './chart-page';

test('a fresh start shows the sample chart in the customer-first view, flags visible', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  await chart.open();

  await expect(chart.canvas).toHaveAttribute('data-view', 'customer-first');
  await expect(chart.node('Chief Executive Officer')).toBeVisible();
  await expect(chart.node('Shoppers')).toBeVisible();
  await expect(chart.node('Online buyers')).toBeVisible();

  // Roles with no service path carry the visible flag; roles with one do not.
  await expect(chart.node('Executive Assistant')).toContainText('No path to customer');
  await expect(chart.node('Internal Auditor')).toContainText('No path to customer');
  await expect(chart.node('Online Support Agent')).not.toContainText('No path to customer');

  // The inverted triangle: customers on top, the leader at the bottom.
  const shoppers = await chart.centreY('Shoppers');
  const ceo = await chart.centreY('Chief Executive Officer');
  const cashier = await chart.centreY('Cashier');
  expect(shoppers).toBeLessThan(cashier);
  expect(cashier).toBeLessThan(ceo);

  // The analysis names the flagged roles.
  await expect(chart.analysis).toBeVisible();
  await expect(chart.analysis.getByRole('button', { name: /Executive Assistant/ })).toBeVisible();
});

test('Flip turns the pyramid over and back', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.open();
  await chart.button('Flip').click();
  await expect(chart.canvas).toHaveAttribute('data-view', 'traditional');
  await chart.settle();
  await expect(async () => {
    expect(await chart.centreY('Chief Executive Officer')).toBeLessThan(
      await chart.centreY('Shoppers'),
    );
  }).toPass();

  await chart.button('Flip').click();
  await expect(chart.canvas).toHaveAttribute('data-view', 'customer-first');
  await chart.settle();
  await expect(async () => {
    expect(await chart.centreY('Shoppers')).toBeLessThan(
      await chart.centreY('Chief Executive Officer'),
    );
  }).toPass();
});
