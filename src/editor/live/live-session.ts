/**
 * A live room, bound to an editor store: the chart document synced through
 * Hocuspocus, the store kept equal to it, presence through awareness.
 *
 * - A local command (lastChange origin "command") is written to the document
 *   as one transaction with the LOCAL origin (write-change.ts).
 * - Any other transaction (a remote peer's, an undo) is read back into the
 *   store with `receive`, never an undo step, and the merge's repairs are
 *   told to the user.
 * - Undo and redo take back only this person's changes: a Y.UndoManager
 *   tracking the LOCAL origin, one stack item per undo step of the store
 *   (a gesture's several runs are one item).
 * - With `keepOffline`, the room's updates are also kept in IndexedDB
 *   (y-indexeddb), so work done while the server is out of reach survives a
 *   reload, opens from this device, and merges when the server is back.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Chart } from '../../domain/chart';
import type { EditorState, EditorStore } from '../store';
import { chartToDoc, docParts, isEmptyDoc } from './chart-doc';
import { randomTag } from './client-tag';
import { docToChart } from './doc-to-chart';
import { repairText } from './repair-text';
import type { Repair } from './repair-managers';
import { stableChart } from './stable-chart';
import { writeChartChange } from './write-change';

/** The origin of this person's own transactions: the only one the undo tracks. */
export const LOCAL = 'upturn-local';
const SHARED = 'upturn-share';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'refused';

export interface Person {
  id: number;
  name: string;
  colour: string;
}

export interface RemotePerson extends Person {
  /** Their pointer on the canvas, in flow coordinates, or null when off it. */
  cursor: { x: number; y: number } | null;
  selection: string[];
}

export interface LiveSnapshot {
  status: LiveStatus;
  room: string;
  readOnly: boolean;
  /** Everyone here, this person included. */
  count: number;
  others: RemotePerson[];
}

export interface LiveOptions {
  /** ws(s)://host/sync */
  url: string;
  room: string;
  token: string;
  person: { name: string; colour: string };
  /** True for the person who shares: an empty room gets their chart. */
  share: boolean;
  /** Keep the room's updates in this browser's IndexedDB (the app does; Node has none). */
  keepOffline?: boolean;
  /** Node has no WebSocket before 22; tests pass `ws`. */
  WebSocketPolyfill?: unknown;
}

/** The key of the link's access in the kept copy (y-indexeddb's own small store). */
const READ_ONLY_KEY = 'readOnly';

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A remote peer's awareness state, checked: it is untrusted input. */
function personOf(id: number, state: unknown): RemotePerson | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  const { name, colour } = state.user;
  if (typeof name !== 'string' || typeof colour !== 'string') return null;
  const cursor = isRecord(state.cursor) ? state.cursor : null;
  const point =
    cursor && typeof cursor.x === 'number' && typeof cursor.y === 'number'
      ? { x: cursor.x, y: cursor.y }
      : null;
  const selection = Array.isArray(state.selection)
    ? state.selection.filter((id): id is string => typeof id === 'string').slice(0, 50)
    : [];
  // A colour is used in style: only a plain hex colour passes.
  const safeColour = /^#[0-9a-f]{6}$/i.test(colour) ? colour : '#475569';
  return { id, name: name.slice(0, 60), colour: safeColour, cursor: point, selection };
}

