import { describe, expect, it } from 'vitest';
import type { View } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { analyseChart } from '../../domain/analysis/service-paths';
import { layoutView } from '../../layout/view-layout';
import { parseUpturnJson } from '../upturn-json/upturn-json';
import { previewCsv } from '../csv/csv-import';
import {
  exportSvg,
  pdfPage,
  pdfSubtitle,
  pngScale,
  pngSize,
  describePng,
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  svgSize,
  textExport,
  type ExportSource,
} from './chart-export';
import { readChartFromSvg } from '../image/svg-export';

function source(view: View = 'customer-first'): ExportSource {
  const chart = sampleChart();
  return { chart, view, layout: layoutView(chart, { view }), analysis: analyseChart(chart) };
}

describe('text exports', () => {
  it('JSON: the lossless document, named after the chart', () => {
    const file = textExport('json', source());
    expect(file.fileName).toBe('northwind-retail.upturn.json');
    expect(file.mime).toBe('application/json');
    const read = parseUpturnJson(file.content as string);
    expect(read.ok && read.chart).toEqual(sampleChart());
  });

  it('CSV: a UTF-8 BOM, then the import’s columns; reads back to the same roles', () => {
    const file = textExport('csv', source());
    const text = file.content as string;
    expect(file.fileName).toBe('northwind-retail.csv');
    expect(text.startsWith('\uFEFFid,title,person,team,reports to,headcount,serves\r\n')).toBe(
      true,
    );
    const back = previewCsv(text.slice(1));
    expect(back.chart?.roles.map((role) => role.title)).toEqual(
      sampleChart().roles.map((role) => role.title),
    );
  });

  it('SVG: the current view, one node group per role and customer, carrying the chart', () => {
    const chart = sampleChart();
    for (const view of ['customer-first', 'traditional'] as const) {
      const file = textExport('svg', source(view));
      const svg = file.content as string;
      expect(file.fileName).toBe('northwind-retail.svg');
      expect(svg).toContain(`data-view="${view}"`);
      expect(svg.match(/<g class="node[\s"]/g)).toHaveLength(
        chart.roles.length + chart.customers.length,
      );
      expect(readChartFromSvg(svg).ok).toBe(true);
    }
  });

  it('SVG without a heading for the PDF, and its declared size', () => {
    const withHeading = svgSize(exportSvg(source()));
    const without = svgSize(exportSvg(source(), ''));
    expect(withHeading.width).toBeGreaterThan(0);
    expect(without.width).toBe(withHeading.width);
    expect(without.height).toBeLessThan(withHeading.height);
    expect(exportSvg(source(), '')).not.toContain('class="heading"');
  });
});

describe('pngScale', () => {
  it('is 2 for a chart of ordinary size', () => {
    expect(pngScale(1600, 900)).toBe(2);
  });

  it('keeps a huge chart inside the browser’s canvas limits', () => {
    const wide = pngScale(20_000, 1_000);
    expect(20_000 * wide).toBeLessThanOrEqual(PNG_MAX_SIDE + 1e-6);
    const big = pngScale(9_000, 9_000);
    expect(9_000 * big * 9_000 * big).toBeLessThanOrEqual(PNG_MAX_PIXELS + 1);
    expect(big).toBeLessThan(2);
  });
});

describe('pngSize and describePng', () => {
  it('is twice the SVG, and says so', () => {
    expect(pngSize(1544, 1060)).toEqual({ width: 3088, height: 2120, scale: 2, limited: false });
    expect(describePng(1544, 1060)).toBe('3,088 × 2,120 px, at 2×');
  });

  it('is scaled down to the browser’s 16,384 px a side, with a note', () => {
    const size = pngSize(366_016, 3_176);
    expect(size.limited).toBe(true);
    expect(size.width).toBe(PNG_MAX_SIDE);
    expect(describePng(366_016, 3_176)).toMatch(
      /^Scaled down to 16,384 × 142 px \(4%\): the browser's largest image$/,
    );
  });
});

describe('pdfPage', () => {
  it('turns A4 to suit the chart and fits it under the title, aspect kept, centred', () => {
    for (const [width, height] of [
      [3000, 800],
      [600, 1400],
      [200, 100],
    ] as const) {
      const page = pdfPage(width, height);
      expect(page.orientation).toBe(width >= height ? 'landscape' : 'portrait');
      const { chart } = page;
      expect(chart.x).toBeGreaterThanOrEqual(page.margin - 1e-6);
      expect(chart.x + chart.width).toBeLessThanOrEqual(page.pageWidth - page.margin + 1e-6);
      expect(chart.y).toBeGreaterThan(page.subtitleY);
      expect(chart.y + chart.height).toBeLessThanOrEqual(page.pageHeight - page.margin + 1e-6);
      expect(chart.width / chart.height).toBeCloseTo(width / height, 6);
      expect(chart.x - page.margin).toBeCloseTo(
        page.pageWidth - page.margin - chart.x - chart.width,
        6,
      );
    }
  });

  it('prints the date, the view and the size under the title', () => {
    const line = pdfSubtitle(sampleChart(), 'traditional', new Date(2025, 10, 24));
    expect(line).toBe('24 November 2025 · Traditional view · 20 roles, 2 customer groups');
  });
});
