/**
 * Text width of card titles in the canvas's own font (the page's sans serif
 * at the titles' weight); the export fonts' width table stands in where there
 * is no canvas.
 */
import type { MeasureText } from '../../domain/title-lines';
import { measureBold } from '../../files/image/text-width';
import { canvasMeasure } from '../text-measure';

/** The weight card titles are drawn at (Tailwind's font-semibold). */
const TITLE_WEIGHT = 600;

let measure: MeasureText | null = null;

/** The measure of card titles, made once, on first use (the document's font is known by then). */
export function titleMeasure(): MeasureText {
  if (!measure) {
    const family =
      (typeof document !== 'undefined' && getComputedStyle(document.body).fontFamily) ||
      'sans-serif';
    measure = canvasMeasure({ weight: TITLE_WEIGHT, family }, measureBold);
  }
  return measure;
}
