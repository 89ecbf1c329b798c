/**
 * Live-room links and where the server is. A link carries the room and its
 * token in the URL fragment (`#room=…&token=…`), which browsers never send to
 * any server. The sync endpoint is VITE_SYNC_URL when the editor was built
 * with one (an editor served elsewhere), else the page's own origin `/sync`
 * (the editor served by `npm run server`).
 */

export interface RoomLink {
  room: string;
  token: string;
}

const ROOM = /^[0-9a-f]{32}$/;

/** The room a URL fragment names, or null. */
export function roomFromHash(hash: string): RoomLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room');
  const token = params.get('token');
  if (!room || !token || !ROOM.test(room)) return null;
  return { room, token };
}

/** A link to a room, on the page at `base` (its origin and path). */
export function roomLink(base: string, link: RoomLink): string {
  const url = new URL(base);
  url.hash = new URLSearchParams({ room: link.room, token: link.token }).toString();
  return url.toString();
}

/** The WebSocket URL of the sync endpoint: `configured` if given, else `origin`/sync. */
export function syncUrl(configured: string | undefined, origin: string): string {
  const base = configured?.trim() ? configured.trim() : `${origin.replace(/\/$/, '')}/sync`;
  return base.replace(/^http(s?):/, 'ws$1:');
}

/** The HTTP address that makes rooms, beside the sync endpoint. */
export function roomsUrl(sync: string): string {
  return `${sync.replace(/^ws(s?):/, 'http$1:').replace(/\/$/, '')}/rooms`;
}
