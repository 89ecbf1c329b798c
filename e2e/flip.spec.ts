/**
 * The editor's flip, as a room watches it: the whole chart stays on screen
 * while it turns over, the links stay drawn, and it takes long enough to
 * follow (issue 13: "the editor's own Flip and Present get the same care").
 */
import { expect, test } from '@playwright/test';
import { ChartPage } from './chart-page';

interface Frame {
  at: number;
  flipping: boolean;
  /** The cards' extent, relative to the canvas. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  canvasWidth: number;
  canvasHeight: number;
  linksOpacity: number;
}

test('Flip turns the chart over in place: every card on screen, links drawn, over about 1.5 s', async ({
  page,
}) => {
  const chart = new ChartPage(page);
  await chart.open();
  await chart.settle();

  // Record every frame from the key press until the flip has ended.
  const recording = page.evaluate(
    () =>
      new Promise<Frame[]>((resolve) => {
        const frames: Frame[] = [];
        const canvas = document.querySelector<HTMLElement>('.upturn-canvas')!;
        const edges = document.querySelector<HTMLElement>('.react-flow__edges')!;
        let started = -1;
        const tick = (now: number) => {
          const flipping = canvas.classList.contains('is-flipping');
          if (flipping && started < 0) started = now;
          if (started >= 0) {
            const box = canvas.getBoundingClientRect();
            let top = Infinity;
            let bottom = -Infinity;
            let left = Infinity;
            let right = -Infinity;
            for (const node of document.querySelectorAll('.react-flow__node')) {
              const r = node.getBoundingClientRect();
              top = Math.min(top, r.top - box.top);
              bottom = Math.max(bottom, r.bottom - box.top);
              left = Math.min(left, r.left - box.left);
              right = Math.max(right, r.right - box.left);
            }
            frames.push({
              at: now - started,
              flipping,
              top,
              bottom,
              left,
              right,
              canvasWidth: box.width,
              canvasHeight: box.height,
              linksOpacity: Number(getComputedStyle(edges).opacity),
            });
            if (!flipping) {
              resolve(frames);
              return;
            }
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  await chart.button('Flip').click();
  const frames = await recording;
  await expect(chart.canvas).toHaveAttribute('data-view', 'traditional');

  const turning = frames.filter((frame) => frame.flipping);
  expect(turning.length).toBeGreaterThan(3);
  // Long enough for a room to follow it: the flip runs for well over a second.
  expect(frames.at(-1)!.at).toBeGreaterThanOrEqual(1200);
  for (const frame of frames) {
    // The camera never loses the chart: every card stays on the canvas in every frame.
    // (4% slack: on a busy machine the camera, run on the main thread, can trail the
    // cards' compositor transition by a frame or two; the jump this replaced put whole
    // rows hundreds of pixels off screen.)
    const slackY = frame.canvasHeight * 0.04;
    const slackX = frame.canvasWidth * 0.04;
    expect(frame.top).toBeGreaterThanOrEqual(-slackY);
    expect(frame.left).toBeGreaterThanOrEqual(-slackX);
    expect(frame.bottom).toBeLessThanOrEqual(frame.canvasHeight + slackY);
    expect(frame.right).toBeLessThanOrEqual(frame.canvasWidth + slackX);
  }
  // The links stay drawn while the cards move.
  for (const frame of turning) expect(frame.linksOpacity).toBeGreaterThan(0.9);

  // And it lands: the pyramid, the leader above the customers.
  await chart.settle();
  expect(await chart.centreY('Chief Executive Officer')).toBeLessThan(
    await chart.centreY('Shoppers'),
  );
});
