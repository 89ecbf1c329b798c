/**
 * Text width as the browser draws it: a 2D canvas context set to a font, so
 * text is sized by the glyphs really drawn (system fonts differ widely in
 * width). Where there is no canvas (tests) the caller's stand-in measures.
 * Widths are remembered per text and size.
 */
import type { MeasureText } from '../domain/title-lines';

export interface MeasuredFont {
  weight: number;
  family: string;
  /** Condensed glyphs (Teach's stage). */
  condensed?: boolean;
}

export function canvasMeasure(font: MeasuredFont, fallback: MeasureText): MeasureText {
  const context =
    typeof document === 'undefined'
      ? null
      : (document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D | null);
  if (!context) return fallback;
  const widths = new Map<string, number>();
  return (text, px) => {
    const key = `${px}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = `${font.weight} ${px}px ${font.family}`;
      if (font.condensed && 'fontStretch' in context) context.fontStretch = 'condensed';
      width = context.measureText(text).width;
      if (widths.size > 50_000) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
}
