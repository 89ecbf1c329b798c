import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { hostileChart } from '../__fixtures__/hostile-charts';
import { crc32, embedChartInPng, readChartFromPng } from './png-metadata';

/** A 1×1 PNG written by Python's zlib, independent of the code under test. */
const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/** [type, crcOk] for each chunk, walking the bytes independently. */
function walk(png: Uint8Array): [string, boolean][] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: [string, boolean][] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const ok = crc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length);
    out.push([type, ok]);
    at += 12 + length;
  }
  return out;
}

describe('PNG metadata', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('adds one valid iTXt chunk before IEND and keeps the image', () => {
    const png = embedChartInPng(TINY_PNG, sampleChart());
    expect(walk(png)).toEqual([
      ['IHDR', true],
      ['IDAT', true],
      ['iTXt', true],
      ['IEND', true],
    ]);
    expect(png.subarray(0, 33)).toEqual(TINY_PNG.subarray(0, 33));
  });

  it('reads the chart back', () => {
    expect(readChartFromPng(embedChartInPng(TINY_PNG, sampleChart()))).toEqual({
      ok: true,
      chart: sampleChart(),
      warnings: [],
    });
  });

  it('replaces the chart when embedding again', () => {
    const renamed = { ...sampleChart(), name: 'Second' };
    const png = embedChartInPng(embedChartInPng(TINY_PNG, sampleChart()), renamed);
    expect(walk(png).filter(([type]) => type === 'iTXt')).toHaveLength(1);
    expect(readChartFromPng(png)).toMatchObject({ ok: true, chart: { name: 'Second' } });
  });

  it('carries hostile text exactly', () => {
    fc.assert(
      fc.property(hostileChart(6), (chart) => {
        expect(readChartFromPng(embedChartInPng(TINY_PNG, chart))).toEqual({
          ok: true,
          chart,
          warnings: [],
        });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a PNG without a chart, a damaged chart, and bytes that are not a PNG', () => {
    expect(readChartFromPng(TINY_PNG)).toMatchObject({ ok: false, errors: [{ code: 'no-chart' }] });
    const png = embedChartInPng(TINY_PNG, sampleChart());
    const damaged = png.slice();
    damaged[png.length - 40] = damaged[png.length - 40]! ^ 0xff;
    expect(readChartFromPng(damaged)).toMatchObject({ ok: false, errors: [{ code: 'not-json' }] });
    expect(readChartFromPng(new TextEncoder().encode('id,title'))).toMatchObject({
      ok: false,
      errors: [{ code: 'no-chart' }],
    });
    expect(() => embedChartInPng(new Uint8Array([1, 2, 3]), sampleChart())).toThrow(/not a PNG/);
  });
});
