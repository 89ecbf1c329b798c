/**
 * Teach as a PowerPoint deck (PptxGenJS): one 16:9 slide per step, the chart
 * drawn as shapes whose text stays text, so a trainer can drop the slides
 * into their own deck and edit them. The caption is also the speaker notes.
 */
import PptxGenJS from 'pptxgenjs';
import type { Chart } from '../../domain/chart';
import { bare, boxColours, LINE_COLOURS, TEXT_COLOURS } from './slide-colours';
import { SLIDE_WIDTH, type Slide } from './slide-scene';

/** The deck's bytes (a .pptx is a zip). */
export async function slidesToPptx(chart: Chart, slides: readonly Slide[]): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Upturn';
  pptx.title = `${chart.name.trim() || 'Untitled chart'}: the customer-first organisation`;
  for (const scene of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addText(scene.title, {
      x: 0.5,
      y: 0.25,
      w: SLIDE_WIDTH - 1,
      h: 0.6,
      fontSize: 28,
      bold: true,
      color: bare(TEXT_COLOURS.title),
      fontFace: 'Helvetica',
    });
    slide.addText(scene.caption, {
      x: 0.5,
      y: 0.85,
      w: SLIDE_WIDTH - 1,
      h: 0.8,
      fontSize: 16,
      color: bare(TEXT_COLOURS.caption),
      valign: 'top',
      fontFace: 'Helvetica',
    });
    if (scene.figure) {
      slide.addText(scene.figure, {
        x: 0.5,
        y: 1.6,
        w: SLIDE_WIDTH - 1,
        h: 0.4,
        fontSize: 16,
        bold: true,
        color: bare(TEXT_COLOURS.figure),
        fontFace: 'Helvetica',
      });
    }
    for (const line of scene.lines) {
      slide.addShape(pptx.ShapeType.line, {
        x: Math.min(line.x1, line.x2),
        y: Math.min(line.y1, line.y2),
        w: Math.max(Math.abs(line.x2 - line.x1), 0.001),
        h: Math.max(Math.abs(line.y2 - line.y1), 0.001),
        flipH: line.x1 > line.x2,
        flipV: line.y1 > line.y2,
        line: {
          color: bare(LINE_COLOURS[line.kind]),
          width: 1.25,
          dashType: line.kind === 'service' ? 'dash' : 'solid',
          endArrowType: line.arrow ? 'triangle' : 'none',
        },
      });
    }
    for (const box of scene.boxes) {
      const colours = boxColours(box);
      const text: PptxGenJS.TextProps[] = [];
      if (box.text !== null) {
        text.push({
          text: box.text,
          options: { bold: true, fontSize: box.fontSize, breakLine: box.person !== null },
        });
        if (box.person !== null) {
          text.push({ text: box.person, options: { fontSize: Math.max(box.fontSize * 0.75, 7) } });
        }
      }
      slide.addText(text.length > 0 ? text : '', {
        shape: box.kind === 'customer' ? pptx.ShapeType.roundRect : pptx.ShapeType.rect,
        x: box.x,
        y: box.y,
        w: box.width,
        h: box.height,
        fill: { color: bare(colours.fill) },
        line: {
          color: bare(colours.edge),
          width: box.mark === 'serve' || box.mark === 'warn' ? 2.5 : 1,
        },
        color: bare(colours.ink),
        align: 'center',
        valign: 'middle',
        margin: 2,
        fontFace: 'Helvetica',
        rectRadius: box.kind === 'customer' ? 0.15 : undefined,
      });
    }
    for (const label of scene.rowLabels) {
      slide.addText(label.text, {
        x: label.x,
        y: label.y - 0.2,
        w: 1.5,
        h: 0.4,
        fontSize: 11,
        bold: true,
        color: bare(TEXT_COLOURS.caption),
        fontFace: 'Helvetica',
      });
    }
    if (scene.note) {
      slide.addText(scene.note, {
        x: 0.5,
        y: 7.1,
        w: 10,
        h: 0.3,
        fontSize: 10,
        italic: true,
        color: bare(TEXT_COLOURS.caption),
      });
    }
    slide.addText(`Step ${scene.number} of ${slides.length}`, {
      x: SLIDE_WIDTH - 2.3,
      y: 7.1,
      w: 1.8,
      h: 0.3,
      fontSize: 10,
      align: 'right',
      color: bare(TEXT_COLOURS.caption),
    });
    slide.addNotes(scene.caption);
  }
  const bytes = await pptx.write({ outputType: 'uint8array' });
  return bytes as Uint8Array;
}
