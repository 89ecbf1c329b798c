/**
 * Rooms and their tokens. A room id is 128 random bits; its edit and view
 * tokens are HMACs of the id under the server's secret, so any instance that
 * shares the secret checks a token with no shared state (several instances
 * behind one Redis), and nobody can derive the edit token from a view link.
 */
import { createHmac, timingSafeEqual, webcrypto } from 'node:crypto';

export type Access = 'edit' | 'view';

const ROOM = /^[0-9a-f]{32}$/;

/** 128 random bits, as 32 hex digits. */
export function newRoomId(): string {
  const bytes = new Uint8Array(16);
  webcrypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('hex');
}

export function isRoomId(value: string): boolean {
  return ROOM.test(value);
}

/** The token that grants `access` to `room`. */
export function tokenFor(secret: string, room: string, access: Access): string {
  return createHmac('sha256', secret).update(`${access}:${room}`).digest('base64url');
}

/** What a token grants in a room, or null (a wrong token, a malformed room). */
export function accessOf(secret: string, room: string, token: string): Access | null {
  if (!isRoomId(room) || typeof token !== 'string') return null;
  for (const access of ['edit', 'view'] as const) {
    const expected = Buffer.from(tokenFor(secret, room, access));
    const given = Buffer.from(token);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return access;
  }
  return null;
}

/** A new room with both its tokens. */
export function issueRoom(secret: string): { room: string; edit: string; view: string } {
  const room = newRoomId();
  return { room, edit: tokenFor(secret, room, 'edit'), view: tokenFor(secret, room, 'view') };
}
