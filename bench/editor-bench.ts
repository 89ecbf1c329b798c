/**
 * The editor benchmark (issue: the editor's speed targets), in real Chromium:
 * with a 1,000-role chart, how long an edit takes to repaint, and how many
 * frames per second the flip animation gets. Serves the production build with
 * `vite preview` on a spare port. Prints a table; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const PORT = 4183;
const ROLES = 1000;
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`preview server did not start at ${url}`);
}

// The page scripts are plain strings: tsx (esbuild) would otherwise wrap named
// functions in a helper that does not exist inside the page.

/**
 * Presses a key and measures until the frame after the canvas shows the change:
 * a node that was not there appears (`appear`), or the node `gone` disappears.
 * Returns the time and the id that appeared.
 */
async function timeEdit(
  page: Page,
  key: string,
  wait: { appear: true } | { gone: string },
): Promise<{ ms: number; id: string }> {
  const ctrl = key.startsWith('ctrl+');
  const name = ctrl ? key.slice(5) : key;
  return page.evaluate(`new Promise((resolve) => {
    const ids = () => new Set([...document.querySelectorAll('.react-flow__node')].map((n) => n.dataset.id));
    const before = ids();
    const wait = ${JSON.stringify(wait)};
    const started = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(name)}, ctrlKey: ${ctrl}, bubbles: true }));
    const check = () => {
      const now = ids();
      const added = [...now].find((id) => !before.has(id));
      const done = wait.appear ? added !== undefined : !now.has(wait.gone);
      if (done) requestAnimationFrame(() => resolve({ ms: performance.now() - started, id: added ?? '' }));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`) as Promise<{ ms: number; id: string }>;
}

/** Clicks Flip and counts frames during the glide. */
async function flipFps(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const button = [...document.querySelectorAll('button')].find((each) => each.textContent.trim() === 'Flip');
    const canvas = document.querySelector('[data-view]');
    let frames = 0;
    let first = 0;
    const tick = (now) => {
      if (!first) first = now;
      frames += 1;
      if (canvas.classList.contains('is-gliding') || now - first < 100) requestAnimationFrame(tick);
      else resolve(((frames - 1) * 1000) / (now - first));
    };
    button.click();
    requestAnimationFrame(tick);
  })`) as Promise<number>;
}

async function runEditorBench(): Promise<{ name: string; value: string }[]> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: existsSync(system) ? system : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    await waitForServer(url);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}?demo=${ROLES}`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(800);
    // Present hides the panels; keep the editor as a user has it.
    const count = await page.locator('.react-flow__node').count();
    const edits: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const added = await timeEdit(page, 'c', { appear: true }); // Add customer
      edits.push(added.ms);
      await page.locator('body').click({ position: { x: 5, y: 5 } }); // leave the name field
      edits.push((await timeEdit(page, 'ctrl+z', { gone: added.id })).ms); // Undo it
      await page.waitForTimeout(500);
    }
    const fps: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      fps.push(await flipFps(page));
      await page.waitForTimeout(300);
    }
    return [
      { name: `nodes on screen (${ROLES} roles, fit view)`, value: String(count) },
      {
        name: `edit repainted, median of ${edits.length} (target ≤ 100 ms)`,
        value: `${median(edits).toFixed(0)} ms`,
      },
      {
        name: 'flip animation, median of 5 (target ≥ 50 fps)',
        value: `${median(fps).toFixed(0)} fps`,
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}

const rows = await runEditorBench();
console.log(`\nEditor in Chromium (production build, ${ROLES} roles)\n`);
const width = Math.max(...rows.map((row) => row.name.length));
for (const row of rows) console.log(`  ${row.name.padEnd(width)}  ${row.value.padStart(8)}`);
