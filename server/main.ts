/**
 * `npm run server`: builds the editor if dist/ is missing, then serves it and
 * the live-room sync endpoint on one port.
 *
 *   npm run server -- --port 1234 --data ./rooms [--redis redis://127.0.0.1:6379]
 *
 * The secret that signs room links is kept in <data>/secret (made on first
 * start), or given with --secret / UPTURN_SYNC_SECRET (instances sharing rooms
 * through Redis need the same one).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSyncServer } from './sync-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '1234' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: join(root, 'rooms') },
    dist: { type: 'string', default: join(root, 'dist') },
    redis: { type: 'string' },
    secret: { type: 'string' },
    'store-delay': { type: 'string' },
  },
});

async function secretIn(folder: string): Promise<string> {
  const given = values.secret ?? process.env.UPTURN_SYNC_SECRET;
  if (given) return given;
  const path = join(folder, 'secret');
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    const made = randomBytes(32).toString('base64url');
    await writeFile(path, `${made}\n`, { mode: 0o600 });
    return made;
  }
}

async function main() {
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('Building the editor (dist/ is missing)…');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const data = resolve(values.data);
  await mkdir(data, { recursive: true });
  const running = await startSyncServer({
    port: Number(values.port),
    host: values.host,
    data,
    dist,
    secret: await secretIn(data),
    ...(values.redis ? { redis: values.redis } : {}),
    ...(values['store-delay'] ? { storeDelayMs: Number(values['store-delay']) } : {}),
  });
  console.log(
    `Upturn live rooms: http://${values.host}:${running.port}/ (sync ${running.syncUrl})`,
  );
  console.log(
    `Rooms are kept in ${data}${values.redis ? `, shared through ${values.redis}` : ''}.`,
  );
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
