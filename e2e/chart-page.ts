import { expect, type Locator, type Page } from '@playwright/test';

/** A page object: finds things on Upturn's screen the way a person does, by role and visible name. */
export class ChartPage {
  constructor(readonly page: Page) {}

  /** The canvas wrapper, carrying data-view. */
  get canvas(): Locator {
    return this.page.locator('[data-view]').first();
  }

  /** A node on the canvas whose text contains `text` (a role title or customer name). */
  node(text: string): Locator {
    return this.page.locator('.react-flow__node', { hasText: text });
  }

  get analysis(): Locator {
    return this.page.getByRole('region', { name: 'Service analysis' });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.locator('.react-flow__node').first()).toBeVisible();
  }

  /** The vertical centre of a node on screen. */
  async centreY(text: string): Promise<number> {
    const box = await this.node(text).first().boundingBox();
    if (!box) throw new Error(`node "${text}" is not on screen`);
    return box.y + box.height / 2;
  }

  /** The side panel's region for the selection (the inspector). */
  get selection(): Locator {
    return this.page.getByRole('region', { name: 'Selection' });
  }

  /** Selects a node by clicking it; with `add`, shift-clicks it into the selection. */
  async selectNode(text: string, options: { add?: boolean } = {}): Promise<void> {
    await this.node(text)
      .first()
      .click({ modifiers: options.add ? ['Shift'] : [] });
  }

  /** A node's place in the layout (its React Flow transform), independent of pan and zoom. */
  async layoutPosition(text: string): Promise<string> {
    return this.node(text)
      .first()
      .evaluate((element) => (element as HTMLElement).style.transform);
  }

  /** Waits until nodes have finished gliding (positions stable over two frames). */
  async settle(): Promise<void> {
    await expect(this.canvas).not.toHaveClass(/is-gliding/);
  }
}
