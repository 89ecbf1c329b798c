/**
 * Browser only: an SVG export as a one-page vector PDF (jsPDF + svg2pdf.js),
 * scaled to fit an A4 page turned to suit the chart, with the chart's name as
 * the title and the date under it. The libraries are loaded on first use, so
 * the editor does not carry them until someone exports a PDF.
 */
import type { Chart, View } from '../../domain/chart';
import { pdfPage, pdfSubtitle, svgSize } from '../export/chart-export';

/** `text` cut with an ellipsis to fit `width` points in the document's current font. */
function fitText(measure: (text: string) => number, text: string, width: number): string {
  if (measure(text) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && measure(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * Renders `svg` (an Upturn SVG export made without a heading) to PDF bytes.
 * `date` is the date printed under the title.
 */
export async function svgToPdf(
  svg: string,
  chart: Chart,
  view: View,
  date: Date = new Date(),
): Promise<Uint8Array> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const { width, height } = svgSize(svg);
  const page = pdfPage(width, height);
  const doc = new jsPDF({
    orientation: page.orientation,
    unit: 'pt',
    format: 'a4',
    compress: true,
  });
  const title = chart.name.trim() || 'Untitled chart';
  doc.setProperties({ title, subject: 'Org chart', creator: 'Upturn' });

  const textWidth = page.pageWidth - 2 * page.margin;
  const measure = (text: string) => doc.getTextWidth(text);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(18);
  doc.setTextColor('#0f172a');
  doc.text(fitText(measure, title, textWidth), page.margin, page.titleY);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(10);
  doc.setTextColor('#64748b');
  doc.text(
    fitText(measure, pdfSubtitle(chart, view, date), textWidth),
    page.margin,
    page.subtitleY,
  );

  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (element.nodeName !== 'svg') throw new Error('The chart image could not be read.');
  // jsPDF's built-in fonts: Helvetica in two weights. svg2pdf falls back to Times for
  // a family or weight it does not have, so the screen's stack and 600 are mapped here.
  element.setAttribute('font-family', 'helvetica');
  for (const node of element.querySelectorAll('[font-weight]')) {
    const weight = node.getAttribute('font-weight') ?? '';
    node.setAttribute(
      'font-weight',
      weight === 'bold' || Number(weight) >= 600 ? 'bold' : 'normal',
    );
  }
  await doc.svg(element, page.chart);
  return new Uint8Array(doc.output('arraybuffer'));
}
