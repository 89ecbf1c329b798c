/**
 * The real server in-process on a free port, real HocuspocusProvider clients:
 * edits converge, a connection without the room's token is refused, a view
 * link cannot write, a room survives a restart, and two instances sharing
 * one Redis converge.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { chartToDoc } from '../src/editor/live/chart-doc';
import { docToChart } from '../src/editor/live/doc-to-chart';
import { writeChartChange } from '../src/editor/live/write-change';
import { seedChart } from '../src/domain/__fixtures__/chart-arbitraries';
import { applyCommand, type Command } from '../src/domain/commands/apply-command';
import { startSyncServer, type RunningSyncServer } from './sync-server';
import { issueRoom } from './room-tokens';
import {
  connect,
  REDIS_BINARY,
  startRedis,
  tempFolder,
  type Client,
} from './__fixtures__/sync-clients';

const SECRET = 'test-secret';
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

async function server(
  data: string,
  extra: { redis?: string; maxMessageBytes?: number } = {},
): Promise<RunningSyncServer> {
  const running = await startSyncServer({
    port: 0,
    data,
    secret: SECRET,
    storeDelayMs: 50,
    ...extra,
  });
  cleanups.push(() => running.close());
  return running;
}

async function client(url: string, room: string, token: string | null): Promise<Client> {
  const made = await connect(url, room, token);
  cleanups.push(() => made.close());
  return made;
}

function run(doc: Y.Doc, command: Command): void {
  const before = docToChart(doc).chart;
  const result = applyCommand(before, command);
  if (!result.ok) throw result.error;
  writeChartChange(doc, before, result.chart, 'local', 'test');
}

const titleOf = (doc: Y.Doc, id: string) =>
  docToChart(doc).chart.roles.find((role) => role.id === id)?.title;

describe('the live-room server', () => {
  it('syncs two editors of one room, both edits kept', async () => {
    const running = await server(await tempFolder());
    const { room, edit } = issueRoom(SECRET);
    const a = await client(running.syncUrl, room, edit);
    chartToDoc(seedChart(), a.doc, 'local');
    const b = await client(running.syncUrl, room, edit);
    await b.until((doc) => titleOf(doc, 'r2') === 'Clerk');
    run(a.doc, { type: 'updateRole', id: 'r2', changes: { title: 'Senior clerk' } });
    run(b.doc, { type: 'updateRole', id: 'r1', changes: { person: 'Ada' } });
    const both = (doc: Y.Doc) =>
      titleOf(doc, 'r2') === 'Senior clerk' &&
      docToChart(doc).chart.roles.find((r) => r.id === 'r1')?.person === 'Ada';
    await Promise.all([a.until(both), b.until(both)]);
    expect(docToChart(a.doc)).toEqual(docToChart(b.doc));
  });

  it('serves the built editor and makes rooms on the same port', async () => {
    const dist = await tempFolder();
    await mkdir(`${dist}/assets`);
    await writeFile(`${dist}/index.html`, '<title>Upturn</title>');
    await writeFile(`${dist}/assets/app.js`, 'export {}');
    const running = await startSyncServer({
      port: 0,
      data: await tempFolder(),
      dist,
      secret: SECRET,
    });
    cleanups.push(() => running.close());
    const base = `http://127.0.0.1:${running.port}`;
    expect(await (await fetch(`${base}/`)).text()).toContain('Upturn');
    expect(await (await fetch(`${base}/some/room/page`)).text()).toContain('Upturn');
    const script = await fetch(`${base}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await (await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).text()).toContain('Upturn');

    const made = await fetch(`${base}/sync/rooms`, { method: 'POST' });
    expect(made.status).toBe(201);
    const { room, edit } = (await made.json()) as { room: string; edit: string };
    const a = await client(running.syncUrl, room, edit);
    expect(a.provider.authorizedScope).toBe('read-write');
  });

  it('refuses a connection without the room’s token, or with another room’s', async () => {
    const running = await server(await tempFolder());
    const { room } = issueRoom(SECRET);
    const other = issueRoom(SECRET);
    await expect(connect(running.syncUrl, room, null)).rejects.toThrow(/refused/);
    await expect(connect(running.syncUrl, room, other.edit)).rejects.toThrow(/refused/);
    await expect(connect(running.syncUrl, 'not-a-room', other.edit)).rejects.toThrow(/refused/);
  });

  it('lets a view link read but never write', async () => {
    const running = await server(await tempFolder());
    const { room, edit, view } = issueRoom(SECRET);
    const editor = await client(running.syncUrl, room, edit);
    chartToDoc(seedChart(), editor.doc, 'local');
    const viewer = await client(running.syncUrl, room, view);
    await viewer.until((doc) => titleOf(doc, 'r2') === 'Clerk');
    expect(viewer.provider.authorizedScope).toBe('readonly');

    const refused = viewer.nextRefusal();
    run(viewer.doc, { type: 'updateRole', id: 'r2', changes: { title: 'Hacked' } });
    await refused;
    // The editor's next edit arrives; the viewer's never did, and a newcomer never sees it.
    run(editor.doc, { type: 'updateRole', id: 'r1', changes: { title: 'Boss' } });
    await viewer.until((doc) => titleOf(doc, 'r1') === 'Boss');
    const late = await client(running.syncUrl, room, edit);
    await late.until((doc) => titleOf(doc, 'r1') === 'Boss');
    expect(titleOf(editor.doc, 'r2')).toBe('Clerk');
    expect(titleOf(late.doc, 'r2')).toBe('Clerk');
  });

  it('closes a connection that sends a message over the size limit, applying none of it', async () => {
    const running = await server(await tempFolder(), { maxMessageBytes: 16_000 });
    const { room, edit } = issueRoom(SECRET);
    const a = await client(running.syncUrl, room, edit);
    chartToDoc(seedChart(), a.doc, 'local');
    await a.acknowledged();
    const closed = new Promise<number>((resolve) =>
      a.provider.on('close', ({ event }: { event: CloseEvent }) => resolve(event.code)),
    );
    run(a.doc, { type: 'updateRole', id: 'r2', changes: { title: 'x'.repeat(40_000) } });
    expect(await closed).toBe(1009); // "message too big"
    const b = await client(running.syncUrl, room, edit);
    expect(titleOf(b.doc, 'r2')).toBe('Clerk');
  });

  it('keeps a room on disk across a restart', async () => {
    const data = await tempFolder();
    const first = await startSyncServer({ port: 0, data, secret: SECRET, storeDelayMs: 10 });
    const { room, edit } = issueRoom(SECRET);
    const a = await connect(first.syncUrl, room, edit);
    chartToDoc(seedChart(), a.doc, 'local');
    run(a.doc, { type: 'renameChart', name: 'Kept' });
    await a.acknowledged();
    a.close();
    await first.close(); // stores every open room before it stops
    expect(existsSync(`${data}/${room}.ydoc`)).toBe(true);
    const second = await server(data);
    const b = await client(second.syncUrl, room, edit);
    expect(docToChart(b.doc).chart.name).toBe('Kept');
  });

  it.skipIf(!existsSync(REDIS_BINARY))(
    'shares rooms between two instances through one Redis',
    async () => {
      const redis = await startRedis();
      cleanups.push(() => redis.stop());
      const one = await server(await tempFolder(), { redis: redis.url });
      const two = await server(await tempFolder(), { redis: redis.url });
      const { room, edit } = issueRoom(SECRET);
      const a = await client(one.syncUrl, room, edit);
      const b = await client(two.syncUrl, room, edit);
      chartToDoc(seedChart(), a.doc, 'local');
      await b.until((doc) => titleOf(doc, 'r2') === 'Clerk');
      run(b.doc, { type: 'updateRole', id: 'r2', changes: { title: 'From two' } });
      run(a.doc, { type: 'updateRole', id: 'r0', changes: { title: 'From one' } });
      const both = (doc: Y.Doc) =>
        titleOf(doc, 'r2') === 'From two' && titleOf(doc, 'r0') === 'From one';
      await Promise.all([a.until(both), b.until(both)]);
      expect(docToChart(a.doc)).toEqual(docToChart(b.doc));
    },
  );
});
