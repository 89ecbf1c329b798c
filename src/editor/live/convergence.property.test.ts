/**
 * The randomised convergence test: N simulated peers apply random commands
 * (adds, edits, concurrent moves, deletes, links) with random delivery order,
 * duplication and offline periods. Afterwards every document reads the same
 * chart, the chart is valid (no cycle, no dangling manager, no link to
 * nothing), and every edit survives unless another edit of the same field,
 * a delete, or a repair the users are told of replaced it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyChart, type Chart, type Role } from '../../domain/chart';
import type { Command } from '../../domain/commands/apply-command';
import { validateChart } from '../../domain/validate';
import { docToChart } from './doc-to-chart';
import { SimNetwork } from './__fixtures__/sim-network';

const PEERS = 3;
type Field = 'title' | 'person' | 'headcount' | 'reportsTo';

type Action =
  | { kind: 'edit'; peer: number; op: number; a: number; b: number }
  | { kind: 'deliver'; peer: number; pick: number; keep: boolean }
  | { kind: 'online'; peer: number; online: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      peer: fc.nat(PEERS - 1),
      // Moves weigh the most, so concurrent moves that form cycles are common.
      op: fc.oneof(fc.nat(9), fc.constant(3), fc.constant(3)),
      a: fc.nat(50),
      b: fc.nat(50),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      peer: fc.nat(PEERS - 1),
      pick: fc.nat(100),
      keep: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('online' as const),
      peer: fc.nat(PEERS - 1),
      online: fc.boolean(),
    }),
  },
);

/** A leader with five direct reports: flat, so two peers can move any two of them under each other. */
function flatChart(): Chart {
  const chart = emptyChart('Planning');
  chart.customers.push({ id: 'c0', name: 'Shoppers' });
  chart.roles.push({ id: 'r0', title: 'Leader', headcount: 1, reportsTo: null, serves: [] });
  for (let i = 1; i <= 5; i += 1) {
    chart.roles.push({
      id: `r${i}`,
      title: `Head ${i}`,
      headcount: 1,
      reportsTo: 'r0',
      serves: [],
    });
  }
  return chart;
}

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

/** A command peer `i` could make on what it sees, from two random numbers. */
function commandFor(net: SimNetwork, i: number, step: number, op: number, a: number, b: number) {
  const chart = net.chart(i);
  const role = pick(chart.roles, a);
  const customer = pick(chart.customers, b);
  const tag = `${net.peer(i).tag}-${step}`;
  // Moves among a few roles, so peers often move two of them under each other at once.
  const mover = pick(chart.roles.slice(1, 4), a);
  const under = pick(chart.roles.slice(1, 4), b);
  const list: (Command | null)[] = [
    {
      type: 'addRole',
      role: { id: net.newId(i, 'role'), title: `T ${tag}`, reportsTo: role?.id ?? null },
    },
    role ? { type: 'updateRole', id: role.id, changes: { title: `T ${tag}` } } : null,
    role
      ? { type: 'updateRole', id: role.id, changes: { person: `P ${tag}`, headcount: step + 1 } }
      : null,
    mover && under ? { type: 'setManager', id: mover.id, managerId: under.id } : null,
    role ? { type: 'setManager', id: role.id, managerId: null } : null,
    role && chart.roles.length > 2 ? { type: 'deleteRole', id: role.id } : null,
    role && customer ? { type: 'addServiceLink', from: role.id, to: customer.id } : null,
    role && role.serves[0]
      ? { type: 'removeServiceLink', from: role.id, to: role.serves[0] }
      : null,
    { type: 'addCustomer', customer: { id: net.newId(i, 'customer'), name: `C ${tag}` } },
    customer ? { type: 'updateCustomer', id: customer.id, changes: { name: `C ${tag}` } } : null,
  ];
  return list[op] ?? null;
}

/** Who wrote which value into which field of which role, from the charts around each command. */
class WriteLog {
  readonly writes = new Map<string, { peer: number; value: unknown }[]>();
  readonly deleted = new Set<string>();
  readonly linksAdded = new Map<string, number[]>();
  readonly linksRemoved = new Set<string>();

