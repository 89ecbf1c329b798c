/**
 * What the browser benchmarks share: a `vite preview` of the production build
 * on a spare port, Chromium as on this machine (software rendering), and the
 * in-page probes that time first paint, frames, edits and the flip.
 *
 * The page scripts are plain strings: tsx (esbuild) would otherwise wrap named
 * functions in a `__name` helper that does not exist inside the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { median, percentile } from './stats';

export const VIEWPORT = { width: 1440, height: 900 } as const;

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export interface BenchBrowser {
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves dist/ with `vite preview` on `port` and launches Chromium. */
export async function startBench(port: number): Promise<BenchBrowser> {
  // Something already answering there would be measured instead of this build.
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (taken)
    throw new Error(`port ${port} is in use: choose another (see the bench's port variable)`);
  const server: ChildProcess = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      // A build of one's own (UPTURN_BENCH_DIST), when others share the machine and dist/.
      ...(process.env.UPTURN_BENCH_DIST ? ['--outDir', process.env.UPTURN_BENCH_DIST] : []),
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    // npx starts vite as a child: end the whole group we started, nothing else.
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        // already gone
      }
    }
  };
  try {
    const browser = await chromium.launch(chromiumLaunchOptions);
    const baseUrl = `http://127.0.0.1:${port}/`;
    await waitForServer(baseUrl);
    return {
      browser,
      baseUrl,
      async close() {
        await browser.close();
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Installed before the app runs: marks `bench:first-paint` once the first
 * node (or the drawn overview) is on the page and its frame has been
 * rendered (rAF, then a message, which runs after that frame's paint).
 */
const FIRST_PAINT_PROBE = `(() => {
  const found = () => document.querySelector('.react-flow__node, canvas[data-drawn="true"]');
  const painted = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('bench:first-paint');
    channel.port2.postMessage(0);
  });
  const observer = new MutationObserver(() => {
    if (found()) { observer.disconnect(); painted(); }
  });
  const start = () => observer.observe(document.documentElement, {
    childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn'],
  });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
})()`;

export interface OpenedChart {
  page: Page;
  /** From the chart being in the store (`upturn:chart-ready`) to the first frame with nodes. */
  firstPaintMs: number;
  /** From navigation start to that frame (page load, script, chart generation included). */
  sinceNavigationMs: number;
}

/**
 * Opens `/?demo=roles` in a fresh page and waits for the first painted frame
 * of nodes. `expanded`: every branch drawn (`&expanded`), not the default
 * folding of a big chart.
 */
export async function openChart(
  bench: BenchBrowser,
  roles: number,
  options: { expanded: boolean; viewport?: { width: number; height: number } } = { expanded: true },
): Promise<OpenedChart> {
  const context = await bench.browser.newContext({ viewport: options.viewport ?? VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(FIRST_PAINT_PROBE);
  await page.goto(`${bench.baseUrl}?demo=${roles}${options.expanded ? '&expanded' : ''}`);
  await page.waitForFunction(
    `performance.getEntriesByName('bench:first-paint').length > 0`,
    undefined,
    { timeout: 60_000 },
  );
  const marks = (await page.evaluate(`({
    ready: performance.getEntriesByName('upturn:chart-ready')[0]?.startTime ?? NaN,
    paint: performance.getEntriesByName('bench:first-paint')[0].startTime,
  })`)) as { ready: number; paint: number };
  return { page, firstPaintMs: marks.paint - marks.ready, sinceNavigationMs: marks.paint };
}

/** The JS heap in use after a full garbage collection, in MB (CDP). */
export async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** The React Flow viewport's zoom and the nodes in the DOM. */
export async function canvasState(page: Page): Promise<{ zoom: number; nodes: number }> {
  return page.evaluate(`(() => {
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : NaN;
    return { zoom, nodes: document.querySelectorAll('.react-flow__node').length };
  })()`) as Promise<{ zoom: number; nodes: number }>;
}

/**
 * A point on the empty pane (no node under it), near the middle of the canvas
 * (`dx` to the right of it); `pane` picks the canvas when a page has two.
 */
async function emptyPanePoint(
  page: Page,
  dx = 0,
  pane = '.react-flow__pane',
): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(`(() => {
    const pane = document.querySelector(${JSON.stringify(pane)}).getBoundingClientRect();
    const cx = pane.left + pane.width / 2 + ${dx};
    for (let dy = 0; dy < pane.height / 2; dy += 4) {
      for (const y of [pane.top + pane.height / 2 + dy, pane.top + pane.height / 2 - dy]) {
        for (const x of [cx, cx - 120, cx + 120]) {
          const hit = document.elementFromPoint(x, y);
          if (hit && (hit.classList.contains('react-flow__pane') || hit.tagName === 'CANVAS')) return { x, y };
        }
      }
    }
    return { x: cx, y: pane.top + 10 };
  })()`)) as { x: number; y: number };
  return point;
}

export interface Frames {
  fps: number;
  p95: number;
}

const START_FRAMES = `(() => {
  const record = { times: [], on: true };
  window.__benchFrames = record;
  const loop = (time) => { if (!record.on) return; record.times.push(time); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;
const STOP_FRAMES = `(() => { window.__benchFrames.on = false; return window.__benchFrames.times; })()`;

function framesOf(times: readonly number[]): Frames {
  const gaps: number[] = [];
  for (let k = 2; k < times.length; k += 1) gaps.push(times[k]! - times[k - 1]!);
  const gap = median(gaps);
  return { fps: 1000 / gap, p95: percentile(gaps, 0.95) };
}

/**
 * Pans for `ms` as someone exploring a chart does: strokes of the empty pane
 * in one direction (page.mouse, one move a frame), lifting the button and
 * coming back between strokes, so the view travels across the chart (a big
 * chart's window of DOM nodes has to follow). Frame times are recorded in
 * the page.
 */
export async function panFrames(
  page: Page,
  ms = 3000,
  options: { pane?: string; dx?: number } = {},
): Promise<Frames> {
  await page.evaluate(START_FRAMES);
  const began = Date.now();
  let stroke = 0;
  while (Date.now() - began < ms) {
    // Right to left: the chart moves left, the view travels right; a little up and down too.
    // Each stroke starts on empty canvas (pressing a node would drag the node).
    const start = await emptyPanePoint(page, options.dx ?? 300, options.pane);
    const drift = stroke % 2 === 0 ? 1 : -1;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 60 && Date.now() - began < ms; step += 1) {
      await page.mouse.move(start.x - step * 10, start.y + drift * step * 0.5);
    }
    await page.mouse.up();
    stroke += 1;
  }
  const times = (await page.evaluate(STOP_FRAMES)) as number[];
  return framesOf(times);
}

/** Wheel-zooms in and out around the current zoom for `ms`, recording frame times. */
export async function zoomFrames(page: Page, ms = 3000): Promise<Frames> {
  const at = await emptyPanePoint(page);
  await page.mouse.move(at.x, at.y);
  await page.evaluate(START_FRAMES);
  const began = Date.now();
  let step = 0;
  while (Date.now() - began < ms) {
    // Six notches in, six out: the zoom stays within about 1.5x of where it began.
    const delta = Math.floor(step / 6) % 2 === 0 ? -40 : 40;
    step += 1;
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(16);
  }
  const times = (await page.evaluate(STOP_FRAMES)) as number[];
  return framesOf(times);
}

/**
 * Presses a key (on the window, where the editor's shortcuts listen) and
 * resolves with the time until the frame after the canvas shows the change:
 * a node that was not there appears, or the node `gone` disappears.
 */
export async function timeKeyEdit(
  page: Page,
  key: string,
  wait: { appear: true } | { gone: string },
): Promise<{ ms: number; id: string }> {
  const ctrl = key.startsWith('ctrl+');
  const name = ctrl ? key.slice(5) : key;
  return page.evaluate(`new Promise((resolve) => {
    const container = document.querySelector('.react-flow__nodes');
    const ids = () => new Set([...document.querySelectorAll('.react-flow__node')].map((n) => n.dataset.id));
    const before = ids();
    const wait = ${JSON.stringify(wait)};
    let started = 0;
    const observer = new MutationObserver(() => {
      const now = ids();
      const added = [...now].find((id) => !before.has(id));
      const done = wait.appear ? added !== undefined : !now.has(wait.gone);
      if (!done) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ ms: performance.now() - started, id: added ?? '' });
        channel.port2.postMessage(0);
      });
    });
    observer.observe(container, { childList: true });
    // Never hang the run: an edit not shown within 5 s counts as not shown.
    setTimeout(() => { observer.disconnect(); resolve({ ms: NaN, id: '' }); }, 5000);
    started = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(name)}, ctrlKey: ${ctrl}, bubbles: true }));
  })`) as Promise<{ ms: number; id: string }>;
}

/** Role nodes in the DOM, with their boxes, top to bottom then left to right. */
export async function visibleRoles(
  page: Page,
): Promise<{ id: string; x: number; y: number; width: number; height: number }[]> {
  return page.evaluate(`(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node-role')]
      .map((node) => {
        const box = node.getBoundingClientRect();
        return { id: node.dataset.id, x: box.left, y: box.top, width: box.width, height: box.height };
      })
      .filter((box) => box.x > pane.left + 160 && box.x + box.width < pane.right - 200 &&
        box.y > pane.top + 40 && box.y + box.height < pane.bottom - 40)
      .sort((a, b) => a.y - b.y || a.x - b.x);
  })()`) as Promise<{ id: string; x: number; y: number; width: number; height: number }[]>;
}

async function blur(page: Page): Promise<void> {
  await page.evaluate(
    `document.activeElement && document.activeElement.blur && document.activeElement.blur()`,
  );
}

export interface EditTimes {
  add: number[];
  undo: number[];
  move: number[];
}

/**
 * Edits as a user makes them, each timed to the frame that shows it: select a
 * role and press R (a new report appears), Ctrl+Z (it goes), and drag a role
 * onto another on its row (its manager changes; it moves), then Ctrl+Z.
 */
export async function timeEdits(page: Page, runs: number): Promise<EditTimes> {
  const times: EditTimes = { add: [], undo: [], move: [] };
  for (let run = 0; run < runs; run += 1) {
    const roles = await visibleRoles(page);
    const manager = roles[Math.floor(roles.length / 2)];
    if (!manager) throw new Error('no role on screen to edit');
    await page.mouse.click(manager.x + manager.width / 2, manager.y + manager.height / 2);
    await blur(page);
    const added = await timeKeyEdit(page, 'r', { appear: true });
    if (!added.id) throw new Error(`pressing R under ${manager.id} showed no new role`);
    times.add.push(added.ms);
    await page.waitForTimeout(700); // the glide and the centring
    await blur(page);
    times.undo.push((await timeKeyEdit(page, 'ctrl+z', { gone: added.id })).ms);
    await page.waitForTimeout(600);
  }
  for (let run = 0; run < runs; run += 1) {
    const roles = await visibleRoles(page);
    // Two roles on one row: neither can be in the other's subtree, so the move is allowed.
    const rowsByY = new Map<number, typeof roles>();
    for (const role of roles) {
      const key = Math.round(role.y);
      rowsByY.set(key, [...(rowsByY.get(key) ?? []), role]);
    }
    const row = [...rowsByY.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    const from = row[0];
    const to = row[Math.min(row.length - 1, 2)];
    if (!from || !to || from.id === to.id) throw new Error('no two roles on one row on screen');
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
    // The release is timed in the page, to the frame after the dragged node's last move.
    await page.evaluate(`(() => {
      const node = document.querySelector('.react-flow__node[data-id="${from.id}"]');
      const probe = { released: 0, painted: 0 };
      window.__benchDrop = probe;
      window.addEventListener('pointerup', () => { probe.released = performance.now(); }, { capture: true, once: true });
      new MutationObserver(() => {
        if (!probe.released) return;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { probe.painted = performance.now(); };
          channel.port2.postMessage(0);
        });
      }).observe(node, { attributes: true, attributeFilter: ['style'] });
    })()`);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 20, start.y + 10, { steps: 3 });
    await page.mouse.move(end.x, end.y, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(700);
    const probe = (await page.evaluate(`window.__benchDrop`)) as {
      released: number;
      painted: number;
    };
    if (probe.painted > probe.released) times.move.push(probe.painted - probe.released);
    await blur(page);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(700);
  }
  return times;
}

/**
 * Clicks Flip and counts frames from the click until the glide ends: frames
 * per second over the whole animation, the wait for its first frame, and the
 * 95th-percentile frame time.
 */
export async function flipFrames(page: Page): Promise<Frames & { firstFrame: number }> {
  return page.evaluate(`new Promise((resolve) => {
    const button = [...document.querySelectorAll('button')].find((each) => each.textContent.trim() === 'Flip');
    const canvas = document.querySelector('[data-view]');
    const times = [];
    let started = 0;
    // The time each frame's callback runs (a rAF timestamp is when the frame began,
    // which can be before the click that started the flip).
    const tick = () => {
      const now = performance.now();
      times.push(now);
      if (canvas.classList.contains('is-gliding') || now - started < 150) { requestAnimationFrame(tick); return; }
      const gaps = [times[0] - started];
      for (let k = 1; k < times.length; k += 1) gaps.push(times[k] - times[k - 1]);
      gaps.sort((a, b) => a - b);
      const elapsed = times[times.length - 1] - started;
      resolve({
        fps: (times.length * 1000) / elapsed,
        firstFrame: times[0] - started,
        p95: gaps[Math.min(gaps.length - 1, Math.ceil(gaps.length * 0.95) - 1)],
      });
    };
    started = performance.now();
    button.click();
    requestAnimationFrame(tick);
  })`) as Promise<Frames & { firstFrame: number }>;
}

/**
 * Runs the editor's own Fit view (the button in the zoom toolbar) and waits
 * for it to end: the mark the app sets when fitView resolves (no timer).
 */
export async function fitWhole(page: Page): Promise<void> {
  const marks = `performance.getEntriesByName('upturn:fit-view-done').length`;
  const before = (await page.evaluate(marks)) as number;
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.waitForFunction(`${marks} > ${before}`, undefined, { timeout: 30_000 });
}
