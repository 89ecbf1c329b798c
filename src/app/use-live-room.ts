/**
 * The live room of the open chart, if any: joins the room a link names when
 * the page opens (the room's chart opens as a new chart in the library, so
 * nothing stored is overwritten), and "Share" makes the open chart a room.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { EditorStore } from '../editor/store';
import { LiveSession, type LiveSnapshot } from '../editor/live/live-session';
import { personName } from '../editor/live/person-name';
import { roomFromHash, roomLink, roomsUrl, syncUrl, type RoomLink } from '../editor/live/room-link';
import type { ChartSession } from '../editor/persistence/chart-library-session';
import { personColour } from '../theme/people';

export interface LiveRoom {
  session: LiveSession | null;
  snapshot: LiveSnapshot | null;
  /** The links to hand out: the edit link, and the view-only one (known to whoever shared). */
  links: { edit: string; view: string | null } | null;
  share(): Promise<void>;
}

const SYNC = syncUrl(import.meta.env.VITE_SYNC_URL as string | undefined, window.location.origin);

function pageBase(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  return url.toString();
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const NO_SNAPSHOT = () => null;
const NO_SUBSCRIBE = () => () => {};

export function useLiveRoom(
  store: EditorStore,
  library: ChartSession | null,
  ready: boolean,
): LiveRoom {
  const [session, setSession] = useState<LiveSession | null>(null);
  const [links, setLinks] = useState<LiveRoom['links']>(null);
  const snapshot = useSyncExternalStore(
    session?.subscribe ?? NO_SUBSCRIBE,
    session?.getSnapshot ?? NO_SNAPSHOT,
  );

  const start = useCallback(
    (link: RoomLink, share: boolean) => {
      const live = new LiveSession(store, {
        url: SYNC,
        room: link.room,
        token: link.token,
        share,
        // Work done while the server is out of reach survives a reload and syncs later.
        keepOffline: true,
        person: {
          name: personName(localStore()),
          colour: personColour(Math.floor(Math.random() * 1e6)),
        },
      });
      setSession(live);
      return live;
    },
    [store],
  );

  // A link opened: join its room, in a chart of its own. Once per page (the
  // room lives as long as the page; a ref, not state, so a re-run cannot join twice).
  const joined = useRef(false);
  useEffect(() => {
    if (!ready || joined.current) return;
    const link = roomFromHash(window.location.hash);
    if (!link) return;
    joined.current = true;
    void (async () => {
      if (library) await library.create('empty');
      start(link, false);
      setLinks({ edit: window.location.href, view: null });
    })();
  }, [ready, library, start]);

  const share = useCallback(async () => {
    if (session) return;
    let made: { room: string; edit: string; view: string };
    try {
      const response = await fetch(roomsUrl(SYNC), { method: 'POST' });
      if (!response.ok) throw new Error(String(response.status));
      made = (await response.json()) as typeof made;
    } catch {
      store
        .getState()
        .notify(
          'Sharing needs the Upturn server: start it with “npm run server” and open the editor it serves.',
          'error',
        );
      return;
    }
    const base = pageBase();
    const edit = roomLink(base, { room: made.room, token: made.edit });
    window.history.replaceState(null, '', edit);
    start({ room: made.room, token: made.edit }, true);
    setLinks({ edit, view: roomLink(base, { room: made.room, token: made.view }) });
  }, [session, start, store]);

  return { session, snapshot, links, share };
}
