/**
 * Text width in the canvas's own font: a 2D context set to the page's sans
 * serif at the titles' weight, so a title is sized by the glyphs the browser
 * really draws (system fonts differ widely in width). Where there is no
 * canvas (tests) the export fonts' width table stands in.
 */
import type { MeasureText } from '../../domain/title-lines';
import { measureBold } from '../../files/image/text-width';

/** The weight card titles are drawn at (Tailwind's font-semibold). */
const TITLE_WEIGHT = 600;

let measure: MeasureText | null = null;

/** The measure of card titles, made once, on first use (the document's font is known by then). */
export function titleMeasure(): MeasureText {
  if (measure) return measure;
  const context =
    typeof document === 'undefined'
      ? null
      : (document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D | null);
  if (!context) {
    measure = measureBold;
    return measure;
  }
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  measure = (text, fontSize) => {
    context.font = `${TITLE_WEIGHT} ${fontSize}px ${family}`;
    return context.measureText(text).width;
  };
  return measure;
}
