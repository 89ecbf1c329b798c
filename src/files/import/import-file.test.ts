import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { analyseChart } from '../../domain/analysis/service-paths';
import { layoutChart } from '../../layout/layout';
import { chartToCsv } from '../csv/csv-export';
import { readImportFile } from './import-file';
import { embedChartInPng } from '../image/png-metadata';
import { chartToSvg } from '../image/svg-export';
import { serialiseChart } from '../upturn-json/upturn-json';

const bytes = (text: string) => new TextEncoder().encode(text);
const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('readImportFile', () => {
  const chart = sampleChart();

  it('opens Upturn JSON, whatever the file is called', () => {
    for (const name of ['chart.upturn.json', 'chart.txt']) {
      const file = readImportFile(name, bytes(serialiseChart(chart)));
      expect(file).toEqual({
        kind: 'chart',
        format: 'json',
        result: { ok: true, chart, warnings: [] },
      });
    }
  });

  it('opens an exported SVG and an exported PNG', () => {
    const svg = chartToSvg(
      chart,
      layoutChart(chart, { view: 'customer-first' }),
      analyseChart(chart),
    );
    expect(readImportFile('chart.svg', bytes(svg))).toMatchObject({
      kind: 'chart',
      format: 'svg',
      result: { ok: true, chart },
    });
    const png = embedChartInPng(TINY_PNG, chart);
    expect(readImportFile('chart.png', png)).toMatchObject({
      kind: 'chart',
      format: 'png',
      result: { ok: true, chart },
    });
  });

  it('previews a CSV', () => {
    const file = readImportFile('export.csv', bytes(chartToCsv(chart)));
    expect(file.kind).toBe('csv');
    expect(file.kind === 'csv' && file.preview.rowCount).toBe(chart.roles.length);
  });

  it('refuses a workbook by name, and a .json file that is not JSON', () => {
    const xlsx = readImportFile('people.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(xlsx).toMatchObject({
      kind: 'csv',
      preview: { chart: null, problems: [{ code: 'not-csv' }] },
    });
    const broken = readImportFile('chart.json', bytes('id,title\n1,CEO\n'));
    expect(broken).toMatchObject({
      kind: 'chart',
      format: 'json',
      result: { ok: false, errors: [{ code: 'not-json' }] },
    });
  });
});
