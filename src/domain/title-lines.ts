/**
 * A role title laid into a card's width without ever cutting it: wrapped on
 * word boundaries to at most two lines, then shortened with the usual org
 * chart abbreviations ("Senior Vice President" → "SVP"), and only then
 * drawn smaller. A word is never split and nothing ends in "…".
 *
 * Pure: the caller says how wide text is (`measure`), so the same function
 * serves an export (a font's width table) and the canvas (the browser's
 * own measurement).
 */
import { TITLE_ABBREVIATIONS } from '../theme/title-abbreviations';

/** The width of `text` set at `fontSize`, in the same unit as the card's width. */
export type MeasureText = (text: string, fontSize: number) => number;

/** How a title is drawn: its lines, top to bottom, at `fontSize`. */
export interface TitleLines {
  lines: string[];
  fontSize: number;
  /** True when a short form replaced a word or phrase of the title. */
  abbreviated: boolean;
}

/** How `fitTitle` may bend a title. */
export interface FitTitleOptions {
  /** Lines a title may take before it is shortened (default 2). */
  maxLines?: number;
  /**
   * The smallest font a title is drawn at only because it has many words
   * (default half of `fontSize`); past it the title takes more lines. A single
   * word wider than the card is always drawn as small as it needs.
   */
  minFontSize?: number;
}

/** Words packed greedily into lines no wider than `width`; null when a word alone is wider. */
function wrap(
  words: readonly string[],
  width: number,
  fontSize: number,
  measure: MeasureText,
): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (measure(word, fontSize) > width) return null;
    const joined = line ? `${line} ${word}` : word;
    if (!line || measure(joined, fontSize) <= width) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each phrase as a whole-word, case-insensitive pattern, built once. */
const PATTERNS = TITLE_ABBREVIATIONS.map(
  ([phrase, short]) =>
    [
      new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      short,
    ] as const,
);

/**
 * `title` laid into `maxWidth` at `fontSize` (see the module's TSDoc for the
 * order of the steps). An empty title has no lines.
 */
export function fitTitle(
  title: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
  options: FitTitleOptions = {},
): TitleLines {
  const maxLines = Math.max(1, options.maxLines ?? 2);
  const minFontSize = Math.min(fontSize, options.minFontSize ?? fontSize / 2);
  const fits = (lines: string[] | null): lines is string[] =>
    lines !== null && lines.length <= maxLines;

  let words = wordsOf(title);
  if (words.length === 0) return { lines: [], fontSize, abbreviated: false };
  const whole = wrap(words, maxWidth, fontSize, measure);
  if (fits(whole)) return { lines: whole, fontSize, abbreviated: false };

  // Short forms, one phrase at a time, in the list's order: as few as it takes.
  let text = words.join(' ');
  let abbreviated = false;
  for (const [pattern, short] of PATTERNS) {
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    text = text.replace(pattern, short);
    abbreviated = true;
    words = wordsOf(text);
    const lines = wrap(words, maxWidth, fontSize, measure);
    if (fits(lines)) return { lines, fontSize, abbreviated };
  }

  // Smaller: the largest size (to 1/64 of the font) at which it takes `maxLines`.
  let low = minFontSize;
  let high = fontSize;
  let best: string[] | null = null;
  if (fits(wrap(words, maxWidth, low, measure))) {
    for (let step = 0; step < 12 && high - low > fontSize / 64; step += 1) {
      const middle = (low + high) / 2;
      if (fits(wrap(words, maxWidth, middle, measure))) low = middle;
      else high = middle;
    }
    best = wrap(words, maxWidth, low, measure);
    if (fits(best)) return { lines: best, fontSize: low, abbreviated };
  }

  // Still too long at the smallest size: more lines; and a word wider than the card sets the size.
  const widest = Math.max(...words.map((word) => measure(word, minFontSize)));
  const size = widest > maxWidth ? (minFontSize * maxWidth * 0.999) / widest : minFontSize;
  const lines = wrap(words, maxWidth, size, measure) ?? words;
  return { lines, fontSize: size, abbreviated };
}

/** A box a title is set in, and the most its font may be (`largestTitleSize`). */
export interface TitleBox {
  width: number;
  height: number;
  /** The font size the title is set at when it fits. */
  fontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Lines the box may hold at the most. */
  maxLines: number;
  /** Never smaller than this, even if the title then takes more room. */
  minFontSize: number;
}

/**
 * The largest font size at which the whole title, wrapped on words (never
 * split, never shortened), fits the box: for each count of lines up to
 * `maxLines`, as large as that many lines allow in the box's height, as long
 * as the title takes no more lines than that at it. For a card that shows
 * the title alone, so a short title is drawn large and a long one smaller.
 */
export function largestTitleSize(title: string, box: TitleBox, measure: MeasureText): number {
  const words = wordsOf(title);
  if (words.length === 0) return box.fontSize;
  let best = box.minFontSize;
  for (let lines = 1; lines <= box.maxLines; lines += 1) {
    const cap = Math.min(box.fontSize, box.height / (lines * box.lineHeight));
    if (cap <= best) continue;
    const fits = (size: number): boolean => {
      const wrapped = wrap(words, box.width, size, measure);
      return wrapped !== null && wrapped.length <= lines;
    };
    if (fits(cap)) {
      best = cap;
      continue;
    }
    let low = best;
    let high = cap;
    if (!fits(low)) continue;
    for (let step = 0; step < 10 && high - low > 0.25; step += 1) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    best = low;
  }
  return Math.floor(best * 4) / 4;
}
