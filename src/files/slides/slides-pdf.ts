/**
 * Teach as a PDF (jsPDF): one 16:9 page per step, the same shapes as the
 * PPTX, text as text (titles wrap on words, never cut), page numbers.
 */
import { jsPDF } from 'jspdf';
import type { Chart } from '../../domain/chart';
import { boxColours, LINE_COLOURS, TEXT_COLOURS } from './slide-colours';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type Slide, type SlideLine } from './slide-scene';

/** Points to inches: jsPDF's font sizes are in points, the page in inches. */
const PT = 1 / 72;

function arrowHead(doc: jsPDF, line: SlideLine): void {
  const angle = Math.atan2(line.y2 - line.y1, line.x2 - line.x1);
  const size = 0.09;
  const spread = Math.PI / 7;
  doc.triangle(
    line.x2,
    line.y2,
    line.x2 - size * Math.cos(angle - spread),
    line.y2 - size * Math.sin(angle - spread),
    line.x2 - size * Math.cos(angle + spread),
    line.y2 - size * Math.sin(angle + spread),
    'F',
  );
}

/** The PDF's bytes. */
export function slidesToPdf(chart: Chart, slides: readonly Slide[]): Uint8Array {
  const doc = new jsPDF({
    orientation: 'landscape',
    unit: 'in',
    format: [SLIDE_WIDTH, SLIDE_HEIGHT],
    compress: true,
  });
  doc.setProperties({
    title: `${chart.name.trim() || 'Untitled chart'}: the customer-first organisation`,
    creator: 'Upturn',
  });
  slides.forEach((scene, index) => {
    if (index > 0) doc.addPage([SLIDE_WIDTH, SLIDE_HEIGHT], 'landscape');
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(28);
    doc.setTextColor(TEXT_COLOURS.title);
    doc.text(scene.title, 0.5, 0.7);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(16);
    doc.setTextColor(TEXT_COLOURS.caption);
    doc.text(doc.splitTextToSize(scene.caption, SLIDE_WIDTH - 1) as string[], 0.5, 1.1);
    if (scene.figure) {
      doc.setFont('helvetica', 'bold');
      doc.setTextColor(TEXT_COLOURS.figure);
      doc.text(scene.figure, 0.5, 1.85);
    }

    doc.setLineWidth(1.25 * PT);
    for (const line of scene.lines) {
      const colour = LINE_COLOURS[line.kind];
      doc.setDrawColor(colour);
      doc.setFillColor(colour);
      doc.setLineDashPattern(line.kind === 'service' ? [0.06, 0.04] : [], 0);
      doc.line(line.x1, line.y1, line.x2, line.y2);
      if (line.arrow) arrowHead(doc, line);
    }
    doc.setLineDashPattern([], 0);

    for (const box of scene.boxes) {
      const colours = boxColours(box);
      doc.setFillColor(colours.fill);
      doc.setDrawColor(colours.edge);
      doc.setLineWidth((box.mark === 'serve' || box.mark === 'warn' ? 2.5 : 1) * PT);
      const radius = box.kind === 'customer' ? Math.min(box.height / 2, 0.15) : 0.03;
      doc.roundedRect(box.x, box.y, box.width, box.height, radius, radius, 'FD');
      if (box.text === null) continue;
      doc.setTextColor(colours.ink);
      doc.setFont('helvetica', 'bold');
      let size = box.fontSize;
      let lines: string[] = [];
      // Wrap on words to at most two lines; shrink (never below 6 pt) until it fits.
      for (; size >= 6; size -= 0.5) {
        doc.setFontSize(size);
        lines = doc.splitTextToSize(box.text, box.width - 0.08) as string[];
        const widest = Math.max(...lines.map((l) => doc.getTextWidth(l)));
        if (lines.length <= 2 && widest <= box.width - 0.04) break;
      }
      const lineHeight = size * PT * 1.15;
      const personSize = Math.max(size * 0.75, 6);
      const block = lines.length * lineHeight + (box.person ? personSize * PT * 1.15 : 0);
      let y = box.y + (box.height - block) / 2 + size * PT * 0.85;
      for (const text of lines) {
        doc.text(text, box.x + box.width / 2, y, { align: 'center' });
        y += lineHeight;
      }
      if (box.person) {
        doc.setFont('helvetica', 'normal');
        doc.setFontSize(personSize);
        doc.text(box.person, box.x + box.width / 2, y, {
          align: 'center',
          maxWidth: box.width - 0.08,
        });
      }
    }

    doc.setFont('helvetica', 'bold');
    doc.setFontSize(11);
    doc.setTextColor(TEXT_COLOURS.caption);
    for (const label of scene.rowLabels) doc.text(label.text, label.x, label.y, { maxWidth: 1.5 });
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(10);
    if (scene.note) doc.text(scene.note, 0.5, 7.3);
    doc.text(
      `Step ${scene.number} of ${slides.length} · page ${index + 1}`,
      SLIDE_WIDTH - 0.5,
      7.3,
      { align: 'right' },
    );
  });
  return new Uint8Array(doc.output('arraybuffer'));
}
