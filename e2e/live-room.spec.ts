/**
 * Live rooms through the real server (started here, on its own port): two
 * people edit one chart and see each other's edits and cursor; a view-only
 * link changes nothing; the server restarts mid-session and nothing is lost.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ChartPage } from './chart-page';
import { LIVE_BASE, LiveServer } from './live/live-server';

const server = new LiveServer();

// Several browser contexts and a server per test: more than the default 30 s on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.beforeAll(async () => server.start());
test.afterAll(async () => server.stop());

/** A fresh browser profile whose person is called `name`. */
async function person(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript((who) => localStorage.setItem('upturn:live-name', who), name);
  return context.newPage();
}

function status(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(Live|Reconnecting|Offline|Connecting)/ });
}

/** Ada opens the editor from the server, shares the sample chart; returns both links. */
async function share(page: Page): Promise<{ edit: string; view: string }> {
  await page.goto(LIVE_BASE);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this chart' });
  const edit = await dialog.getByLabel('Edit link').inputValue();
  const view = await dialog.getByLabel('View-only link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(status(page)).toHaveText(/^Live · 1 person/);
  return { edit, view };
}

async function rename(page: Page, from: string, to: string) {
  const chart = new ChartPage(page);
  await chart.selectNode(from);
  const title = chart.selection.getByLabel('Title', { exact: true });
  await title.fill(to);
  await title.press('Enter');
  await expect(chart.node(to)).toBeVisible();
}

test('two people edit one chart live and see each other’s cursor', async ({ browser }) => {
  const ada = await person(browser, 'Ada');
  const bo = await person(browser, 'Bo');
  const { edit } = await share(ada);

  await bo.goto(edit);
  await expect(status(bo)).toHaveText(/^Live · 2 people/);
  await expect(status(ada)).toHaveText(/^Live · 2 people/);
  // Bo's browser had never seen this chart: it came from the room.
  await expect(new ChartPage(bo).node('Head of Strategy')).toBeVisible();

  await rename(ada, 'Head of Strategy', 'Head of Insight');
  await expect(new ChartPage(bo).node('Head of Insight')).toBeVisible();
  await rename(bo, 'Head of Insight', 'Head of Foresight');
  await expect(new ChartPage(ada).node('Head of Foresight')).toBeVisible();

  // Bo's Undo takes back Bo's rename only.
  await bo.getByRole('button', { name: 'Undo' }).click();
  await expect(new ChartPage(ada).node('Head of Insight')).toBeVisible();

  // Ada's pointer on the canvas shows on Bo's screen, with her name.
  const box = await ada.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await ada.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await ada.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10);
  await expect(bo.getByTestId('remote-cursor').filter({ hasText: 'Ada' })).toBeVisible();

  // Ada leaves: her cursor goes, and Bo is alone.
  await ada.context().close();
  await expect(bo.getByTestId('remote-cursor')).toHaveCount(0);
  await expect(status(bo)).toHaveText(/^Live · 1 person/);
  await bo.context().close();
});

test('a view-only link sees the chart live and can change nothing', async ({ browser }) => {
  const ada = await person(browser, 'Ada');
  const viewer = await person(browser, 'Vi');
  const { view } = await share(ada);
  await viewer.goto(view);
  await expect(status(viewer)).toHaveText(/^Live · 2 people.*view only/);
  const nodes = viewer.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible();
  const count = await nodes.count();

  await expect(viewer.getByRole('button', { name: 'Add role' })).toBeDisabled();
  await viewer.getByTestId('canvas').click();
  await viewer.keyboard.press('r');
  await expect(nodes).toHaveCount(count);

  await rename(ada, 'Head of Strategy', 'Head of Insight');
  await expect(new ChartPage(viewer).node('Head of Insight')).toBeVisible();
  await ada.context().close();
  await viewer.context().close();
});

test('the server restarts mid-session and nothing is lost', async ({ browser }) => {
  const ada = await person(browser, 'Ada');
  const bo = await person(browser, 'Bo');
  const { edit } = await share(ada);
  await bo.goto(edit);
  await expect(status(bo)).toHaveText(/^Live · 2 people/);
  await rename(ada, 'Head of Strategy', 'Head of Insight');
  await expect(new ChartPage(bo).node('Head of Insight')).toBeVisible();

  await server.stop();
  await expect(status(ada)).toHaveText(/^(Reconnecting|Connecting)/);
  // Edits while the server is down are kept, and sync once it is back.
  await rename(bo, 'Head of Insight', 'Head of Foresight');
  await server.start();
  await expect(status(ada)).toHaveText(/^Live · 2 people/);
  await expect(new ChartPage(ada).node('Head of Foresight')).toBeVisible();

  // A newcomer after the restart gets the whole chart from the stored room.
  const cy = await person(browser, 'Cy');
  await cy.goto(edit);
  await expect(new ChartPage(cy).node('Head of Foresight')).toBeVisible();
  for (const page of [ada, bo, cy]) await page.context().close();
});

