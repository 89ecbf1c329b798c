/**
 * Browser only: an SVG export as a vector PDF (jsPDF + svg2pdf.js) on the
 * paper `planPdf` chose, so every role title prints at 6 pt or more: one page
 * from A4 to an A0 poster, or, for a chart too big even for A0, an overview
 * page and then the chart over A3 sheets. Every page has the chart's name,
 * the date and its page number. The libraries are loaded on first use, so the
 * editor does not carry them until someone exports a PDF.
 */
import type { Chart, View } from '../../domain/chart';
import { pdfSubtitle, svgSize, type PdfPage } from '../export/chart-export';
import { planPdf, type PdfPlan, type PdfTile, type TiledPlan } from '../export/pdf-plan';

type Doc = InstanceType<(typeof import('jspdf'))['jsPDF']>;

/** What `svgToPdf` made: the bytes and the plan they follow (for the Export menu's note). */
export interface RenderedPdf {
  bytes: Uint8Array;
  plan: PdfPlan;
}

/** `text` cut with an ellipsis to fit `width` points in the document's current font. */
function fitText(measure: (text: string) => number, text: string, width: number): string {
  if (measure(text) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && measure(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** The smallest font size of the chart's text in the SVG (its nodes and tier labels). */
function smallestText(svg: Element): number {
  let smallest = Infinity;
  for (const text of svg.querySelectorAll('g.node text, text.tier-label')) {
    const size = Number(text.getAttribute('font-size'));
    if (size > 0) smallest = Math.min(smallest, size);
  }
  return Number.isFinite(smallest) ? smallest : 14;
}

/** The title, the line under it, and the page number, on the current page. */
function header(doc: Doc, page: PdfPage, title: string, subtitle: string, number: string): void {
  const textWidth = page.pageWidth - 2 * page.margin;
  const measure = (text: string) => doc.getTextWidth(text);
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(18);
  doc.setTextColor('#0f172a');
  doc.text(fitText(measure, title, textWidth), page.margin, page.titleY);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(10);
  doc.setTextColor('#64748b');
  doc.text(fitText(measure, subtitle, textWidth), page.margin, page.subtitleY);
  doc.setFontSize(9);
  doc.text(number, page.pageWidth - page.margin, page.pageHeight - page.margin / 2, {
    align: 'right',
  });
}

/** Maps the screen's font stack and weights to jsPDF's built-in Helvetica (mutates `svg`). */
function toBuiltInFonts(svg: Element): void {
  // svg2pdf falls back to Times for a family or weight it does not have.
  svg.setAttribute('font-family', 'helvetica');
  for (const node of svg.querySelectorAll('[font-weight]')) {
    const weight = node.getAttribute('font-weight') ?? '';
    node.setAttribute(
      'font-weight',
      weight === 'bold' || Number(weight) >= 600 ? 'bold' : 'normal',
    );
  }
}

/** The `x y` of a `translate(x y)` transform. */
function translation(node: Element): [number, number] {
  const match = /translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)/.exec(
    node.getAttribute('transform') ?? '',
  );
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

/** The box a link's path spans, from the numbers in its `d` (pairs of x and y). */
function pathBox(path: Element): { x0: number; y0: number; x1: number; y1: number } | null {
  const numbers = (path.getAttribute('d') ?? '').match(/-?[\d.]+(?:e[+-]?\d+)?/gi);
  if (!numbers || numbers.length < 2) return null;
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const x = Number(numbers[i]);
    const y = Number(numbers[i + 1]);
    box.x0 = Math.min(box.x0, x);
    box.x1 = Math.max(box.x1, x);
    box.y0 = Math.min(box.y0, y);
    box.y1 = Math.max(box.y1, y);
  }
  return box;
}

/**
 * A copy of `svg` showing only `region` (in its user units): the view box
 * narrowed, and the nodes and links wholly outside it left out, so a sheet of
 * a huge chart draws what it shows and no more.
 */
function cropped(svg: Element, region: { x: number; y: number; width: number; height: number }) {
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute('viewBox', `${region.x} ${region.y} ${region.width} ${region.height}`);
  copy.setAttribute('width', String(region.width));
  copy.setAttribute('height', String(region.height));
  const outside = (x0: number, y0: number, x1: number, y1: number) =>
    x1 < region.x || x0 > region.x + region.width || y1 < region.y || y0 > region.y + region.height;
  for (const node of copy.querySelectorAll('g.node')) {
    const [x, y] = translation(node);
    const rect = node.querySelector('rect');
    const width = Number(rect?.getAttribute('width') ?? 0);
    const height = Number(rect?.getAttribute('height') ?? 0);
    if (outside(x, y, x + width, y + height)) node.remove();
  }
  for (const path of copy.querySelectorAll('g.edges path')) {
    const box = pathBox(path);
    if (box && outside(box.x0, box.y0, box.x1, box.y1)) path.remove();
  }
  return copy;
}

/** Draws `svg` into `box` on the current page, clipped to it. */
async function drawClipped(doc: Doc, svg: Element, box: PdfPage['chart']): Promise<void> {
  doc.saveGraphicsState();
  doc.rect(box.x, box.y, box.width, box.height, null);
  doc.clip();
  doc.discardPath();
  await doc.svg(svg, box);
  doc.restoreGraphicsState();
}

/** The overview of a tiled PDF: the chart's shapes (no text, too small to read) and the sheets on it. */
async function overviewPage(doc: Doc, svg: Element, plan: TiledPlan): Promise<void> {
  const bare = svg.cloneNode(true) as Element;
  for (const text of bare.querySelectorAll('text')) text.remove();
  const box = plan.overview.chart;
  await doc.svg(bare, box);
  const scale = box.width / Math.max(1, Number(svg.getAttribute('width')));
  doc.setDrawColor('#4f46e5');
  doc.setLineWidth(0.75);
  doc.setFont('helvetica', 'bold');
  doc.setTextColor('#4f46e5');
  plan.tiles.forEach((tile: PdfTile, index) => {
    const x = box.x + tile.x * scale;
    const y = box.y + tile.y * scale;
    const width = Math.min(tile.width * scale, box.x + box.width - x);
    const height = Math.min(tile.height * scale, box.y + box.height - y);
    doc.rect(x, y, width, height, 'S');
    const label = String(index + 2);
    doc.setFontSize(Math.max(6, Math.min(24, height * 0.4, (width / label.length) * 0.9)));
    doc.text(label, x + width / 2, y + height / 2, { align: 'center', baseline: 'middle' });
  });
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
): Promise<RenderedPdf> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (element.nodeName !== 'svg') throw new Error('The chart image could not be read.');
  const { width, height } = svgSize(svg);
  const plan = planPdf(width, height, smallestText(element));
  const first = plan.kind === 'single' ? plan.page : plan.overview;
  const doc = new jsPDF({
    orientation: first.orientation,
    unit: 'pt',
    format: [first.pageWidth, first.pageHeight],
    compress: true,
  });
  const title = chart.name.trim() || 'Untitled chart';
  doc.setProperties({ title, subject: 'Org chart', creator: 'Upturn' });
  const subtitle = pdfSubtitle(chart, view, date);
  toBuiltInFonts(element);

  if (plan.kind === 'single') {
    header(doc, plan.page, title, `${subtitle} · ${plan.paper}`, 'Page 1 of 1');
    await doc.svg(element, plan.page.chart);
    return { bytes: new Uint8Array(doc.output('arraybuffer')), plan };
  }

  const total = plan.tiles.length + 1;
  const [left = 0, top = 0] = (element.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  header(
    doc,
    plan.overview,
    title,
    `${subtitle} · Overview: the chart on ${plan.tiles.length} ${plan.paper} sheets, numbered as on them`,
    `Page 1 of ${total}`,
  );
  await overviewPage(doc, element, plan);
  for (const [index, tile] of plan.tiles.entries()) {
    const page = plan.page;
    doc.addPage([page.pageWidth, page.pageHeight], page.orientation);
    header(
      doc,
      page,
      title,
      `${subtitle} · Row ${tile.row + 1} of ${plan.rows}, column ${tile.column + 1} of ${plan.columns}`,
      `Page ${index + 2} of ${total}`,
    );
    const region = { x: left + tile.x, y: top + tile.y, width: tile.width, height: tile.height };
    await drawClipped(doc, cropped(element, region), page.chart);
  }
  return { bytes: new Uint8Array(doc.output('arraybuffer')), plan };
}
