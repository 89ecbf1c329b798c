/**
 * A simulated network of chart documents for the convergence tests: each peer
 * is a Y.Doc; every update it makes is queued for every other peer, and the
 * test decides when (if ever) each is delivered, in any order, duplicated,
 * with peers going offline and back. `settle` then delivers everything, as a
 * reconnect's state exchange does.
 */
import * as Y from 'yjs';
import type { Chart } from '../../../domain/chart';
import { applyCommand, newId, type Command } from '../../../domain/commands/apply-command';
import { chartToDoc } from '../chart-doc';
import { docToChart } from '../doc-to-chart';
import { writeChartChange } from '../write-change';

export const LOCAL = 'local';

export interface Peer {
  doc: Y.Doc;
  tag: string;
  online: boolean;
  /** Updates from others not yet delivered to this peer. */
  inbox: Uint8Array[];
  /** Updates made while offline, sent on reconnect. */
  outbox: Uint8Array[];
}

export class SimNetwork {
  readonly peers: Peer[];

  constructor(count: number, start: Chart) {
    const first = new Y.Doc();
    chartToDoc(start, first);
    const state = Y.encodeStateAsUpdate(first);
    this.peers = Array.from({ length: count }, (_, i) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state, 'remote');
      const peer: Peer = { doc, tag: `c${i}`, online: true, inbox: [], outbox: [] };
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== LOCAL) return;
        if (peer.online) this.broadcast(peer, update);
        else peer.outbox.push(update);
      });
      return peer;
    });
  }

  private broadcast(from: Peer, update: Uint8Array) {
    for (const peer of this.peers) if (peer !== from) peer.inbox.push(update);
  }

  chart(i: number): Chart {
    return docToChart(this.peer(i).doc).chart;
  }

  peer(i: number): Peer {
    return this.peers[i % this.peers.length] as Peer;
  }

  /** Runs a command on peer `i` as its user would; returns the charts before and after, or null if refused. */
  run(i: number, command: Command): { before: Chart; after: Chart } | null {
    const peer = this.peer(i);
    const before = docToChart(peer.doc).chart;
    const result = applyCommand(before, command);
    if (!result.ok) return null;
    writeChartChange(peer.doc, before, result.chart, LOCAL, peer.tag);
    return { before, after: result.chart };
  }

  /** A fresh id as a live room makes it: with this peer's tag, so peers never collide. */
  newId(i: number, prefix: string): string {
    return newId(this.chart(i), `${prefix}-${this.peer(i).tag}`);
  }

  /** Delivers the inbox item at `pick` to peer `i` (if online); `keep` leaves it queued (a duplicate later). */
  deliver(i: number, pick: number, keep: boolean): void {
    const peer = this.peer(i);
    if (!peer.online || peer.inbox.length === 0) return;
    const at = pick % peer.inbox.length;
    const update = peer.inbox[at] as Uint8Array;
    if (!keep) peer.inbox.splice(at, 1);
    Y.applyUpdate(peer.doc, update, 'remote');
  }

  setOnline(i: number, online: boolean): void {
    const peer = this.peer(i);
    if (peer.online === online) return;
    peer.online = online;
    if (online) {
      for (const update of peer.outbox) this.broadcast(peer, update);
      peer.outbox = [];
    }
  }

  /** Everyone back online, every queued update delivered, then a full state exchange. */
  settle(): void {
    for (let i = 0; i < this.peers.length; i += 1) this.setOnline(i, true);
    for (const peer of this.peers) {
      for (const update of peer.inbox) Y.applyUpdate(peer.doc, update, 'remote');
      peer.inbox = [];
    }
    for (const a of this.peers) {
      for (const b of this.peers) {
        if (a === b) continue;
        Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'remote');
      }
    }
  }
}
