/**
 * The flags the analysis raises on a role, named and worded once: the canvas
 * nodes, the inspector, the analysis panel and the exports all read the words
 * and the colour here.
 */
import { PALETTE } from './palette';

export const FLAG_KINDS = ['no-path', 'far', 'span-one', 'wide-span'] as const;

export type FlagKind = (typeof FLAG_KINDS)[number];

/** The words a flag shows, on its node and in the panels. */
export const FLAG_WORDS: Record<FlagKind, string> = {
  'no-path': 'No path to customer',
  far: 'Far from customer',
  'span-one': 'Span of one',
  'wide-span': 'Wide span',
};

/** Most serious first: the order the analysis panel lists them in. */
export const FLAG_ORDER: Record<FlagKind, number> = {
  'no-path': 0,
  far: 1,
  'wide-span': 2,
  'span-one': 3,
};

/** A flag's colour: red for no path to a customer, amber for the rest. */
export function flagColour(kind: FlagKind): string {
  return kind === 'no-path' ? PALETTE.flag.DEFAULT : PALETTE.warn.DEFAULT;
}
