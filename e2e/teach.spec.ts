import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { EditorPage } from './chart-page';

/** What each of the six steps shows: its view, and whether the customers sit above the leader. */
const STEPS = [
  { view: 'traditional', customersOnTop: false },
  { view: 'traditional', customersOnTop: false },
  { view: 'customer-first', customersOnTop: true },
  { view: 'customer-first', customersOnTop: true },
  { view: 'customer-first', customersOnTop: true },
  { view: 'service-distance', customersOnTop: true },
] as const;

const LEADER = 'ceo';

/** Teach's page parts, found the way a person does: by role and visible name. */
class TeachPage {
  constructor(readonly page: Page) {}

  get wrapper(): Locator {
    return this.page.locator('[data-step]');
  }

  get caption(): Locator {
    return this.page.getByRole('region', { name: 'Teaching' });
  }

  get stage(): Locator {
    return this.page.locator('svg.teach-stage');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  node(id: string): Locator {
    return this.page.locator(`.teach-node[data-id="${id}"]`);
  }

  /** Waits until the picture has landed on the step's view (no glide under way). */
  async landed(view: string): Promise<void> {
    await expect(this.stage).toHaveAttribute('data-shown-view', view);
    await expect(this.stage).toHaveAttribute('data-moving', 'false');
  }

  /** The vertical centre of a node of the stage, on screen. */
  async centreY(id: string): Promise<number> {
    const box = await this.node(id).boundingBox();
    if (!box) throw new Error(`${id} is not on the stage`);
    return box.y + box.height / 2;
  }

  /** Customers above (or below) the leader, every one, as the step says. */
  async expectCustomers(onTop: boolean): Promise<void> {
    const leader = await this.centreY(LEADER);
    for (const customer of ['shoppers', 'online-buyers']) {
      const y = await this.centreY(customer);
      if (onTop) expect(y).toBeLessThan(leader);
      else expect(y).toBeGreaterThan(leader);
    }
  }
}

/** Opens the editor on the sample, then Teach (T) at its first step. */
async function openTeach(page: Page): Promise<TeachPage> {
  const teach = new TeachPage(page);
  await new EditorPage(page).open();
  await page.keyboard.press('t');
  return teach;
}

/** Opens Teach and steps on (PageDown) to the step before the flip, landed on the traditional chart. */
async function openTeachBeforeFlip(page: Page): Promise<TeachPage> {
  const teach = await openTeach(page);
  await page.keyboard.press('PageDown');
  await teach.landed('traditional');
  return teach;
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error(`${download.suggestedFilename()} was not saved`);
  return readFile(path);
}

test.describe('Teach', () => {
  let editor: EditorPage;
  let teach: TeachPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    teach = new TeachPage(page);
    await editor.open();
    await editor.settle();
  });

  test('T opens it on the open chart; PageDown walks all six steps, PageUp back, B blacks out, Escape leaves the chart untouched', async ({
    page,
  }) => {
    // Three glides of 1.8 s each way, and a snapshot of the chart before and after.
    test.setTimeout(90_000);
    const before = await editor.snapshot();
    await page.keyboard.press('t');
    await expect(teach.wrapper).toHaveAttribute('data-step', '1');
    await expect(teach.caption).toContainText('leader on top');
    await expect(page.getByText('Step 1 of 6')).toBeVisible();

    for (const [index, step] of STEPS.entries()) {
      if (index > 0) await page.keyboard.press('PageDown');
      await expect(teach.wrapper).toHaveAttribute('data-step', String(index + 1));
      await expect(teach.wrapper).toHaveAttribute('data-view', step.view);
      await expect(page.getByText(`Step ${index + 1} of 6`)).toBeVisible();
      await teach.landed(step.view);
      await teach.expectCustomers(step.customersOnTop);
    }
    // The last step stays the last.
    await page.keyboard.press('PageDown');
    await expect(teach.wrapper).toHaveAttribute('data-step', '6');

    for (let step = 5; step >= 1; step--) {
      await page.keyboard.press('PageUp');
      await expect(teach.wrapper).toHaveAttribute('data-step', String(step));
    }
    await teach.landed('traditional');
    await teach.expectCustomers(false);

    await page.keyboard.press('b');
    await expect(page.locator('[data-black="true"]')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('[data-black="true"]')).toHaveCount(0);
    await expect(teach.wrapper).toHaveAttribute('data-step', '1');

    await page.keyboard.press('Escape');
    await expect(teach.wrapper).toHaveCount(0);
    await expect(editor.canvas).toHaveAttribute('data-view', 'customer-first');
    await editor.settle();
    expect(await editor.snapshot()).toEqual(before);
  });

