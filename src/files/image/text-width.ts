/**
 * How wide text is in the exports' fonts, without a browser: Helvetica's
 * advance widths (Arial has the same metrics, and it is the font the PDF
 * embeds), widened a little so that Inter or Segoe UI, a touch wider, still
 * fit where the export laid text out.
 */
import type { MeasureText } from '../../domain/title-lines';

/** Advance widths in thousandths of an em for ASCII 32–126 (Adobe's Helvetica AFM). */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** The same for Helvetica Bold. */
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Room for the screen fonts that are wider than Helvetica. */
const SLACK = 1.06;

/** Characters outside ASCII: a wide glyph for East Asian scripts, an average one otherwise. */
function otherWidth(code: number): number {
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 1000 : 600;
}

function measureWith(table: readonly number[]): MeasureText {
  return (text, fontSize) => {
    let units = 0;
    for (const char of text) {
      const code = char.codePointAt(0)!;
      units += code >= 32 && code <= 126 ? table[code - 32]! : otherWidth(code);
    }
    return (units / 1000) * fontSize * SLACK;
  };
}

/** Text width in the exports' sans serif, regular weight. */
export const measureRegular: MeasureText = measureWith(REGULAR);

/** Text width in the exports' sans serif, bold (titles are drawn at 600, printed bold). */
export const measureBold: MeasureText = measureWith(BOLD);
