/**
 * Cards that fit the zoom: how much of a card is drawn, chosen from how large
 * a card's text comes out on screen, so text is either legible or not drawn.
 *
 * - full: title, person, team, headcount, distance and flag words (14 px title);
 * - compact: a larger title, the person, and flags as icons (20 px title);
 * - title: the title alone, as large as the card allows it (up to 30 px, on
 *   one to three lines, see `titleLevelPx`), and the no-path flag as an icon.
 *
 * The canvas sets the level on its wrapper (`data-detail`); CSS does the rest,
 * so a zoom that crosses a threshold restyles the cards without rendering any.
 */
import { largestTitleSize, type MeasureText, type TitleBox } from '../../domain/title-lines';
import { ROLE_SIZE } from '../../editor/derived';

export type CardDetail = 'full' | 'compact' | 'title';

/** Title font sizes (px at zoom 1) per level: what index.css draws (the title level's largest). */
export const TITLE_PX: Record<CardDetail, number> = { full: 14, compact: 20, title: 30 };

/** The least on-screen height (px) a level's smallest text may have at a desk. */
export const LEGIBLE_PX = 11;
/** The same from the back of a room (presenting): about 2% of a 1080-line screen. */
export const ROOM_LEGIBLE_PX = 20;
/** The smallest text of a full card (person, team, flags): 11-12 px at zoom 1. */
const FULL_SMALLEST_PX = 12;
/** The smallest text of a compact card: the person line. */
const COMPACT_SMALLEST_PX = 15;

/**
 * The level for a scale (the viewport's zoom times any enlargement of the
 * cards, e.g. presenting): the most detail whose smallest text stays legible.
 */
export function cardDetailAt(scale: number, legiblePx = LEGIBLE_PX): CardDetail {
  if (scale * FULL_SMALLEST_PX >= legiblePx) return 'full';
  if (scale * COMPACT_SMALLEST_PX >= legiblePx) return 'compact';
  return 'title';
}

/** Characters of a long word that still fit one line of a card at the compact and title sizes. */
const WORD_FITS = 12;
/** Characters that fit in all the lines a title may take at those sizes. */
const TITLE_FITS = 38;

/**
 * How much a title's font shrinks (1 = not at all, at least 0.6) at the
 * compact and title levels, so its longest word fits on one line and the
 * whole title in its lines: a title is never cut inside a word.
 */
export function titleFit(title: string): number {
  let longest = 0;
  for (const word of title.split(/\s+/)) longest = Math.max(longest, word.length);
  const fit = Math.min(1, WORD_FITS / Math.max(1, longest), TITLE_FITS / Math.max(1, title.length));
  return Math.max(0.6, Math.round(fit * 100) / 100);
}

/** The text area of a card at the title level (index.css: 12 px padding at the sides, 18 px of
 * accent and padding above and below), and the smallest size a long title comes down to. */
const TITLE_LEVEL_BOX: TitleBox = {
  width: ROLE_SIZE.width - 24,
  height: ROLE_SIZE.height - 18,
  fontSize: TITLE_PX.title,
  lineHeight: 1.08,
  maxLines: 3,
  minFontSize: 14,
};
/** Room the flag icon takes beside the title (22 px and an 8 px gap). */
const MARK_WIDTH = 30;

const titleLevelSizes = new Map<string, number>();

/**
 * The title's font size (px at zoom 1) on a card that shows it alone: the
 * largest at which the whole title, wrapped on words, fits the card (beside
 * the flag icon when the card has one). Remembered per title.
 */
export function titleLevelPx(title: string, withMark: boolean, measure: MeasureText): number {
  const key = `${withMark ? 1 : 0}${title}`;
  let size = titleLevelSizes.get(key);
  if (size === undefined) {
    const width = TITLE_LEVEL_BOX.width - (withMark ? MARK_WIDTH : 0);
    size = largestTitleSize(title, { ...TITLE_LEVEL_BOX, width }, measure);
    if (titleLevelSizes.size > 20_000) titleLevelSizes.clear();
    titleLevelSizes.set(key, size);
  }
  return size;
}

/** Distinct titles read for a chart's title size: enough to know its titles, few enough to be quick. */
const TITLES_READ = 300;

/**
 * One title size for a whole chart at the title level (px at zoom 1), so
 * neighbouring cards read alike: the median of its titles' own largest sizes.
 * A title that needs less room than that is drawn at it; a longer one at its
 * own, smaller size.
 */
export function chartTitlePx(roles: Iterable<{ title: string }>, measure: MeasureText): number {
  const distinct = new Set<string>();
  for (const { title } of roles) {
    distinct.add(title);
    if (distinct.size >= TITLES_READ) break;
  }
  if (distinct.size === 0) return TITLE_PX.title;
  const sizes = [...distinct]
    .map((title) => titleLevelPx(title, false, measure))
    .sort((a, b) => a - b);
  return sizes[(sizes.length - 1) >> 1]!;
}
