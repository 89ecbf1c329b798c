import { describe, expect, it } from 'vitest';
import { roomFromHash, roomLink, roomsUrl, syncUrl } from './room-link';

const room = '0123456789abcdef0123456789abcdef';

describe('room links', () => {
  it('round-trips a room and token through the fragment', () => {
    const link = roomLink('https://upturn.example/app?x=1', { room, token: 'a-b_c' });
    expect(link).toBe(`https://upturn.example/app?x=1#room=${room}&token=a-b_c`);
    expect(roomFromHash(new URL(link).hash)).toEqual({ room, token: 'a-b_c' });
  });

  it('ignores a fragment that names no valid room', () => {
    expect(roomFromHash('')).toBeNull();
    expect(roomFromHash('#room=abc&token=x')).toBeNull();
    expect(roomFromHash(`#room=${room}`)).toBeNull();
  });

  it('finds the server from VITE_SYNC_URL, else the page’s own origin', () => {
    expect(syncUrl(undefined, 'http://127.0.0.1:1234')).toBe('ws://127.0.0.1:1234/sync');
    expect(syncUrl('', 'https://team.example')).toBe('wss://team.example/sync');
    expect(syncUrl('wss://sync.example/sync', 'http://localhost:5173')).toBe(
      'wss://sync.example/sync',
    );
    expect(roomsUrl('wss://sync.example/sync')).toBe('https://sync.example/sync/rooms');
  });
});
