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

/**
 * The name of the option a combobox shows as active (its aria-activedescendant):
 * the one Enter takes. Null when none is.
 */
export async function activeOptionName(combobox: Locator): Promise<string | null> {
  const id = await combobox.getAttribute('aria-activedescendant');
  if (!id) return null;
  return combobox.page().locator(`[id="${id}"]`).textContent();
}

/** A handle's place on a node: the edge of the node it sits on. */
export type HandleSide = 'top' | 'bottom';

/** What the canvas shows, counted: nodes (roles and customers) and edges. */
export interface CanvasCounts {
  nodes: number;
  edges: number;
}

/**
 * The editor's page object: drawing with the mouse and the keyboard, the
 * chart list, and what the canvas holds. Extends ChartPage, so specs that
 * only read the chart keep using that.
 */
export class EditorPage extends ChartPage {
  get nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  /**
   * Waits until nodes have stopped gliding and the viewport has stopped moving
   * (a fit or a centring animates it), so on-screen points stay put for a gesture.
   */
  override async settle(): Promise<void> {
    await super.settle();
    await expect
      .poll(() =>
        this.page.evaluate(async () => {
          const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
          const read = () => viewport?.style.transform ?? '';
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          const first = read();
          for (let i = 0; i < 6; i += 1) await frame();
          return first === read();
        }),
      )
      .toBe(true);
  }

  /** Brings the whole chart into view with the canvas's own control. */
  async fitView(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fit view' }).click();
    await this.settle();
  }

  /** Takes keyboard focus out of any field, so plain keys reach the editor's shortcuts. */
  async leaveFields(): Promise<void> {
    await this.page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
  }

  get edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** The polite status line that tells what just happened ("Deleted …", "Undid: …"). */
  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }

  /** The node whose title (or customer name) is exactly `title`. */
  exactNode(title: string): Locator {
    return this.nodes.filter({
      has: this.page.locator('.upturn-node-title', { hasText: new RegExp(`^${escape(title)}$`) }),
    });
  }

  /** The source handle on one side of a node (the one a connection starts from). */
  sourceHandle(node: Locator, side: HandleSide): Locator {
    return node.locator(`.react-flow__handle.source[data-handlepos="${side}"]`);
  }

  async counts(): Promise<CanvasCounts> {
    return { nodes: await this.nodes.count(), edges: await this.edges.count() };
  }

  /** Every node's layout position (its transform), keyed by its visible title. */
  async positions(): Promise<Record<string, string>> {
    return this.nodes.evaluateAll((elements) => {
      const out: Record<string, string> = {};
      for (const element of elements) {
        const title = element.querySelector('.upturn-node-title')?.textContent ?? '';
        const id = element.getAttribute('data-id') ?? '';
        out[`${title}#${id}`] = (element as HTMLElement).style.transform;
      }
      return out;
    });
  }

  /**
   * What the chart looks like on the canvas: every node's place and title, and
   * every line's name and path (a line drawn away from its node shows up too).
   */
  async snapshot(): Promise<{ nodes: Record<string, string>; links: string[] }> {
    await this.settle();
    const links = await this.edges.evaluateAll((elements) =>
      elements
        .map((element) => {
          const path = element.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '';
          // Whole pixels: a node mounted again (undo) measures its handles to a hair's breadth.
          const rounded = path.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n))));
          return `${element.getAttribute('aria-label') ?? ''}: ${rounded}`;
        })
        .sort(),
    );
    return { nodes: await this.positions(), links };
  }

  /** Opens a new empty chart from the chart list (or, without one, deletes everything). */
  async newEmptyChart(): Promise<void> {
    const list = this.page.getByRole('button', { name: /^Chart list: / });
    if ((await list.count()) > 0) {
      await list.click();
      await this.page
        .getByRole('dialog', { name: 'Your charts' })
        .getByRole('button', { name: 'New chart' })
        .click();
    } else {
      await this.canvasPane.click({ position: { x: 20, y: 20 } });
      await this.page.keyboard.press('Control+a');
      await this.page.keyboard.press('Delete');
    }
    await expect(this.nodes).toHaveCount(0);
    await expect(this.button('Undo')).toBeDisabled();
  }

  /** The React Flow pane (empty canvas). */
  get canvasPane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  /** A point on the empty canvas, well away from nodes and the corner controls. */
  async emptySpot(): Promise<{ x: number; y: number }> {
    const box = await this.canvasPane.boundingBox();
    if (!box) throw new Error('no canvas');
    const taken = await this.nodes.evaluateAll((elements) =>
      elements.map((element) => {
        const rect = element.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }),
    );
    const margin = 24;
    for (let y = box.y + 80; y < box.y + box.height - 140; y += 40) {
      for (let x = box.x + 200; x < box.x + box.width - 200; x += 40) {
        const free = taken.every(
          (rect) =>
            x < rect.x - margin ||
            x > rect.x + rect.width + margin ||
            y < rect.y - margin ||
            y > rect.y + rect.height + margin,
        );
        if (free) return { x, y };
      }
    }
    throw new Error('no empty spot on the canvas');
  }

  /** Double-clicks empty canvas (adds a role). */
  async doubleClickEmptyCanvas(): Promise<void> {
    const spot = await this.emptySpot();
    await this.page.mouse.dblclick(spot.x, spot.y);
  }

  /**
   * Drags a connection with the mouse from a node's handle to another node's
   * body, as a person does: hover to show the handles, press on one, move in
   * steps, release over the other node.
   */
  async connect(from: Locator, side: HandleSide, to: Locator): Promise<void> {
    await this.settle();
    await from.hover();
    const handle = this.sourceHandle(from, side);
    await expect(handle).toBeVisible();
    const start = await centre(handle);
    const end = await centre(to);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + (end.x - start.x) / 3, start.y + (end.y - start.y) / 3, {
      steps: 5,
    });
    await this.page.mouse.move(end.x, end.y, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Drags a node by its body and drops it onto another node. */
  async dragOnto(node: Locator, onto: Locator): Promise<void> {
    await this.settle();
    const start = await centre(node);
    const end = await centre(onto);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 10, start.y + 10, { steps: 3 });
    await this.page.mouse.move(end.x, end.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Shift-drags a selection box over the given screen rectangle. */
  async boxSelect(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.keyboard.down('Shift');
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
    await this.page.keyboard.up('Shift');
  }

  /** A line on the canvas, by its name: "Cashier serves Shoppers", "Cashier reports to Store Manager, North". */
  link(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  /**
   * Clicks a line on the canvas where nothing else covers it: a point along
   * its path that hit-tests to the line itself (lines cross each other).
   */
  async clickLink(name: string): Promise<void> {
    await this.settle();
    const link = this.link(name);
    await expect(link).toBeVisible();
    const point = await link.evaluate((group) => {
      const path = group.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) return null;
      const length = path.getTotalLength();
      for (const t of [0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6, 0.1, 0.9]) {
        const at = path.getPointAtLength(length * t);
        const x = matrix.a * at.x + matrix.c * at.y + matrix.e;
        const y = matrix.b * at.x + matrix.d * at.y + matrix.f;
        if (group.contains(document.elementFromPoint(x, y))) return { x, y };
      }
      return null;
    });
    if (!point) throw new Error(`no visible point on the link "${name}"`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** The bar shown for a clicked link: its kind can be switched, or it can be removed. */
  get linkBar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selected link' });
  }

  /** The selected nodes on the canvas. */
  get selectedNodes(): Locator {
    return this.page.locator('.react-flow__node.selected');
  }
}

/** The centre of an element on screen. */
export async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
