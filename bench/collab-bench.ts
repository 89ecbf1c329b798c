/**
 * Live-room load (issue 14, "Speed and load"): `npm run bench:collab`.
 *
 * The real sync server (server/sync-server.ts: Hocuspocus 3, file store, room
 * tokens, rate limit) runs in this process. Then:
 *
 * 1. Load: 10 clients join a room holding a 1,000-role chart and each renames
 *    one of its own roles 5 times a second (one Yjs transaction each, the
 *    shape a rename has in the chart document) for 60 s (`--seconds N` for a
 *    shorter run). Every client counts every other client's edit it applies
 *    to its document, and the time from the edit to that apply. The clients
 *    are plain Yjs documents, not editor stores: ten stores reading the chart
 *    back 45 times a second each (8 ms each at 1,000 roles) is more CPU than
 *    this machine has, and in use each store runs on its own machine.
 * 2. Join: a new editor (a LiveSession bound to a fresh editor store, as the
 *    app makes it) joins a room holding a 5,000-role chart; timed from the
 *    session's start until the whole chart is in its store (the document
 *    decoded into the chart the canvas draws). Three joins, median.
 *
 * Memory is the heap after a full GC (run with --expose-gc; the server and the
 * clients share the process), when the clients have synced and once every
 * edit has arrived. Prints a table with targets and verdicts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { emptyChart } from '../src/domain/chart';
import { generateChart } from '../src/domain/samples/generate-chart';
import { chartToDoc, docParts, type FieldMap } from '../src/editor/live/chart-doc';
import { LiveSession } from '../src/editor/live/live-session';
import { createEditorStore } from '../src/editor/store';
import { issueRoom } from '../server/room-tokens';
import { startSyncServer } from '../server/sync-server';
import { connect, type Client } from '../server/__fixtures__/sync-clients';
import { median, percentile } from './stats';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '10' },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const EDITS_PER_SECOND = 5;
const LOAD_ROLES = 1_000;
const JOIN_ROLES = 5_000;
const JOINS = 3;
const LATENCY_TARGET_MS = 100;
const JOIN_TARGET_MS = 1_000;
/** "Flat": the heap grows by less than this over the run. */
const MEMORY_SLACK_MB = 32;
/** How long the edits may take to arrive after the last one, before the count is called short. */
const DRAIN_LIMIT_MS = 15_000;
const SECRET = 'bench-secret';

const gc = (globalThis as { gc?: () => void }).gc;
function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const mb = (value: number) => `${value.toFixed(1)} MB`;

/** When each edit was made: the title it wrote -> performance.now(). One process, one clock. */
const sentAt = new Map<string, number>();
const latencies: number[] = [];

/** Counts the other clients' renames this client applies, and how long each took to arrive. */
function watch(client: Client, self: number, received: { count: number }, onApplied: () => void) {
  const roles = docParts(client.doc).roles;
  roles.observeDeep((events) => {
    const now = performance.now();
    for (const event of events) {
      if (!(event instanceof Y.YMapEvent) || event.target === roles) continue;
      if (!event.keysChanged.has('title')) continue;
      const title = (event.target as FieldMap).get('title');
      if (typeof title !== 'string' || !title.startsWith('bench ')) continue;
      const from = Number(title.split(' ')[1]);
      const at = sentAt.get(title);
      if (from === self || at === undefined) continue;
      received.count += 1;
      latencies.push(now - at);
    }
    onApplied();
  });
}

async function loadRun(syncUrl: string) {
  const { room, edit } = issueRoom(SECRET);
  const chart = generateChart({ roles: LOAD_ROLES, seed: 14, crossLinkShare: 0.05 });
  const clients: Client[] = [];
  for (let index = 0; index < CLIENTS; index += 1) {
    const client = await connect(syncUrl, room, edit);
    if (index === 0) {
      chartToDoc(chart, client.doc, 'bench-share');
      await client.acknowledged();
    }
    clients.push(client);
  }
  await Promise.all(clients.map((c) => c.until((doc) => docParts(doc).roles.size === LOAD_ROLES)));
  const heapStart = heapMb();

  const perClient = Math.floor(SECONDS * EDITS_PER_SECOND);
  const expected = perClient * CLIENTS * (CLIENTS - 1);
  const received = clients.map(() => ({ count: 0 }));
  let total = 0;
  let allArrived: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (allArrived = resolve));
  const onApplied = () => {
    total = received.reduce((sum, each) => sum + each.count, 0);
    if (total >= expected) allArrived();
  };
  clients.forEach((client, index) => watch(client, index, received[index]!, onApplied));

  // Client i renames roles i, i + CLIENTS, …: nobody overwrites another's edit
  // before it arrives, so every edit is one value every other client sees.
  const ids = chart.roles.map((role) => role.id);
  const start = performance.now();
  await Promise.all(
    clients.map(
      (client, index) =>
        new Promise<void>((done) => {
          let made = 0;
          let timer: NodeJS.Timeout | undefined;
          const editOnce = () => {
            const id = ids[(index + CLIENTS * made) % ids.length]!;
            const title = `bench ${index} ${made}`;
            made += 1;
            sentAt.set(title, performance.now());
            client.doc.transact(() => {
              docParts(client.doc).roles.get(id)?.set('title', title);
            }, 'bench-edit');
            if (made >= perClient) {
              clearInterval(timer);
              done();
            }
          };
          // Staggered, so the ten clients' edits spread over each 200 ms.
          setTimeout(
            () => (timer = setInterval(editOnce, 1000 / EDITS_PER_SECOND)),
            (index * 1000) / EDITS_PER_SECOND / CLIENTS,
          );
        }),
    ),
  );
  const editing = performance.now() - start;
  let drainLimit: NodeJS.Timeout | undefined;
  await Promise.race([
    arrived,
    new Promise<void>((resolve) => (drainLimit = setTimeout(resolve, DRAIN_LIMIT_MS))),
  ]);
  clearTimeout(drainLimit);
  const heapEnd = heapMb();
  for (const client of clients) client.close();
  latencies.sort((a, b) => a - b);
  return {
    expected,
    total,
    editing,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    heapStart,
    heapEnd,
  };
}

