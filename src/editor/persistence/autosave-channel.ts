/**
 * How tabs tell each other about the chart library: a BroadcastChannel named
 * "upturn" carrying small messages (a chart saved at a version, created,
 * removed). Messages come from other pages, so they are checked on arrival.
 */

/** What a tab tells the others about the library: a chart saved at a version, created, removed. */
export type LibraryAnnouncement =
  | { type: 'saved'; id: string; version: number }
  | { type: 'created'; id: string }
  | { type: 'removed'; id: string };

/** An announcement as sent, with the tab it came from. */
export type LibraryMessage = LibraryAnnouncement & { tab: string };

/** A channel between tabs; `broadcastChannel()` gives the real one, tests an in-memory one. */
export interface LibraryChannel {
  post(message: LibraryMessage): void;
  /** Calls `listener` for every message from another tab; returns the unsubscribe. */
  listen(listener: (message: LibraryMessage) => void): () => void;
  close(): void;
}

/** The BroadcastChannel "upturn", or null where there is none. */
export function broadcastChannel(name = 'upturn'): LibraryChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent) => {
        if (isLibraryMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/** Messages come from other pages: checked, not trusted. */
function isLibraryMessage(data: unknown): data is LibraryMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (typeof message.id !== 'string' || typeof message.tab !== 'string') return false;
  if (message.type === 'saved') return typeof message.version === 'number';
  return message.type === 'created' || message.type === 'removed';
}