  record(peer: number, before: Chart, after: Chart) {
    const old = new Map(before.roles.map((r) => [r.id, r]));
    const kept = new Set(after.roles.map((r) => r.id));
    for (const role of before.roles) if (!kept.has(role.id)) this.deleted.add(role.id);
    for (const role of after.roles) {
      const was = old.get(role.id);
      for (const field of ['title', 'person', 'headcount', 'reportsTo'] as Field[]) {
        if (!was || was[field] !== role[field]) this.write(peer, role.id, field, role[field]);
      }
      const had = new Set(was?.serves ?? []);
      for (const to of role.serves) {
        if (!had.has(to)) this.linkAdded(peer, `${role.id} ${to}`);
      }
      for (const to of was?.serves ?? []) {
        if (!role.serves.includes(to)) this.linksRemoved.add(`${role.id} ${to}`);
      }
    }
  }

  private write(peer: number, id: string, field: Field, value: unknown) {
    const key = `${id} ${field}`;
    const list = this.writes.get(key) ?? [];
    list.push({ peer, value });
    this.writes.set(key, list);
  }

  private linkAdded(peer: number, key: string) {
    this.linksAdded.set(key, [...(this.linksAdded.get(key) ?? []), peer]);
  }
}

describe('live rooms converge', () => {
  const stats = { runs: 0, cycles: 0 };

  it('leaves every peer with the same valid chart, keeping every edit nothing replaced', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 20, maxLength: 80 }), (actions) => {
        const net = new SimNetwork(PEERS, flatChart());
        const log = new WriteLog();
        let cycled = false;
        actions.forEach((act, step) => {
          if (act.kind === 'deliver') {
            net.deliver(act.peer, act.pick, act.keep);
            const seen = docToChart(net.peer(act.peer).doc).repairs;
            if (seen.some((r) => r.kind === 'cycle')) cycled = true;
          } else if (act.kind === 'online') net.setOnline(act.peer, act.online);
          else {
            const command = commandFor(net, act.peer, step, act.op, act.a, act.b);
            const done = command && net.run(act.peer, command);
            if (done) log.record(act.peer, done.before, done.after);
          }
        });
        net.settle();
        stats.runs += 1;

        const results = net.peers.map((peer) => docToChart(peer.doc));
        for (const result of results) expect(result).toEqual(results[0]);
        const { chart, repairs } = results[0] as (typeof results)[number];
        expect(validateChart(chart).map((e) => e.message)).toEqual([]);

        const repaired = new Set(repairs.map((r) => r.role));
        if (cycled || repairs.some((r) => r.kind === 'cycle')) stats.cycles += 1;
        const roles = new Map<string, Role>(chart.roles.map((r) => [r.id, r]));
        for (const id of log.deleted) expect(roles.has(id)).toBe(false);
        for (const [key, writes] of log.writes) {
          const [id, field] = key.split(' ') as [string, Field];
          const role = roles.get(id);
          if (!role) continue;
          if (field === 'reportsTo' && repaired.has(id)) continue;
          const writers = new Set(writes.map((w) => w.peer));
          // One writer: its last write stands. Several: one of theirs does (last writer wins).
          if (writers.size === 1) expect(role[field]).toEqual(writes[writes.length - 1]?.value);
          else expect(writes.map((w) => w.value)).toContainEqual(role[field]);
        }
        for (const [key] of log.linksAdded) {
          if (log.linksRemoved.has(key)) continue;
          const [from, to] = key.split(' ') as [string, string];
          const alive = roles.has(to) || chart.customers.some((c) => c.id === to);
          if (roles.has(from) && alive) expect(roles.get(from)?.serves).toContain(to);
        }
      }),
      { numRuns: 100 },
    );
    // The test is only worth its name if merges really formed cycles to repair (on the way).
    expect(stats.cycles).toBeGreaterThan(stats.runs / 10);
  });
});
