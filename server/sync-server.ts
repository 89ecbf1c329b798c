/**
 * The live-room server: Hocuspocus 3 serving the sync endpoint and the built
 * editor on one port. Rooms persist to a folder (file-store.ts); a Redis URL
 * lets several instances share rooms (Hocuspocus' Redis extension). Nobody
 * gets in without the room's token: an edit token may write, a view token
 * only reads (the connection is read-only, so the server drops its updates).
 * Messages are limited in size (the WebSocket's maxPayload) and in rate.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { FileStore } from './file-store';
import { RateLimit } from './rate-limit';
import { accessOf, issueRoom } from './room-tokens';
import { serveStatic } from './static-files';

export interface SyncServerOptions {
  /** 0 for any free port. */
  port: number;
  host?: string;
  /** The folder rooms are kept in. */
  data: string;
  /** The built editor to serve, if any. */
  dist?: string;
  /** Signs the room tokens; instances that share rooms share it. */
  secret: string;
  /** e.g. redis://127.0.0.1:6379: share rooms with other instances. */
  redis?: string;
  /** The largest message accepted, in bytes. */
  maxMessageBytes?: number;
  /** Messages a second per connection, on average. */
  messagesPerSecond?: number;
  /** How long after a change a room is written to disk, in ms. */
  storeDelayMs?: number;
}

export interface RunningSyncServer {
  port: number;
  /** ws://host:port/sync */
  syncUrl: string;
  close(): Promise<void>;
}

/** 8 MiB: a 5,000-role chart's whole state is well under it. */
export const DEFAULT_MAX_MESSAGE = 8 * 1024 * 1024;

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json',
    // An editor served elsewhere (npm start, a static host) makes rooms here too.
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
  });
  response.end(JSON.stringify(body));
}

function redisExtension(url: string): Extension {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix: 'upturn',
    // ioredis 5.8+ may send CLIENT SETINFO after SUBSCRIBE on the subscriber
    // connection, which Redis refuses (redis/ioredis#2037): skip it.
    options: { disableClientInfo: true },
  }) as unknown as Extension;
}

/** Starts the server; resolves once it listens. */
export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const store = new FileStore(options.data);
  const limit = new RateLimit(
    options.messagesPerSecond ?? 200,
    2 * (options.messagesPerSecond ?? 200),
  );

  const rooms: Extension = {
    async onRequest({ request, response }: { request: IncomingMessage; response: ServerResponse }) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/sync/rooms') {
        if (request.method === 'OPTIONS') json(response, 204, null);
        else if (request.method === 'POST') json(response, 201, issueRoom(options.secret));
        else json(response, 405, { error: 'POST to make a room' });
        throw null; // answered: Hocuspocus stops here
      }
      if (path === '/sync/health') {
        json(response, 200, { ok: true });
        throw null;
      }
      if (options.dist && (await serveStatic(options.dist, request, response))) throw null;
    },
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const access = accessOf(options.secret, documentName, token);
      if (!access) throw new Error('This link is not valid for this room.');
      // Hocuspocus 3 drops every update from a read-only connection (and says so to it).
      if (access === 'view') connectionConfig.readOnly = true;
      return { access };
    },
    async beforeHandleMessage({ socketId }) {
      if (!limit.take(socketId)) throw new Error('Too many messages: slow down.');
    },
    async onDisconnect({ socketId }) {
      limit.forget(socketId);
    },
  };

  const database = new Database({
    fetch: async ({ documentName }) => store.fetch(documentName),
    store: async ({ documentName, state }) => store.store(documentName, state),
  });

  const server = new Server(
    {
      port: options.port,
      quiet: true,
      stopOnSignals: false,
      debounce: options.storeDelayMs ?? 1000,
      maxDebounce: Math.max(options.storeDelayMs ?? 1000, 5000),
      extensions: [rooms, database, ...(options.redis ? [redisExtension(options.redis)] : [])],
    },
    { maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE },
  );
  // Not server.listen(): Hocuspocus 3 passes `address` where Node reads
  // `host`, so it would listen on every interface whatever --host says.
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port: options.port, host }, () => resolve());
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    syncUrl: `ws://${host}:${port}/sync`,
    close: () => server.destroy(),
  };
}
