/**
 * What the Export menu offers and does: the formats, the notes under PNG and
 * PDF (the image's size, the paper chosen), and the export itself, written
 * from the chart in a view, laid out as on screen, and saved under the
 * chart name's slug.
 */
import type { Chart, View } from '../../domain/chart';
import { analysisOf, layoutOf } from '../../editor/derived';
import {
  describePng,
  exportSvg,
  textExport,
  type ExportSource,
} from '../../files/export/chart-export';
import { describePdfPlan, pdfPlanFor } from '../../files/export/pdf-plan';
import { svgExtent } from '../../files/image/svg-export';
import { saveFile } from '../../files/export/download-browser';
import { exportFileName, type ExportFormat } from '../../files/export/file-names';

export interface ExportItem {
  format: ExportFormat;
  label: string;
  detail: string;
}

export const EXPORT_ITEMS: readonly ExportItem[] = [
  {
    format: 'json',
    label: 'JSON',
    detail: 'Upturn file (.upturn.json): everything, reopens in Upturn',
  },
  { format: 'csv', label: 'CSV', detail: 'Spreadsheet, one row per role: imports back' },
  { format: 'svg', label: 'SVG', detail: 'Vector image of this view: reopens in Upturn' },
  { format: 'png', label: 'PNG', detail: 'Image of this view at 2×: reopens in Upturn' },
  { format: 'pdf', label: 'PDF', detail: 'Printable, with the title, date and page numbers' },
];

/** What the exports draw from: the chart in `view`, laid out as on screen. */
function sourceOf(chart: Chart, view: View): ExportSource {
  return { chart, view, layout: layoutOf(chart, view), analysis: analysisOf(chart) };
}

/** The notes under PNG and PDF for this chart: the image's size, the paper chosen. */
export function notesOf(chart: Chart, view: View): Partial<Record<ExportFormat, string>> {
  const source = sourceOf(chart, view);
  const { width, height } = svgExtent(source.layout, Boolean(chart.name));
  return {
    png: `${describePng(width, height)}: reopens in Upturn`,
    pdf: `${describePdfPlan(pdfPlanFor(source))}; title, date, page numbers`,
  };
}

/** Writes the chart in `view` as `format` and saves it; resolves with what to tell the user. */
export async function exportChart(format: ExportFormat, chart: Chart, view: View): Promise<string> {
  const source = sourceOf(chart, view);
  if (format === 'json' || format === 'csv' || format === 'svg') {
    const file = textExport(format, source);
    saveFile(file.content, file.fileName, file.mime);
    return `Exported ${file.fileName}`;
  }
  const fileName = exportFileName(chart.name, format);
  if (format === 'png') {
    const { svgToPng } = await import('../../files/image/png-browser');
    const png = await svgToPng(exportSvg(source), chart);
    saveFile(png.bytes, fileName, 'image/png');
    const size = `${png.width.toLocaleString('en')} × ${png.height.toLocaleString('en')} px`;
    return png.limited
      ? `Exported ${fileName}, scaled down to ${size} (${Math.round(png.scale * 100)}%): the chart is larger than the browser's largest image`
      : `Exported ${fileName}`;
  }
  const { svgToPdf } = await import('../../files/image/pdf-browser');
  // The PDF prints its own title and date above the chart.
  const pdf = await svgToPdf(exportSvg(source, ''), chart, view);
  saveFile(pdf.bytes, fileName, 'application/pdf');
  return `Exported ${fileName}: ${describePdfPlan(pdf.plan)}`;
}
