/**
 * Test helpers for the server tests: HocuspocusProvider clients in Node (the
 * WebSocket from `ws`), waiting on events, never on time, plus a throwaway
 * redis-server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

export const REDIS_BINARY = '/usr/bin/redis-server';
const SYNC_STATUS = 8;

export function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'upturn-rooms-'));
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the server says it refused a change (a read-only connection's). */
  nextRefusal(): Promise<void>;
  /** Resolves once the server has acknowledged every change this client made. */
  acknowledged(): Promise<void>;
  /** Resolves once `test(doc)` holds (checked on every change). */
  until(test: (doc: Y.Doc) => boolean): Promise<void>;
  close(): void;
}

/** A client of `room`; resolves once synced, rejects if the server refuses it. */
export function connect(url: string, room: string, token: string | null): Promise<Client> {
  const doc = new Y.Doc();
  const refusals: (() => void)[] = [];
  return new Promise((resolve, reject) => {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        socket.destroy();
        reject(new Error(`refused: ${reason}`));
      },
      onSynced: (): void =>
        resolve({
          doc,
          provider,
          nextRefusal: () => new Promise((done) => refusals.push(done)),
          acknowledged: () =>
            new Promise((done) => {
              if (!provider.hasUnsyncedChanges) return done();
              const check = ({ number }: { number: number }) => {
                if (number > 0) return;
                provider.off('unsyncedChanges', check);
                done();
              };
              provider.on('unsyncedChanges', check);
            }),
          until: (test) =>
            new Promise((done) => {
              if (test(doc)) return done();
              const check = () => {
                if (!test(doc)) return;
                doc.off('update', check);
                done();
              };
              doc.on('update', check);
            }),
          close: () => {
            provider.destroy();
            socket.destroy();
          },
        }),
    });
    provider.attach();
    provider.on('message', ({ event }: { event: MessageEvent }) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== SYNC_STATUS) return;
      if (decoding.readVarInt(decoder) === 0) refusals.shift()?.();
    });
  });
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A redis-server with nothing saved to disk, ready to accept connections. */
export async function startRedis(): Promise<{ url: string; stop(): void }> {
  if (!existsSync(REDIS_BINARY)) throw new Error(`${REDIS_BINARY} is missing`);
  const port = await freePort();
  const child: ChildProcess = spawn(
    REDIS_BINARY,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${seen}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}
