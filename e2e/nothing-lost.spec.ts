/**
 * Issue 10: every edit survives from the moment it is on screen. Each test
 * acts at once after a rename (no waiting for the autosave), as a user in a
 * hurry does, and checks what the reopened editor shows.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { crashPage, JournalPage, storedCharts, storedWith } from './journal-page';

const TRIALS = 10;

/** Renames a role TRIALS times, each time leaving the page at once by `leave`; `reopen` returns the page to check. */
async function trials(
  context: BrowserContext,
  leave: (page: Page) => Promise<Page>,
): Promise<void> {
  let editor = new JournalPage(await context.newPage());
  await editor.openStored();
  let title = 'Chief Executive Officer';
  for (let trial = 1; trial <= TRIALS; trial += 1) {
    const next = `Renamed ${trial}`;
    await editor.renameRole(title, next);
    editor = new JournalPage(await leave(editor.page));
    await expect(editor.exactNode(next), `trial ${trial}`).toBeVisible();
    title = next;
  }
}

/** A new tab in the same browser, opened on the editor. */
async function reopen(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  return page;
}

test.describe('an edit survives leaving the page at once', () => {
  test.setTimeout(120_000);

  test('closing the tab, beforeunload running', async ({ context }) => {
    await trials(context, async (page) => {
      const closed = page.waitForEvent('close');
      // With runBeforeUnload Playwright does not wait for the close: the reopen waits for it.
      await page.close({ runBeforeUnload: true });
      await closed;
      return reopen(context);
    });
  });

  test('closing the tab without beforeunload', async ({ context }) => {
    await trials(context, async (page) => {
      await page.close({ runBeforeUnload: false });
      return reopen(context);
    });
  });

  test('reloading, and undo still takes the rename back', async ({ context }) => {
    await trials(context, async (page) => {
      await page.reload();
      return page;
    });
    const editor = new JournalPage(context.pages()[0]!);
    await editor.button('Undo').click();
    await expect(editor.exactNode(`Renamed ${TRIALS - 1}`)).toBeVisible();
  });

  test('navigating away and back', async ({ context }) => {
    await trials(context, async (page) => {
      await page.goto('about:blank');
      await page.goBack();
      return page;
    });
  });
});

test('a browser killed 100 ms after an edit keeps it', async ({
  playwright,
  baseURL,
}, testInfo) => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { execFileSync } = await import('node:child_process');
  const { chromiumLaunchOptions } = await import('./chromium');
  const dir = mkdtempSync(join(tmpdir(), 'upturn-kill-'));
  const launch = () =>
    playwright.chromium.launchPersistentContext(dir, {
      ...chromiumLaunchOptions,
      baseURL,
      viewport: testInfo.project.use.viewport ?? { width: 1440, height: 900 },
    });
  try {
    let context = await launch();
    const editor = new JournalPage(context.pages()[0] ?? (await context.newPage()));
    await editor.openStored();
    await editor.renameRole('Chief Executive Officer', 'Kept through a crash');
    // The crash itself is the scenario: the browser dies 100 ms of the page's own clock after
    // the edit (a timer in the page, so the time is the app's, not the test runner's).
    await editor.page.evaluate(() => new Promise<void>((done) => setTimeout(done, 100)));
    const pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${dir}`])
      .toString()
      .trim()
      .split('\n');
    for (const pid of pids) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Gone with its parent already.
      }
    }
    await context.close().catch(() => undefined);

    context = await launch();
    const reopened = new JournalPage(context.pages()[0] ?? (await context.newPage()));
    await reopened.open();
    await expect(reopened.exactNode('Kept through a crash')).toBeVisible();
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
});

test('a tab that crashed with unsaved edits, while another kept editing: both are kept', async ({
  context,
}) => {
  // Time is held, so no debounced save runs: the crashed tab's rename is only in its journal.
  await context.clock.install();
  const crashed = new JournalPage(await context.newPage());
  await crashed.openStored();
  const live = new JournalPage(await context.newPage());
  await live.open();
  await context.clock.pauseAt(Date.now() + 60_000);

  await crashed.renameRole('Chief Operating Officer', 'From the crashed tab');
  await expect(crashed.exactNode('From the crashed tab')).toBeVisible();
  await crashPage(context, crashed.page);

  await live.renameRole('Chief Executive Officer', 'From the live tab');
  await live.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await storedWith(live.page, 'From the live tab');
  await context.clock.resume();

  // The next open merges the crashed tab's journal into what the live tab saved.
  const next = new JournalPage(await context.newPage());
  await next.open();
  // A quiet notice (it fades after a few seconds) says what was recovered.
  await expect(next.status).toContainText('merged with what another tab saved since');
  await expect(next.exactNode('From the crashed tab')).toBeVisible();
  await expect(next.exactNode('From the live tab')).toBeVisible();
  await storedWith(next.page, 'From the crashed tab');
  const records = await storedCharts(next.page);
  expect(records).toHaveLength(1);
  expect(records[0]?.document).toContain('From the live tab');
  // The live tab follows the merged save.
  await expect(live.exactNode('From the crashed tab')).toBeVisible();
});

test('a damaged journal entry is refused by name, the library unharmed, the entry downloadable', async ({
  context,
}) => {
  await context.clock.install();
  const crashed = new JournalPage(await context.newPage());
  await crashed.openStored();
  const before = await storedCharts(crashed.page);
  await context.clock.pauseAt(Date.now() + 60_000);
  await crashed.renameRole('Chief Executive Officer', 'Never saved');
  // Damage both copies of the entry (cut short), then crash the tab: no save runs.
  await crashed.page.evaluate(async () => {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!;
      if (key.startsWith('upturn:journal:'))
        localStorage.setItem(key, localStorage.getItem(key)!.slice(0, -12));
    }
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('upturn');
      open.onsuccess = () => {
        const tx = open.result.transaction('journal', 'readwrite');
        const cursor = tx.objectStore('journal').openCursor();
        cursor.onsuccess = () => {
          const row = cursor.result;
          if (!row) return;
          row.update({ ...row.value, text: String(row.value.text).slice(0, -12) });
          row.continue();
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  await crashPage(context, crashed.page);
  await context.clock.resume();

  const next = new JournalPage(await context.newPage());
  await next.open();
  await expect(next.unrecovered).toContainText(
    /could not be recovered: journal entry \d+ is damaged: its checksum does not match/,
  );
  await expect(next.unrecovered).toContainText('Northwind Retail');
  // The library is as it was: the chart, its version, its document.
  await expect(next.exactNode('Chief Executive Officer')).toBeVisible();
  await expect(next.exactNode('Never saved')).toHaveCount(0);
  expect(await storedCharts(next.page)).toEqual(before);

  const download = next.page.waitForEvent('download');
  await next.unrecovered.getByRole('button', { name: 'Download unrecovered changes' }).click();
  const file = await download;
  const { readFile } = await import('node:fs/promises');
  const text = await readFile((await file.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'upturn-unrecovered-changes' });
  expect(text).toContain('Never saved');

  await next.unrecovered.getByRole('button', { name: 'Dismiss' }).click();
  await expect(next.unrecovered).toHaveCount(0);
  await next.page.reload();
  await expect(next.exactNode('Chief Executive Officer')).toBeVisible();
  await expect(next.unrecovered).toHaveCount(0);
});
