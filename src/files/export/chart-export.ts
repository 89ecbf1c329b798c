/**
 * What each Export menu item writes, for the current view: the text formats
 * (Upturn JSON, CSV with a BOM, SVG) whole, and the numbers the browser needs
 * for the rendered ones (the PNG's pixel scale, the PDF's page). The browser
 * work itself (canvas, jsPDF) is in png-browser.ts and pdf-browser.ts.
 */
import type { Chart, View } from '../../domain/chart';
import type { Analysis } from '../../domain/analysis/service-paths';
import type { Layout } from '../../layout/layout';
import { chartToCsv } from '../csv/csv-export';
import { exportFileName, type ExportFormat } from './file-names';
import { chartToSvg } from '../image/svg-export';
import { serialiseChart } from '../upturn-json/upturn-json';
import { VIEW_NAMES } from '../../theme/view-names';

/** The chart in the view the user sees, with what the exports draw from. */
export interface ExportSource {
  chart: Chart;
  view: View;
  /** The canvas's layout of `chart` in `view` (the same node sizes as on screen). */
  layout: Layout;
  analysis: Pick<Analysis, 'flagsByRole'>;
}

/** A file ready to save. */
export interface ExportFile {
  fileName: string;
  mime: string;
  /** Text (saved as UTF-8) or bytes. */
  content: string | Uint8Array;
}

/** The MIME type of each format. */
export const EXPORT_MIME: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** The current view as SVG text; `heading: ''` leaves the chart name out (the PDF sets its own title). */
export function exportSvg(source: ExportSource, heading?: string): string {
  return chartToSvg(source.chart, source.layout, source.analysis, {
    view: source.view,
    ...(heading === undefined ? {} : { heading }),
  });
}

/** The width and height an SVG export declares (its root `width` and `height`). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

/**
 * A text export: Upturn JSON (lossless), CSV (the import's columns, with a
 * UTF-8 BOM so Excel reads accents right) or SVG (the current view, carrying
 * the chart so Import can reopen it).
 */
export function textExport(format: 'json' | 'csv' | 'svg', source: ExportSource): ExportFile {
  const content =
    format === 'json'
      ? serialiseChart(source.chart)
      : format === 'csv'
        ? `\uFEFF${chartToCsv(source.chart)}`
        : exportSvg(source);
  return {
    fileName: exportFileName(source.chart.name, format),
    mime: EXPORT_MIME[format],
    content,
  };
}

/** Chromium refuses canvases past 16,384 pixels a side or 268 million pixels (16,384²). */
export const PNG_MAX_SIDE = 16_384;
export const PNG_MAX_PIXELS = 268_435_456;

/**
 * The scale a PNG is rendered at: 2x (sharp on high-density screens), less
 * when that would pass the browser's canvas limits, so a large chart still
 * exports (at a lower resolution) instead of failing.
 */
export function pngScale(width: number, height: number, wanted = 2): number {
  if (width <= 0 || height <= 0) return wanted;
  const bySide = PNG_MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(PNG_MAX_PIXELS / (width * height));
  return Math.min(wanted, bySide, byArea);
}

/** The PNG of an SVG of `width` × `height`: its pixel size, and whether the browser's limit shrank it. */
export function pngSize(
  width: number,
  height: number,
): { width: number; height: number; scale: number; limited: boolean } {
  const scale = pngScale(width, height);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale,
    limited: scale < 2,
  };
}

/** What the Export menu says of the PNG: "at 2×", or the note that the browser's limit shrank it. */
export function describePng(width: number, height: number): string {
  const size = pngSize(width, height);
  const pixels = `${size.width.toLocaleString('en')} × ${size.height.toLocaleString('en')} px`;
  return size.limited
    ? `Scaled down to ${pixels} (${Math.round(size.scale * 100)}%): the browser's largest image`
    : `${pixels}, at 2×`;
}

/** Where things go on a PDF page, in points. */
export interface PdfPage {
  orientation: 'landscape' | 'portrait';
  /** The page size. */
  pageWidth: number;
  pageHeight: number;
  margin: number;
  /** Baselines of the title and of the line under it (date, view). */
  titleY: number;
  subtitleY: number;
  /** The chart's box: the SVG scaled to fit under the title, centred, aspect kept. */
  chart: { x: number; y: number; width: number; height: number };
}

/** A sheet's sides in points. */
export interface SheetSize {
  long: number;
  short: number;
}

const A4: SheetSize = { long: 841.89, short: 595.28 };

/**
 * The PDF page for an SVG of `width` × `height` on `sheet` (A4 unless told),
 * turned to suit the chart unless `orientation` says, the chart scaled to fit.
 */
export function pdfPage(
  width: number,
  height: number,
  sheet: SheetSize = A4,
  orientation?: 'landscape' | 'portrait',
): PdfPage {
  const landscape = orientation ? orientation === 'landscape' : width >= height;
  const pageWidth = landscape ? sheet.long : sheet.short;
  const pageHeight = landscape ? sheet.short : sheet.long;
  const margin = 36;
  const titleY = margin + 16;
  const subtitleY = titleY + 18;
  const top = subtitleY + 18;
  const boxWidth = pageWidth - 2 * margin;
  const boxHeight = pageHeight - top - margin;
  const scale = Math.min(boxWidth / Math.max(width, 1), boxHeight / Math.max(height, 1));
  const chartWidth = width * scale;
  const chartHeight = height * scale;
  return {
    orientation: landscape ? 'landscape' : 'portrait',
    pageWidth,
    pageHeight,
    margin,
    titleY,
    subtitleY,
    chart: {
      x: margin + (boxWidth - chartWidth) / 2,
      y: top,
      width: chartWidth,
      height: chartHeight,
    },
  };
}

/** The line under the PDF's title: "24 November 2025 · Customer first view · 60 roles, 2 customer groups". */
export function pdfSubtitle(chart: Chart, view: View, date: Date): string {
  const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date);
  const viewName = `${VIEW_NAMES[view]} view`;
  const roles = `${chart.roles.length} ${chart.roles.length === 1 ? 'role' : 'roles'}`;
  const customers = `${chart.customers.length} customer ${chart.customers.length === 1 ? 'group' : 'groups'}`;
  return `${day} · ${viewName} · ${roles}, ${customers}`;
}
