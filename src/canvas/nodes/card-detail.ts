/**
 * Cards that fit the zoom: how much of a card is drawn, chosen from how large
 * a card's text comes out on screen, so text is either legible or not drawn.
 *
 * - full: title, person, team, headcount, distance and flag words (14 px title);
 * - compact: a larger title, the person, and flags as icons (20 px title);
 * - title: the title alone, larger still (23 px, up to three lines), and the
 *   no-path flag as an icon.
 *
 * The canvas sets the level on its wrapper (`data-detail`); CSS does the rest,
 * so a zoom that crosses a threshold restyles the cards without rendering any.
 */
export type CardDetail = 'full' | 'compact' | 'title';

/** Title font sizes (px at zoom 1) per level: what index.css draws. */
export const TITLE_PX: Record<CardDetail, number> = { full: 14, compact: 20, title: 23 };

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
