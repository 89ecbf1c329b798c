/**
 * The colours a slide paints, by meaning: a box by its tier's edge, a lit box
 * in the tone of its step, a dimmed box faded, lines as on the canvas.
 * `#rrggbb` without the hash is what PptxGenJS takes; the PDF takes the hash.
 */
import type { SlideBox } from './slide-scene';
import { PALETTE } from '../../theme/palette';
import { TIER_COLOURS } from '../../theme/tiers';

export interface BoxColours {
  fill: string;
  edge: string;
  ink: string;
}

/** The fill, edge and text colour of a box on a slide. */
export function boxColours(box: SlideBox): BoxColours {
  if (box.kind === 'customer') {
    return {
      fill: PALETTE.customer.soft,
      edge: PALETTE.customer.line,
      ink: PALETTE.customer.DEFAULT,
    };
  }
  if (box.mark === 'serve') {
    return {
      fill: PALETTE.customer.soft,
      edge: PALETTE.customer.DEFAULT,
      ink: PALETTE.ink.DEFAULT,
    };
  }
  if (box.mark === 'warn') {
    return { fill: PALETTE.flag.soft, edge: PALETTE.flag.DEFAULT, ink: PALETTE.flag.DEFAULT };
  }
  if (box.mark === 'dim') return { fill: '#f8fafc', edge: '#e2e8f0', ink: PALETTE.ink.faint };
  return { fill: '#ffffff', edge: TIER_COLOURS[box.tier].labelEdge, ink: PALETTE.ink.DEFAULT };
}

export const LINE_COLOURS = { reporting: '#94a3b8', service: PALETTE.customer.line } as const;
export const TEXT_COLOURS = {
  title: PALETTE.ink.DEFAULT,
  caption: PALETTE.ink.soft,
  figure: PALETTE.brand.DEFAULT,
} as const;

/** A colour as PptxGenJS takes it: hex digits, no hash. */
export const bare = (hex: string): string => hex.replace('#', '');
