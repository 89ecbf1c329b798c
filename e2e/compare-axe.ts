import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Axe's findings inside the compare view, one line each. */
export async function compareViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('[data-compare]').analyze();
  return axe.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}
