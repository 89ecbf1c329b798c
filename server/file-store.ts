/**
 * Rooms on local disk: one file per room, `<room>.ydoc`, holding the room's
 * Yjs state as one update (Y.encodeStateAsUpdate). Written to a temporary
 * file and renamed, so a crash mid-write never leaves half a room. No
 * database and no native binaries.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRoomId } from './room-tokens';

export class FileStore {
  constructor(private readonly folder: string) {}

  private path(room: string): string {
    if (!isRoomId(room)) throw new Error(`Not a room id: ${room}`);
    return join(this.folder, `${room}.ydoc`);
  }

  /** The room's stored state, or null for a room never stored. */
  async fetch(room: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.path(room)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async store(room: string, state: Uint8Array): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const path = this.path(room);
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, state);
    await rename(temporary, path);
  }
}