test('one person goes offline, both edit, it reconnects and both converge', async ({ browser }) => {
  const ada = await person(browser, 'Ada');
  const bo = await person(browser, 'Bo');
  const { edit } = await share(ada);
  await bo.goto(edit);
  await expect(status(bo)).toHaveText(/^Live · 2 people/);

  await bo.context().setOffline(true);
  await expect(status(bo)).toHaveText('Offline: your changes are kept and will sync');
  await rename(bo, 'Head of Strategy', 'Head of Foresight');
  await rename(ada, 'Chief Financial Officer', 'Chief Value Officer');
  // Neither sees the other's edit while Bo is away.
  await expect(new ChartPage(bo).node('Chief Financial Officer')).toBeVisible();

  await bo.context().setOffline(false);
  await expect(status(bo)).toHaveText(/^Live · 2 people/);
  for (const page of [ada, bo]) {
    await expect(new ChartPage(page).node('Head of Foresight')).toBeVisible();
    await expect(new ChartPage(page).node('Chief Value Officer')).toBeVisible();
  }
  for (const page of [ada, bo]) await page.context().close();
});

test('work done offline survives a reload and syncs when the server is back', async ({
  browser,
}) => {
  const ada = await person(browser, 'Ada');
  const bo = await person(browser, 'Bo');
  const { edit } = await share(ada);
  // Bo's socket to the room can be cut while the page itself still loads: the
  // editor has no service worker, so a reload needs the network, but the room
  // after it must come from this browser's own copy.
  let roomReachable = true;
  await bo.context().routeWebSocket(/\/sync/, (socket) => {
    if (roomReachable) socket.connectToServer();
    else socket.close();
  });
  await bo.goto(edit);
  await expect(status(bo)).toHaveText(/^Live · 2 people/);

  roomReachable = false;
  await bo.context().setOffline(true);
  await expect(status(bo)).toHaveText('Offline: your changes are kept and will sync');
  await rename(bo, 'Head of Strategy', 'Head of Foresight');

  await bo.context().setOffline(false);
  await bo.reload();
  // The room is open from this browser's copy (the server is still out of reach) …
  await expect(status(bo)).toHaveText(/^Reconnecting/);
  await expect(new ChartPage(bo).node('Head of Foresight')).toBeVisible();
  // … and edits made now are kept too.
  await rename(bo, 'Chief Operating Officer', 'Chief Delivery Officer');
  await expect(new ChartPage(ada).node('Head of Strategy')).toBeVisible();

  roomReachable = true;
  await expect(status(bo)).toHaveText(/^Live · 2 people/);
  await expect(new ChartPage(ada).node('Head of Foresight')).toBeVisible();
  await expect(new ChartPage(ada).node('Chief Delivery Officer')).toBeVisible();
  for (const page of [ada, bo]) await page.context().close();
});

test('each person’s selection is outlined on the others’ screens, with their name', async ({
  browser,
}) => {
  // A name from a peer is text, never markup.
  const name = '<i>Ada</i>';
  const ada = await person(browser, name);
  const bo = await person(browser, 'Bo');
  const { edit } = await share(ada);
  await bo.goto(edit);
  await expect(status(bo)).toHaveText(/^Live · 2 people/);

  await new ChartPage(ada).selectNode('Head of Strategy');
  const outlines = bo.getByTestId('remote-selection');
  await expect(outlines).toHaveCount(1);
  await expect(outlines).toHaveText(name);
  await expect(outlines.locator('i')).toHaveCount(0);
  const node = new ChartPage(bo).node('Head of Strategy').first();
  await expect(outlines).toHaveAttribute('data-node-id', (await node.getAttribute('data-id'))!);
  // Drawn around that node on Bo's screen (both boxes read in one frame).
  const around = await bo.evaluate(() => {
    const outline = document.querySelector('[data-testid="remote-selection"]');
    const id = outline?.getAttribute('data-node-id');
    const target = document.querySelector(`.react-flow__node[data-id="${id}"]`);
    if (!outline || !target) return false;
    const o = outline.getBoundingClientRect();
    const n = target.getBoundingClientRect();
    return o.left <= n.left && o.top <= n.top && o.right >= n.right && o.bottom >= n.bottom;
  });
  expect(around).toBe(true);

  // A second role shift-clicked into Ada's selection: two outlines; another role alone: one.
  await new ChartPage(ada).selectNode('Chief Financial Officer', { add: true });
  await expect(outlines).toHaveCount(2);
  await new ChartPage(ada).selectNode('Chief Operating Officer');
  await expect(outlines).toHaveCount(1);
  await expect(outlines).toHaveAttribute(
    'data-node-id',
    (await new ChartPage(bo).node('Chief Operating Officer').first().getAttribute('data-id'))!,
  );

  // Ada leaves: her selection goes with her.
  await ada.context().close();
  await expect(outlines).toHaveCount(0);
  await bo.context().close();
});
