/**
 * A peer's tag in a live room: random, so ids two people create at the same
 * moment never collide (`newId(chart, 'role')` would give both `role-7`), and
 * so the Lamport stamps of two peers never tie. Made once per editor session.
 */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Eight random characters, about 41 bits: a collision among a room's peers is not a worry. */
export function randomTag(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/**
 * The id prefix for new records: `role` alone outside a live room, so charts
 * made alone keep their short ids; `role-<tag>` inside one (newId then gives
 * `role-<tag>-1`, `role-<tag>-2`, ...).
 */
export function scopedPrefix(prefix: string, tag: string | null): string {
  return tag ? `${prefix}-${tag}` : prefix;
}
