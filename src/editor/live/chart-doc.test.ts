import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedChart, validChart } from '../../domain/__fixtures__/chart-arbitraries';
import { retailChart } from '../../domain/__fixtures__/command-fixtures';
import { chartToDoc } from './chart-doc';
import { docToChart } from './doc-to-chart';
import { LOCAL, SimNetwork } from './__fixtures__/sim-network';

describe('the chart as a Yjs document', () => {
  it('reads back the chart it was written from', () => {
    fc.assert(
      fc.property(validChart, (chart) => {
        const doc = new Y.Doc();
        chartToDoc(chart, doc);
        const { chart: read, repairs } = docToChart(doc);
        expect(repairs).toEqual([]);
        const { teachCaptions, ...rest } = chart;
        const { teachCaptions: readCaptions, ...readRest } = read;
        expect(readRest).toEqual(rest);
        expect(readCaptions ?? {}).toEqual(teachCaptions ?? {});
      }),
    );
  });

  it('keeps the extra fields of a file through the document', () => {
    const chart = retailChart();
    const doc = new Y.Doc();
    chartToDoc(chart, doc);
    expect(docToChart(doc).chart).toEqual(chart);
  });

  it('writes one transaction per command, with the local origin, holding only what changed', () => {
    const net = new SimNetwork(1, seedChart());
    const origins: unknown[] = [];
    net.peer(0).doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const changed: string[] = [];
    net
      .peer(0)
      .doc.getMap('roles')
      .observeDeep((events) => {
        for (const event of events)
          for (const key of (event as Y.YMapEvent<unknown>).keysChanged) changed.push(key);
      });
    net.run(0, { type: 'updateRole', id: 'r2', changes: { title: 'Clerk', headcount: 6 } });
    expect(origins).toEqual([LOCAL]);
    expect(changed).toEqual(['headcount']);
  });

  it('keeps both edits when two people change different fields of one role', () => {
    const net = new SimNetwork(2, seedChart());
    net.run(0, { type: 'updateRole', id: 'r2', changes: { title: 'Senior clerk' } });
    net.run(1, { type: 'updateRole', id: 'r2', changes: { person: 'Ada', headcount: 3 } });
    net.settle();
    for (const i of [0, 1]) {
      const r2 = net.chart(i).roles.find((role) => role.id === 'r2');
      expect(r2).toMatchObject({ title: 'Senior clerk', person: 'Ada', headcount: 3 });
    }
  });

  it('undoes the later of two concurrent moves that form a cycle, the same way on both', () => {
    const net = new SimNetwork(2, seedChart());
    // r1 and r2 are siblings of a sort: make them both report to r0 first, seen by both.
    net.run(0, { type: 'setManager', id: 'r2', managerId: 'r0' });
    net.settle();
    net.run(0, { type: 'setManager', id: 'r1', managerId: 'r2' }); // r1 under r2 on one screen
    net.run(1, { type: 'setManager', id: 'r2', managerId: 'r1' }); // r2 under r1 on the other
    net.settle();
    const [a, b] = [docToChart(net.peer(0).doc), docToChart(net.peer(1).doc)];
    expect(a).toEqual(b);
    // Both moves carry clock 2; the client tag breaks the tie, so peer 1's is the later, undone.
    expect(a.repairs).toEqual([
      { kind: 'cycle', role: 'r2', undone: 'r1', now: 'r0', cycle: ['r2', 'r1'] },
    ]);
    const managers = Object.fromEntries(a.chart.roles.map((r) => [r.id, r.reportsTo]));
    expect(managers).toEqual({ r0: null, r1: 'r2', r2: 'r0' });
  });

  it('moves a report made under a role deleted elsewhere to the deleted role’s manager', () => {
    const net = new SimNetwork(2, seedChart());
    net.run(0, { type: 'addRole', role: { id: 'x-c0-1', title: 'Analyst', reportsTo: 'r0' } });
    net.settle();
    net.run(0, { type: 'deleteRole', id: 'r1' });
    net.run(1, { type: 'setManager', id: 'x-c0-1', managerId: 'r1' });
    net.settle();
    const a = docToChart(net.peer(0).doc);
    expect(a).toEqual(docToChart(net.peer(1).doc));
    expect(a.chart.roles.find((r) => r.id === 'x-c0-1')?.reportsTo).toBe('r0');
    expect(a.repairs).toEqual([{ kind: 'dangling', role: 'x-c0-1', missing: 'r1', now: 'r0' }]);
  });

  it('reads a remote peer’s malformed fields as safe values', () => {
    const doc = new Y.Doc();
    chartToDoc(seedChart(), doc);
    const r2 = doc.getMap<Y.Map<unknown>>('roles').get('r2') as Y.Map<unknown>;
    r2.set('title', '   ');
    r2.set('headcount', -4);
    r2.set('manager', 'not an object');
    doc.getMap('links').set('junk', { from: 'r2', to: 'nowhere', order: 1 });
    const role = docToChart(doc).chart.roles.find((r) => r.id === 'r2');
    expect(role).toMatchObject({ title: 'Untitled role', headcount: 1, reportsTo: null });
    expect(role?.serves).toEqual(['c0']);
  });
});
