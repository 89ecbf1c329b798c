/**
 * The real live-room server for a spec: `npm run server`'s entry on a port of
 * its own (4322 unless UPTURN_LIVE_PORT), serving the built dist/, rooms in a
 * fresh folder. Ready once its health address answers; restartable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LIVE_PORT = Number(process.env.UPTURN_LIVE_PORT || 4322);
export const LIVE_BASE = `http://127.0.0.1:${LIVE_PORT}`;

export class LiveServer {
  private child: ChildProcess | null = null;
  readonly data = mkdtempSync(join(tmpdir(), 'upturn-e2e-rooms-'));

  async start(): Promise<void> {
    // Node itself with tsx's loader: one process, so SIGTERM reaches the server.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/main.ts',
        '--port',
        String(LIVE_PORT),
        '--data',
        this.data,
        '--secret',
        'e2e',
        '--store-delay',
        '100',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    this.child = child;
    // The server prints its address once it listens.
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Upturn live rooms:')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
    });
  }

  /** Stops it (it stores every open room first) and waits for the process to end. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = null;
  }
}
