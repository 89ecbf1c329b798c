/**
 * How the people in a live room are shown: their colours (cursor, name tag)
 * and the words of the live status. One source for what the user reads.
 */

/** Distinct on white and readable with white text (WCAG AA for the name tag). */
export const PERSON_COLOURS = [
  '#b91c1c',
  '#1d4ed8',
  '#047857',
  '#7e22ce',
  '#c2410c',
  '#0f766e',
  '#be185d',
  '#4d7c0f',
] as const;

/** A colour for a person, stable for their id. */
export function personColour(id: number): string {
  return PERSON_COLOURS[Math.abs(id) % PERSON_COLOURS.length] as string;
}

export const LIVE_WORDS = {
  share: 'Share',
  live: (people: number) => `Live · ${people} ${people === 1 ? 'person' : 'people'}`,
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline: your changes are kept and will sync',
  refused: 'Not connected: this link is not valid',
  viewOnly: 'view only',
  guest: (n: number) => `Guest ${n}`,
} as const;
