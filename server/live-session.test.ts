/**
 * Two editor stores in one live room through the real server: edits reach
 * the other store without entering its undo history, Undo takes back only
 * one's own change, and a view-only store refuses to change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { seedChart } from '../src/domain/__fixtures__/chart-arbitraries';
import { emptyChart } from '../src/domain/chart';
import { LiveSession } from '../src/editor/live/live-session';
import { createEditorStore, type EditorState, type EditorStore } from '../src/editor/store';
import { issueRoom } from './room-tokens';
import { startSyncServer } from './sync-server';
import { tempFolder } from './__fixtures__/sync-clients';

const SECRET = 'session-secret';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

function until(store: EditorStore, test: (state: EditorState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test(store.getState())) return resolve();
    const stop = store.subscribe((state) => {
      if (!test(state)) return;
      stop();
      resolve();
    });
  });
}

function join(url: string, room: string, token: string, store: EditorStore, share: boolean) {
  const session = new LiveSession(store, {
    url,
    room,
    token,
    share,
    person: { name: share ? 'Ada' : 'Bo', colour: '#1d4ed8' },
    WebSocketPolyfill: WebSocket,
  });
  cleanups.push(() => session.leave());
  return session;
}

const role = (state: EditorState, id: string) => state.chart.roles.find((r) => r.id === id);

describe('a live session', () => {
  it('shares a chart, syncs both ways, and undoes only one’s own change', async () => {
    const server = await startSyncServer({ port: 0, data: await tempFolder(), secret: SECRET });
    cleanups.push(() => server.close());
    const { room, edit } = issueRoom(SECRET);
    const a = createEditorStore(seedChart());
    const b = createEditorStore(emptyChart());
    join(server.syncUrl, room, edit, a, true);
    await until(a, (state) => state.live !== null);
    join(server.syncUrl, room, edit, b, false);
    await until(b, (state) => role(state, 'r2')?.title === 'Clerk');

    a.getState().run({ type: 'updateRole', id: 'r2', changes: { title: 'Senior clerk' } });
    b.getState().run({ type: 'updateRole', id: 'r1', changes: { person: 'Bo' } });
    await until(a, (state) => role(state, 'r1')?.person === 'Bo');
    await until(b, (state) => role(state, 'r2')?.title === 'Senior clerk');
    // The remote edit is no step of either history.
    expect(a.getState().past).toHaveLength(1);
    expect(b.getState().past).toHaveLength(1);

    b.getState().undo();
    await until(b, (state) => role(state, 'r1')?.person === undefined);
    await until(a, (state) => role(state, 'r1')?.person === undefined);
    expect(role(a.getState(), 'r2')?.title).toBe('Senior clerk');
    expect(role(b.getState(), 'r2')?.title).toBe('Senior clerk');

    b.getState().redo();
    await until(a, (state) => role(state, 'r1')?.person === 'Bo');
  });

  it('gives new roles ids that never collide between people', async () => {
    const server = await startSyncServer({ port: 0, data: await tempFolder(), secret: SECRET });
    cleanups.push(() => server.close());
    const { room, edit } = issueRoom(SECRET);
    const a = createEditorStore(seedChart());
    const b = createEditorStore(emptyChart());
    const sa = join(server.syncUrl, room, edit, a, true);
    await until(a, (state) => state.live !== null);
    const sb = join(server.syncUrl, room, edit, b, false);
    await until(b, (state) => state.live !== null && state.chart.roles.length === 3);
    expect(sa.tag).not.toBe(sb.tag);
    expect(a.getState().live?.tag).toBe(sa.tag);
  });

  it('refuses every change on a view-only link', async () => {
    const server = await startSyncServer({ port: 0, data: await tempFolder(), secret: SECRET });
    cleanups.push(() => server.close());
    const { room, edit, view } = issueRoom(SECRET);
    const a = createEditorStore(seedChart());
    join(server.syncUrl, room, edit, a, true);
    await until(a, (state) => state.live !== null);
    const v = createEditorStore(emptyChart());
    join(server.syncUrl, room, view, v, false);
    await until(v, (state) => state.live?.readOnly === true && state.chart.roles.length === 3);
    expect(v.getState().run({ type: 'renameChart', name: 'Mine now' })).toBe(false);
    expect(v.getState().notice?.message).toMatch(/view-only/);
    expect(v.getState().chart.name).toBe('Seed');
  });
});