async function joinRun(syncUrl: string) {
  const { room, edit } = issueRoom(SECRET);
  const chart = generateChart({ roles: JOIN_ROLES, seed: 5, crossLinkShare: 0.05 });
  const sharer = await connect(syncUrl, room, edit);
  chartToDoc(chart, sharer.doc, 'bench-share');
  await sharer.acknowledged();
  const bytes = Y.encodeStateAsUpdate(sharer.doc).length;
  const times: number[] = [];
  for (let run = 0; run < JOINS; run += 1) {
    const store = createEditorStore(emptyChart());
    const begin = performance.now();
    const session = new LiveSession(store, {
      url: syncUrl,
      room,
      token: edit,
      share: false,
      person: { name: `Joiner ${run}`, colour: '#1d4ed8' },
      WebSocketPolyfill: WebSocket,
    });
    await new Promise<void>((resolve) => {
      const done = () => store.getState().chart.roles.length === JOIN_ROLES;
      if (done()) return resolve();
      const stop = store.subscribe(() => {
        if (!done()) return;
        stop();
        resolve();
      });
    });
    times.push(performance.now() - begin);
    session.leave();
  }
  sharer.close();
  return { times, bytes };
}

async function main() {
  const data = await mkdtemp(join(tmpdir(), 'upturn-collab-bench-'));
  const server = await startSyncServer({ port: 0, data, secret: SECRET });
  try {
    const load = await loadRun(server.syncUrl);
    const joined = await joinRun(server.syncUrl);
    const joinMedian = median(joined.times);
    const growth = load.heapEnd - load.heapStart;
    const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
    const rows = [
      {
        measure: `edits made (${CLIENTS} clients × ${EDITS_PER_SECOND}/s × ${SECONDS} s)`,
        value: `${(load.expected / (CLIENTS - 1)).toLocaleString('en')} in ${(load.editing / 1000).toFixed(1)} s`,
        target: '',
        verdict: '',
      },
      {
        measure: 'edits applied on every other client',
        value: `${load.total.toLocaleString('en')} of ${load.expected.toLocaleString('en')}`,
        target: 'all',
        verdict: verdict(load.total === load.expected),
      },
      {
        measure: 'remote apply latency p50 / max',
        value: `${ms(load.p50)} / ${ms(load.max)}`,
        target: '',
        verdict: '',
      },
      {
        measure: 'remote apply latency p95',
        value: ms(load.p95),
        target: `≤ ${LATENCY_TARGET_MS} ms`,
        verdict: verdict(load.p95 <= LATENCY_TARGET_MS),
      },
      {
        measure: 'heap after GC, start → end (server + clients)',
        value: `${mb(load.heapStart)} → ${mb(load.heapEnd)} (${growth >= 0 ? '+' : ''}${mb(growth)})`,
        target: `flat (< +${MEMORY_SLACK_MB} MB)`,
        verdict: gc ? verdict(growth < MEMORY_SLACK_MB) : 'no --expose-gc',
      },
      {
        measure: `${JOIN_ROLES.toLocaleString('en')}-role chart (${(joined.bytes / 1024).toFixed(0)} KB) joined into a new store`,
        value: `${ms(joinMedian)} median (${joined.times.map((t) => t.toFixed(0)).join(', ')} ms)`,
        target: `≤ ${JOIN_TARGET_MS} ms`,
        verdict: verdict(joinMedian <= JOIN_TARGET_MS),
      },
    ];
    console.log(
      `\nUpturn live rooms under load (issue 14), the sync server in-process; ` +
        `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
        `load average ${os.loadavg()[0]!.toFixed(1)} (other work on the machine skews the figures)\n`,
    );
    console.table(rows);
    if (rows.some((row) => row.verdict === 'FAIL')) process.exitCode = 1;
  } finally {
    await server.close();
    await rm(data, { recursive: true, force: true });
  }
}

void main().then(() => process.exit());
