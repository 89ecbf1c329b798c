/**
 * Browser only: the comparison as a PDF for the board (jsPDF + svg2pdf.js,
 * loaded on first use): a title and the date, the figures table (before,
 * after, change), the span and customer-distance plots, the changes list
 * grouped with counts, then both charts as vector, one a page; every page
 * numbered "Page i of n".
 */
import type { ChangeGroup } from '../../domain/scenarios/change-list';
import type { Bin, FigureRow, FlagChange } from '../../domain/scenarios/scenario-figures';
import { pdfPage, svgSize } from '../export/chart-export';
import { FLAG_WORDS } from '../../theme/flags';
import { serialiseXml } from '../image/svg-tree';
import { formatChange, formatFigure } from './figure-format';
import { histogramSvg, type HistogramOptions } from './histogram-svg';

export interface ComparisonPdfInput {
  baseName: string;
  scenarioName: string;
  /** "Customer first view" or "Traditional view". */
  viewName: string;
  rows: readonly FigureRow[];
  spans: readonly Bin[];
  distances: readonly Bin[];
  spanPlot: HistogramOptions;
  distancePlot: HistogramOptions;
  flags: { raised: readonly FlagChange[]; resolved: readonly FlagChange[] };
  groups: readonly ChangeGroup[];
  /** Both charts as Upturn SVG exports made without a heading. */
  baseSvg: string;
  scenarioSvg: string;
  date?: Date;
}

type Doc = InstanceType<(typeof import('jspdf'))['jsPDF']>;

/** An SVG text as an element svg2pdf draws with jsPDF's own Helvetica. */
function svgElement(svg: string): Element {
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (element.nodeName !== 'svg') throw new Error('The chart image could not be read.');
  element.setAttribute('font-family', 'helvetica');
  for (const node of element.querySelectorAll('[font-family]')) {
    node.setAttribute('font-family', 'helvetica');
  }
  for (const node of element.querySelectorAll('[font-weight]')) {
    const weight = node.getAttribute('font-weight') ?? '';
    node.setAttribute(
      'font-weight',
      weight === 'bold' || Number(weight) >= 600 ? 'bold' : 'normal',
    );
  }
  return element;
}

export async function comparisonToPdf(input: ComparisonPdfInput): Promise<Uint8Array> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc: Doc = new jsPDF({ orientation: 'portrait', unit: 'pt', format: 'a4', compress: true });
  const title = `${input.scenarioName} compared with ${input.baseName}`;
  doc.setProperties({ title, subject: 'Scenario comparison', creator: 'Upturn' });
  const margin = 40;
  const width = doc.internal.pageSize.getWidth();
  const bottom = doc.internal.pageSize.getHeight() - margin - 16;
  const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(
    input.date ?? new Date(),
  );

  const font = (size: number, bold = false, colour = '#0f172a') => {
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.setTextColor(colour);
  };
  let y = margin + 16;
  const line = (text: string, size = 10, bold = false, colour = '#0f172a', indent = 0) => {
    font(size, bold, colour);
    for (const part of doc.splitTextToSize(text, width - 2 * margin - indent) as string[]) {
      if (y > bottom) {
        doc.addPage('a4', 'portrait');
        y = margin + 12;
        font(size, bold, colour);
      }
      doc.text(part, margin + indent, y);
      y += size * 1.35;
    }
  };

  line(title, 18, true);
  line(`${day} · ${input.viewName}`, 10, false, '#64748b');
  y += 8;
  line('Scenario figures', 13, true);
  // The table: four columns, right-aligned numbers.
  const columns = [margin + 250, margin + 340, margin + 440];
  font(9, true, '#475569');
  doc.text('Figure', margin, y);
  ['Before', 'After', 'Change'].forEach((head, i) =>
    doc.text(head, columns[i]!, y, { align: 'right' }),
  );
  y += 14;
  for (const row of input.rows) {
    font(10);
    doc.text(row.label, margin, y);
    doc.text(formatFigure(row.format, row.before), columns[0]!, y, { align: 'right' });
    doc.text(formatFigure(row.format, row.after), columns[1]!, y, { align: 'right' });
    doc.text(formatChange(row), columns[2]!, y, { align: 'right' });
    y += 14;
  }
  y += 10;
  const plotWidth = (width - 2 * margin - 16) / 2;
  const plotHeight = plotWidth * (240 / 420);
  await doc.svg(svgElement(serialiseXml(histogramSvg(input.spans, input.spanPlot), false)), {
    x: margin,
    y,
    width: plotWidth,
    height: plotHeight,
  });
  await doc.svg(
    svgElement(serialiseXml(histogramSvg(input.distances, input.distancePlot), false)),
    { x: margin + plotWidth + 16, y, width: plotWidth, height: plotHeight },
  );
  y += plotHeight + 16;
  for (const [label, flags] of [
    ['Flags new', input.flags.raised],
    ['Flags resolved', input.flags.resolved],
  ] as const) {
    line(`${label} (${flags.length})`, 11, true);
    if (flags.length === 0) line('None', 10, false, '#64748b', 8);
    for (const change of flags)
      line(`${change.title}: ${FLAG_WORDS[change.flag.kind]}`, 10, false, '#0f172a', 8);
    y += 4;
  }

  doc.addPage('a4', 'portrait');
  y = margin + 16;
  const total = input.groups.reduce((sum, group) => sum + group.entries.length, 0);
  line(`Changes (${total})`, 13, true);
  if (total === 0) line('The two charts hold the same structure.', 10, false, '#64748b');
  for (const group of input.groups) {
    y += 4;
    line(`${group.label} (${group.entries.length})`, 11, true);
    for (const entry of group.entries) line(`• ${entry.text}`, 10, false, '#0f172a', 8);
  }

  for (const [heading, svg] of [
    [`Before: ${input.baseName}`, input.baseSvg],
    [`After: ${input.scenarioName}`, input.scenarioSvg],
  ] as const) {
    const size = svgSize(svg);
    const page = pdfPage(size.width, size.height);
    doc.addPage('a4', page.orientation);
    font(16, true);
    doc.text(
      doc.splitTextToSize(heading, page.pageWidth - 2 * page.margin)[0] as string,
      page.margin,
      page.titleY,
    );
    font(10, false, '#64748b');
    doc.text(`${day} · ${input.viewName}`, page.margin, page.subtitleY);
    await doc.svg(svgElement(svg), page.chart);
  }

  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    font(9, false, '#64748b');
    const w = doc.internal.pageSize.getWidth();
    const h = doc.internal.pageSize.getHeight();
    doc.text(`Page ${i} of ${pages}`, w - 40, h - 20, { align: 'right' });
    doc.text('Upturn scenario comparison', 40, h - 20);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
