/**
 * In-page probes for the rows of issues 9, 12 and 13: each starts on the
 * trusted input event itself (its `timeStamp`, on the page's clock) and ends
 * on what the page does (a DOM change, an attribute, the next frame), with
 * frames timed by requestAnimationFrame in the page. No fixed waits.
 *
 * The page scripts are plain strings, as in browser-harness.ts (tsx would wrap
 * named functions in a helper that does not exist inside the page).
 */
import type { Page } from '@playwright/test';
import { generateChart } from '../src/domain/samples/generate-chart';
import { serialiseChart } from '../src/files/upturn-json/upturn-json';
import { fitWhole, type Frames } from './browser-harness';

/** The frame after the current one has been painted: rAF, then a message (runs after the paint). */
const AFTER_PAINT = `(done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done(performance.now());
  channel.port2.postMessage(0);
})`;

/** fps over a span of frame times (frames / elapsed) and the 95th-percentile gap, in the page. */
const SUMMARY = `(times, started) => {
  const gaps = [times[0] - started];
  for (let k = 1; k < times.length; k += 1) gaps.push(times[k] - times[k - 1]);
  gaps.sort((a, b) => a - b);
  const elapsed = times[times.length - 1] - started;
  return {
    fps: (times.length * 1000) / elapsed,
    p95: gaps[Math.min(gaps.length - 1, Math.ceil(gaps.length * 0.95) - 1)],
    firstFrame: times[0] - started,
  };
}`;

/**
 * Resolves once `frames` frames in a row have passed with nothing changing in
 * the canvas (a fit, a glide or a late render is over); at most `capMs`.
 */
export async function quietFrames(page: Page, frames = 12, capMs = 20_000): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const root = document.querySelector('[data-testid="canvas"], [data-compare], .teach-mode') ?? document.body;
    let quiet = 0;
    const observer = new MutationObserver(() => { quiet = 0; });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    const began = performance.now();
    const tick = () => {
      quiet += 1;
      if (quiet >= ${frames} || performance.now() - began > ${capMs}) { observer.disconnect(); resolve(); }
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/** The editor's own fit (fitWhole: the "Fit view" button, to its end), then until the canvas is quiet. */
export async function appFit(page: Page): Promise<void> {
  await fitWhole(page);
  await quietFrames(page);
}

/**
 * Presses F (the editor's Flip) and counts frames from the key's event until
 * the glide ends (the canvas loses `is-gliding`): fps over the animation, the
 * wait for its first frame, the 95th-percentile frame time.
 */
export async function keyFlipFrames(page: Page): Promise<Frames & { firstFrame: number }> {
  await page.evaluate(`(() => {
    const canvas = document.querySelector('[data-testid="canvas"]');
    const summary = ${SUMMARY};
    window.__benchFlip = new Promise((resolve) => {
      window.addEventListener('keydown', (event) => {
        const started = event.timeStamp;
        const times = [];
        const tick = () => {
          const now = performance.now();
          times.push(now);
          if (canvas.classList.contains('is-gliding') || now - started < 150) { requestAnimationFrame(tick); return; }
          resolve(summary(times, started));
        };
        requestAnimationFrame(tick);
      }, { capture: true, once: true });
    });
  })()`);
  await page.keyboard.press('f');
  return page.evaluate(`window.__benchFlip`) as Promise<Frames & { firstFrame: number }>;
}

export interface TeachStepTime {
  step: number;
  /** Key event to the frame after the wrapper's `data-step` shows the step. */
  shownMs: number;
  /** Frames while the stage glides to the step's view (null: no glide, the view is the same). */
  glide: (Frames & { ms: number }) | null;
}

/**
 * Arms a probe for the next key: from its event to the frame after
 * `.teach-mode[data-step]` reads `step`, then frames until the stage has
 * landed on the step's view (`svg.teach-stage` not moving and showing the
 * wrapper's `data-view`). Then presses `key`.
 */
export async function timeTeachStep(page: Page, key: string, step: number): Promise<TeachStepTime> {
  await page.evaluate(`(() => {
    const afterPaint = ${AFTER_PAINT};
    const summary = ${SUMMARY};
    window.__benchStep = new Promise((resolve) => {
      window.addEventListener('keydown', (event) => {
        const started = event.timeStamp;
        let shown = NaN;
        const moving = [];
        const wrapper = () => document.querySelector('.teach-mode');
        const check = () => {
          if (!Number.isNaN(shown) || wrapper()?.dataset.step !== '${step}') return false;
          afterPaint((now) => { shown = now - started; });
          return true;
        };
        const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
        if (!check()) observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
        const tick = () => {
          const now = performance.now();
          const stage = document.querySelector('svg.teach-stage');
          const isMoving = stage?.dataset.moving === 'true';
          if (isMoving) moving.push(now);
          const landed = stage && !isMoving && stage.dataset.shownView === wrapper()?.dataset.view;
          if (!Number.isNaN(shown) && landed) {
            observer.disconnect();
            const glide = moving.length > 1
              ? { ...summary(moving.slice(1), moving[0]), ms: moving[moving.length - 1] - moving[0] }
              : null;
            resolve({ step: ${step}, shownMs: shown, glide });
            return;
          }
          if (now - started > 30000) { observer.disconnect(); resolve({ step: ${step}, shownMs: shown, glide: null }); return; }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }, { capture: true, once: true });
    });
  })()`);
  await page.keyboard.press(key);
  return page.evaluate(`window.__benchStep`) as Promise<TeachStepTime>;
}

/** Writes a generated chart of `roles` roles as an Upturn JSON file's bytes. */
export function upturnJsonOf(roles: number): { name: string; buffer: Buffer } {
  const chart = generateChart({ roles, seed: 42, crossLinkShare: 0.05 });
  return { name: chart.name, buffer: Buffer.from(serialiseChart(chart), 'utf8') };
}

/**
 * Clicks "Compare" and resolves with the time from the click's event to the
 * frame after both canvases (the regions "Before" and "After") are drawn:
 * each holds a role or customer node, or (a big chart zoomed out) its
 * overview canvas has been drawn.
 */
export async function timeCompareOpen(page: Page): Promise<number> {
  await page.evaluate(`(() => {
    const afterPaint = ${AFTER_PAINT};
    window.__benchCompare = new Promise((resolve) => {
      window.addEventListener('click', (event) => {
        const started = event.timeStamp;
        const drawn = (side) =>
          document.querySelector(
            '[aria-label="' + side + '"] :is(.react-flow__node-compareRole, .react-flow__node-compareCustomer, canvas.upturn-scene[data-drawn="true"])',
          );
        const ready = () => drawn('Before') && drawn('After');
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          afterPaint((now) => resolve(now - started));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
        setTimeout(() => { observer.disconnect(); resolve(NaN); }, 60000);
      }, { capture: true, once: true });
    });
  })()`);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  return page.evaluate(`window.__benchCompare`) as Promise<number>;
}
