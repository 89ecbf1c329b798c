import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply-command';
import { sampleChart } from '../samples/sample-chart';
import { captionOf, TEACH_STEPS } from './teach-steps';

const flip = TEACH_STEPS.find((step) => step.id === 'flip')!;

describe('the steps of Teach', () => {
  it('run pyramid, who faces, flip, service flows, no path, distance', () => {
    expect(TEACH_STEPS.map((step) => step.id)).toEqual([
      'pyramid',
      'who-faces',
      'flip',
      'service-flows',
      'no-path',
      'distance',
    ]);
    expect(TEACH_STEPS.map((step) => step.view)).toEqual([
      'traditional',
      'traditional',
      'customer-first',
      'customer-first',
      'customer-first',
      'service-distance',
    ]);
  });

  it('state the idea by default: the customer at the top, service flowing up', () => {
    const chart = sampleChart();
    expect(captionOf(chart, TEACH_STEPS[0]!)).toMatch(/everyone faces the boss/);
    expect(captionOf(chart, flip)).toMatch(/customer goes to the top/);
    expect(captionOf(chart, TEACH_STEPS[3]!)).toMatch(
      /leader serves the managers, who serve the employees, who serve the customer/,
    );
  });

  it("show the trainer's caption once written, and the default again when it is cleared", () => {
    const written = applyCommand(sampleChart(), {
      type: 'setTeachCaption',
      step: 'flip',
      caption: '  Now watch the customer rise.  ',
    });
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(captionOf(written.chart, flip)).toBe('Now watch the customer rise.');
    expect(written.chart.teachCaptions).toEqual({ flip: 'Now watch the customer rise.' });

    const cleared = applyCommand(written.chart, {
      type: 'setTeachCaption',
      step: 'flip',
      caption: ' ',
    });
    expect(cleared.ok).toBe(true);
    if (!cleared.ok) return;
    expect(captionOf(cleared.chart, flip)).toBe(flip.caption);
    expect(cleared.chart.teachCaptions).toBeUndefined();
  });

  it('refuse a caption for a step that does not exist, naming it, and leave the chart alone', () => {
    const chart = sampleChart();
    const result = applyCommand(chart, { type: 'setTeachCaption', step: 'encore', caption: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/"encore".*not a step of Teach|encore/);
    expect(chart.teachCaptions).toBeUndefined();
  });
});