  test('the toolbar button opens it; Exit Teach returns to the editor', async ({ page }) => {
    await editor.button('Teach').click();
    await expect(teach.wrapper).toHaveAttribute('data-step', '1');
    await teach.button('Next').click();
    await expect(teach.wrapper).toHaveAttribute('data-step', '2');
    await teach.button('Exit Teach').click();
    await expect(teach.wrapper).toHaveCount(0);
    // The keyboard is back on the button that opened it.
    await expect(editor.button('Teach')).toBeFocused();
    // The editor's own keys work again.
    await page.keyboard.press('f');
    await expect(editor.canvas).toHaveAttribute('data-view', 'traditional');
  });

  test('a caption edited is kept with the chart: still there after a reload, and undoable', async ({
    page,
  }) => {
    await page.keyboard.press('t');
    await page.keyboard.press('PageDown');
    await expect(teach.wrapper).toHaveAttribute('data-step', '2');
    await teach.button('Edit caption').click();
    const field = page.getByLabel('Caption for “Who faces the customer?”');
    await field.fill('Who here talks to a customer every day?');
    await teach.button('Save caption').click();
    await expect(teach.caption).toHaveText('Who here talks to a customer every day?');

    // Autosaved: a reload brings it back (the journal's write may still be on its way: retried).
    await expect(async () => {
      await page.reload();
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await page.keyboard.press('t');
      await page.keyboard.press('PageDown');
      await expect(teach.caption).toHaveText('Who here talks to a customer every day?', {
        timeout: 1000,
      });
    }).toPass();

    // One undo step in the editor.
    await page.keyboard.press('Escape');
    await expect(teach.wrapper).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('t');
    await page.keyboard.press('PageDown');
    await expect(teach.caption).toContainText('Only these roles serve a customer directly.');
  });

  test('Export slides writes a PPTX of six slides and a PDF of six pages', async ({ page }) => {
    await page.keyboard.press('t');
    const downloads: Download[] = [];
    const both = new Promise<void>((resolve) => {
      page.on('download', (download) => {
        downloads.push(download);
        if (downloads.length === 2) resolve();
      });
    });
    await teach.button('Export slides').click();
    await both;
    const byName = new Map(downloads.map((d) => [d.suggestedFilename(), d]));
    expect([...byName.keys()].sort()).toEqual([
      'northwind-retail-teach.pdf',
      'northwind-retail-teach.pptx',
    ]);

    const zip = await JSZip.loadAsync(await bytesOf(byName.get('northwind-retail-teach.pptx')!));
    const slides = Object.keys(zip.files).filter((name) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(name),
    );
    expect(slides).toHaveLength(6);
    // The chart is drawn as shapes whose text stays text.
    const first = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(first).toContain('Chief Executive Officer');

    const pdf = (await bytesOf(byName.get('northwind-retail-teach.pdf')!)).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(6);
  });

  test('the teaching view: no axe violations', async ({ page }) => {
    await page.keyboard.press('t');
    await teach.landed('traditional');
    await page.keyboard.press('PageDown');
    await teach.landed('traditional');
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
      ),
    ).toEqual([]);
  });
});

test.describe('Teach at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('captions are at least 48 px high and role titles at least 28 px at every step', async ({
    page,
  }) => {
    const teach = await openTeach(page);
    for (const [index, step] of STEPS.entries()) {
      if (index > 0) await page.keyboard.press('PageDown');
      await expect(teach.wrapper).toHaveAttribute('data-step', String(index + 1));
      await teach.landed(step.view);
      const lines = await teach.caption.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return [...range.getClientRects()].map((rect) => rect.height);
      });
      expect(lines.length).toBeGreaterThan(0);
      expect(Math.min(...lines)).toBeGreaterThanOrEqual(48);
      const titles = await page
        .locator('.teach-node[data-kind="role"] .teach-title')
        .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().height));
      expect(titles.length).toBeGreaterThanOrEqual(20);
      expect(Math.min(...titles)).toBeGreaterThanOrEqual(28);
    }
  });
});

