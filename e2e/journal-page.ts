import { expect, type BrowserContext, type Page } from '@playwright/test';
import { EditorPage } from './chart-page';

/** A stored chart record as this page's browser keeps it in IndexedDB. */
export interface StoredRecord {
  id: string;
  name: string;
  document: string;
  version: number;
  view?: string;
}

/** Every chart record in the page's IndexedDB. */
export function storedCharts(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const open = indexedDB.open('upturn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('charts').objectStore('charts').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredRecord[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Resolves once a stored chart's document holds `text` (the autosave has written it). */
export async function storedWith(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await storedCharts(page)).some((chart) => chart.document.includes(text)))
    .toBe(true);
}

/** The editor with what the journal tests do: rename a role in place, read the journal. */
export class JournalPage extends EditorPage {
  /** Renames a role on the canvas as a person does: double-click, type, Enter. Returns at once. */
  async renameRole(from: string, to: string): Promise<void> {
    await this.exactNode(from).dblclick();
    const field = this.page.getByRole('textbox', { name: 'Role title' });
    await field.fill(to);
    await field.press('Enter');
  }

  /** Opens the editor and waits until the chart it shows is stored (the first run stores the sample). */
  async openStored(): Promise<void> {
    await this.open();
    await storedWith(this.page, 'Chief Executive Officer');
  }

  /** The alert for changes that could not be recovered. */
  get unrecovered() {
    return this.page.getByRole('alert', { name: 'Unrecovered changes' });
  }
}

/** Crashes a page's renderer, as a tab dies: no pagehide, no save; then closes what is left of it. */
export async function crashPage(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const gone = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await gone;
  await page.close();
}
