import { describe, expect, it } from 'vitest';
import { serialiseXml } from '../image/svg-tree';
import { histogramSvg } from './histogram-svg';

describe('the before / after histogram', () => {
  it('draws a bar per value and series, from the data, with labelled axes and counts in words', () => {
    const svg = serialiseXml(
      histogramSvg(
        [
          { value: 1, label: '1', before: 2, after: 0 },
          { value: 2, label: '2', before: 1, after: 3 },
        ],
        { title: 'Spans of control', xLabel: 'Direct reports', yLabel: 'Managers' },
      ),
      false,
    );
    expect(svg.match(/data-series="before"/g)).toHaveLength(2);
    expect(svg.match(/data-series="after"/g)).toHaveLength(2);
    expect(svg).toContain('>Direct reports</text>');
    expect(svg).toContain('>Managers</text>');
    expect(svg).toContain('<title>2: 3 after</title>');
    expect(svg).toContain('Before (left bar)');
  });
});