export class LiveSession {
  readonly doc = new Y.Doc();
  readonly tag = randomTag();
  private readonly provider: HocuspocusProvider;
  private readonly undo: Y.UndoManager;
  private readonly listeners = new Set<() => void>();
  private snapshot: LiveSnapshot;
  /** The server has synced this document at least once. */
  private synced = false;
  /** The store shows the document (from the server, or from this device's copy). */
  private ready = false;
  private readonly kept: IndexeddbPersistence | null = null;
  private repairsShown = new Set<string>();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly store: EditorStore,
    private readonly options: LiveOptions,
  ) {
    this.snapshot = {
      status: isOffline() ? 'offline' : 'connecting',
      room: options.room,
      readOnly: false,
      count: 1,
      others: [],
    };
    const parts = docParts(this.doc);
    this.undo = new Y.UndoManager(
      [
        parts.meta,
        parts.settings,
        parts.captions,
        parts.roles,
        parts.customers,
        parts.links,
        parts.gone,
      ],
      // Items split where the store's undo steps do (see `write`), never by time.
      { trackedOrigins: new Set([LOCAL]), captureTimeout: Number.MAX_SAFE_INTEGER },
    );
    this.provider = new HocuspocusProvider({
      url: options.url,
      name: options.room,
      token: options.token,
      document: this.doc,
      // Back within seconds of the server: a planning session should not wait 30 s.
      delay: 500,
      minDelay: 250,
      maxDelay: 3000,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      onSynced: () => this.onSynced(),
      onStatus: ({ status }) => {
        if (status === 'connected') this.update({ status: this.synced ? 'live' : this.waiting() });
        else if (status === 'disconnected' && this.snapshot.status !== 'offline') {
          this.update({ status: this.disconnectedStatus() });
        }
      },
      onAuthenticationFailed: () => {
        this.update({ status: 'refused' });
        this.store
          .getState()
          .notify('This link is not valid for this room (or the room is gone).', 'error');
        this.provider.destroy();
      },
      onAwarenessChange: () => this.readPeople(),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    if (options.keepOffline && typeof indexedDB !== 'undefined') {
      const kept = new IndexeddbPersistence(`upturn-room:${options.room}`, this.doc);
      this.kept = kept;
      void kept.whenSynced.then(() => this.onKeptLoaded(kept));
    }
    this.provider.setAwarenessField('user', { ...options.person, id: this.doc.clientID });

    const onTransaction = (transaction: Y.Transaction) => this.onTransaction(transaction);
    this.doc.on('afterTransaction', onTransaction);
    this.cleanups.push(() => this.doc.off('afterTransaction', onTransaction));
    this.cleanups.push(this.store.subscribe((state, previous) => this.write(state, previous)));
    if (typeof window !== 'undefined') {
      // The browser knows it lost the network before a socket times out (minutes):
      // drop the socket at once, keep editing offline, and reconnect when it is back.
      const socket = this.provider.configuration.websocketProvider;
      const onOffline = () => {
        if (this.snapshot.status === 'refused') return;
        socket.disconnect();
        this.update({ status: 'offline' });
      };
      const onOnline = () => {
        if (this.snapshot.status === 'refused') return;
        this.update({ status: this.waiting() });
        void socket.connect();
      };
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
      this.cleanups.push(() => {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      });
    }
  }

  private disconnectedStatus(): LiveStatus {
    if (isOffline()) return 'offline';
    return this.waiting();
  }

  /** Not connected yet: "Reconnecting" once the room is open here (from the server or this device). */
  private waiting(): LiveStatus {
    return this.ready ? 'reconnecting' : 'connecting';
  }

  /** This device's copy of the room is read: open it at once if the server has not answered. */
  private async onKeptLoaded(kept: IndexeddbPersistence) {
    if (this.ready || isEmptyDoc(this.doc)) return;
    const readOnly = (await kept.get(READ_ONLY_KEY)) === 1;
    if (this.ready) return;
    this.store.getState().load(docToChart(this.doc).chart);
    this.bind(readOnly);
    if (this.snapshot.status === 'connecting') this.update({ status: 'reconnecting' });
  }

  /** From now on the store shows the document and its commands are written to it. */
  private bind(readOnly: boolean) {
    this.ready = true;
    this.store.getState().setLive({
      tag: this.tag,
      readOnly,
      travel: (origin, bail) => this.travel(origin, bail),
    });
  }

  private onSynced() {
    const first = !this.synced;
    this.synced = true;
    const readOnly = this.provider.authorizedScope === 'readonly';
    if (first && !this.ready) {
      if (this.options.share && isEmptyDoc(this.doc) && !readOnly) {
        chartToDoc(this.store.getState().chart, this.doc, SHARED);
      } else {
        this.store.getState().load(docToChart(this.doc).chart);
      }
      this.bind(readOnly);
    } else if (first && this.store.getState().live?.readOnly !== readOnly) {
      // Opened from this device's copy: the server has the last word on the link's access.
      this.bind(readOnly);
    }
    if (first) void this.kept?.set(READ_ONLY_KEY, readOnly ? 1 : 0);
    this.update({ status: 'live', readOnly });
  }

  /** The store changed: a local command is written to the room as one transaction. */
  private write(state: EditorState, previous: EditorState) {
    if (state.selection !== previous.selection) this.setSelection(state.selection);
    if (state.chart === previous.chart || !this.ready) return;
    const change = state.lastChange;
    if (change?.origin !== 'command' || change.step.kind !== 'record') return;
    const mark = state.marks[state.marks.length - 1];
    // A new undo item per undo step; a gesture's steps after its first join it.
    if (!mark || state.past.length <= mark.depth + 1) this.undo.stopCapturing();
    writeChartChange(this.doc, previous.chart, state.chart, LOCAL, this.tag);
  }

  private travel(origin: 'undo' | 'redo', bail: boolean) {
    if (origin === 'undo') this.undo.undo();
    else this.undo.redo();
    if (bail) this.undo.clear(false, true);
  }

  /** A transaction not this person's command (a peer's, an undo): read into the store. */
  private onTransaction(transaction: Y.Transaction) {
    if (transaction.origin === LOCAL || transaction.origin === SHARED || !this.ready) return;
    if (transaction.changed.size === 0) return;
    const { chart, repairs } = docToChart(this.doc);
    const state = this.store.getState();
    state.receive(stableChart(state.chart, chart), { keepHistory: true });
    this.tell(chart, repairs);
  }

  /** Tells the user of each repair once (a cycle undone, a manager deleted elsewhere). */
  private tell(chart: Chart, repairs: readonly Repair[]) {
    const fresh = repairs.filter((repair) => {
      const key = JSON.stringify(repair);
      if (this.repairsShown.has(key)) return false;
      this.repairsShown.add(key);
      return true;
    });
    if (fresh.length > 0)
      this.store.getState().notify(fresh.map((r) => repairText(chart, r)).join(' '), 'info');
  }

  private readPeople() {
    const others: RemotePerson[] = [];
    const states = this.provider.awareness?.getStates() ?? new Map();
    states.forEach((state, id) => {
      if (id === this.doc.clientID) return;
      const person = personOf(id, state);
      if (person) others.push(person);
    });
    others.sort((a, b) => a.id - b.id);
    this.update({ others, count: others.length + 1 });
  }

  /** Where this person's pointer is on the canvas (flow coordinates), or null when off it. */
  setCursor(point: { x: number; y: number } | null) {
    this.provider.setAwarenessField('cursor', point);
  }

  setSelection(ids: readonly string[]) {
    this.provider.setAwarenessField('selection', ids.slice(0, 50));
  }

  private update(patch: Partial<LiveSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LiveSnapshot => this.snapshot;

  /** Leaves the room: the chart stays in the editor as it is. */
  leave() {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.provider.destroy();
    void this.kept?.destroy();
    this.undo.destroy();
    if (this.store.getState().live) this.store.getState().setLive(null);
    this.listeners.clear();
  }
}