test.describe('Teach glides', () => {
  test('the browser runs the flip: the stage is drawn when it starts and when it lands, not frame by frame', async ({
    page,
  }) => {
    const teach = await openTeachBeforeFlip(page);
    const before = await teach.centreY(LEADER);
    // Counts, per box, how often its place is written, from the key to the landing.
    await page.evaluate(() => {
      const stage = document.querySelector('svg.teach-stage')!;
      const moves = new Map<string, number>();
      (window as unknown as { __moves: typeof moves }).__moves = moves;
      new MutationObserver((records) => {
        for (const record of records) {
          const node = record.target as Element;
          if (!node.classList.contains('teach-node')) continue;
          const id = node.getAttribute('data-id') ?? '';
          moves.set(id, (moves.get(id) ?? 0) + 1);
        }
      }).observe(stage, {
        subtree: true,
        attributes: true,
        attributeFilter: ['style', 'transform'],
      });
    });
    await page.keyboard.press('PageDown');
    await expect(teach.stage).toHaveAttribute('data-moving', 'true');
    // Mid-glide the leader is on its way down (the browser moves it; nothing re-renders it).
    await expect.poll(() => teach.centreY(LEADER)).toBeGreaterThan(before);
    await teach.landed('customer-first');
    await teach.expectCustomers(true);
    const moves = await page.evaluate(() => [
      ...(window as unknown as { __moves: Map<string, number> }).__moves.values(),
    ]);
    // Every box's place written once, where it lands (a render a frame would write it every frame).
    expect(moves.length).toBeGreaterThan(10);
    expect(Math.max(...moves)).toBe(1);
  });

  test('the flip counts the people turned to face the customer as the chart turns', async ({
    page,
  }) => {
    const teach = await openTeachBeforeFlip(page);
    // Every text the figure shows, from the key to the landing.
    await page.evaluate(() => {
      const shown = document.querySelector('[data-testid="teach-figure-shown"]')!;
      const texts: string[] = [];
      (window as unknown as { __texts: string[] }).__texts = texts;
      new MutationObserver(() => texts.push(shown.textContent ?? '')).observe(shown, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.keyboard.press('PageDown');
    await teach.landed('customer-first');
    const final = '93 people turned to face the customer.';
    await expect(page.getByTestId('teach-figure-shown')).toHaveText(final);
    const counts = await page.evaluate(() =>
      (window as unknown as { __texts: string[] }).__texts.map((text) =>
        Number(text.split(' ')[0]),
      ),
    );
    // From nothing, up, never down, to everyone in the chart (93 people in the sample).
    expect(counts[0]).toBe(0);
    expect(counts.at(-1)).toBe(93);
    expect(new Set(counts).size).toBeGreaterThan(3);
    for (let k = 1; k < counts.length; k++)
      expect(counts[k]!).toBeGreaterThanOrEqual(counts[k - 1]!);
    // Screen readers hear the figure once, not every number on the way.
    await expect(page.locator('.teach-figure [aria-live="polite"]')).toHaveText(final);
  });

  test('a 5,000-role chart shows its branches as labelled blocks, and flips', async ({ page }) => {
    const teach = new TeachPage(page);
    await page.goto('/?demo=5000');
    await expect(page.locator('.react-flow__node, canvas[data-drawn="true"]').first()).toBeVisible({
      timeout: 30_000,
    });
    await page.keyboard.press('t');
    await teach.landed('traditional');
    const drawn = await page.locator('.teach-node[data-kind="role"]').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThanOrEqual(60);
    const block = page.locator('.teach-node[data-below]').first();
    const below = Number(await block.getAttribute('data-below'));
    expect(below).toBeGreaterThan(0);
    await expect(block.locator('.teach-person')).toHaveText(`${below.toLocaleString('en')} roles`);
    await page.keyboard.press('End');
    await expect(teach.wrapper).toHaveAttribute('data-step', '6');
    await teach.landed('service-distance');
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await teach.landed('customer-first');
    const leader = page
      .locator('.teach-node[data-kind="role"]')
      .filter({ hasText: 'Chief Executive Officer' });
    const customer = page.locator('.teach-node[data-kind="customer"]').first();
    const y = async (node: Locator) => (await node.boundingBox())!.y;
    expect(await y(customer)).toBeLessThan(await y(leader));
  });
});

test.describe('the service-distance view in the editor', () => {
  test('the view switch offers it beside the other two; customers on top, the no-path roles in a last row', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const views = page.getByRole('radiogroup', { name: 'View' });
    await expect(views.getByRole('radio')).toHaveText([
      'Customer first',
      'Traditional',
      'Service distance',
    ]);
    await views.getByRole('radio', { name: 'Service distance' }).click();
    await expect(editor.canvas).toHaveAttribute('data-view', 'service-distance');
    await expect(views.getByRole('radio', { name: 'Service distance' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await editor.settle();
    await expect(async () => {
      const shoppers = await editor.centreY('Shoppers');
      const agent = await editor.centreY('Online Support Agent');
      const ceo = await editor.centreY('Chief Executive Officer');
      const assistant = await editor.centreY('Executive Assistant');
      expect(shoppers).toBeLessThan(agent);
      expect(agent).toBeLessThan(ceo);
      expect(ceo).toBeLessThan(assistant);
    }).toPass();
    await expect(page.getByText('No path to a customer', { exact: true })).toBeVisible();
    // Flip turns it over into the pyramid.
    await editor.button('Flip').click();
    await expect(editor.canvas).toHaveAttribute('data-view', 'traditional');
  });
});
