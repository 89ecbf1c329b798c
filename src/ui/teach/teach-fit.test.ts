import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { findOverlap } from '../../layout/__fixtures__/test-charts';
import { framed, roughMeasure, teachFit, TITLE_PX, wrapToWidth, type Measure } from './teach-fit';

/** A condensed bold face, as the stage asks for (Liberation Sans Narrow, Arial Narrow): 0.45 em a glyph. */
const condensed: Measure = (text, px) => text.length * px * 0.45;

/** The stage at 1920×1080, under the caption and above the controls. */
const STAGE = { width: 1843, height: 757 };

describe("Teach's sizes for the room", () => {
  it.each(['traditional', 'customer-first', 'service-distance'] as const)(
    'keep the sample chart’s titles at 28 px or more on a 1920×1080 stage (%s), boxes apart',
    (view) => {
      const fit = teachFit(sampleChart(), view, STAGE, condensed);
      expect(fit.scale * TITLE_PX).toBeGreaterThanOrEqual(28);
      const box = framed(fit.picture);
      expect(box.width * fit.scale).toBeLessThanOrEqual(STAGE.width + 1e-6);
      expect(box.height * fit.scale).toBeLessThanOrEqual(STAGE.height + 1e-6);
      expect(findOverlap({ ...fit.picture, bands: [] })).toBeNull();
    },
  );

  it('wrap every title inside its box, on words', () => {
    const fit = teachFit(sampleChart(), 'traditional', STAGE, roughMeasure);
    for (const [id, lines] of fit.lines) {
      const node = fit.picture.nodes.get(id)!;
      for (const line of lines) {
        expect(roughMeasure(line, TITLE_PX)).toBeLessThanOrEqual(node.width);
      }
    }
  });

  it('size the pyramid and its flip alike, so the flip moves boxes and nothing else', () => {
    const a = teachFit(sampleChart(), 'traditional', STAGE, roughMeasure);
    const b = teachFit(sampleChart(), 'customer-first', STAGE, roughMeasure);
    expect(b.scale).toBeCloseTo(a.scale, 9);
    expect(b.picture.bounds).toEqual(a.picture.bounds);
  });

  it('keep a word longer than a line on a line of its own', () => {
    expect(wrapToWidth('Web Merchandiser', 40, 10, roughMeasure)).toEqual(['Web', 'Merchandiser']);
    expect(wrapToWidth('IT Support', 400, 10, roughMeasure)).toEqual(['IT Support']);
  });
});
