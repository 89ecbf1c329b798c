/** Properties of the commands over random command sequences and random valid charts. */
import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../chart';
import { applyCommand, applyCommands, ChartError, type Command } from './apply-command';
import { command, seedChart, validChart } from '../__fixtures__/chart-arbitraries';
import { validateChart } from '../validate';

/** Every id a command mentions. */
function idsOf(c: Command): string[] {
  switch (c.type) {
    case 'addRole':
      return [c.role.id, c.role.reportsTo ?? '', ...(c.role.serves ?? [])].filter(Boolean);
    case 'addCustomer':
      return [c.customer.id];
    case 'setManager':
      return c.managerId === null ? [c.id] : [c.id, c.managerId];
    case 'addServiceLink':
    case 'removeServiceLink':
      return [c.from, c.to];
    case 'renameChart':
    case 'updateSettings':
    case 'dismissChartNote':
    case 'setTeachCaption':
      return [];
    default:
      return [c.id];
  }
}

/** The words a message may use for an id: the id, its title or name, or a new role's title. */
function namesFor(chart: Chart, c: Command, id: string): string[] {
  const role = chart.roles.find((r) => r.id === id);
  const customer = chart.customers.find((r) => r.id === id);
  const names = [id, role?.title ?? '', customer?.name ?? ''];
  if (c.type === 'addRole' && c.role.id === id) names.push(c.role.title.trim());
  return names.filter(Boolean);
}

/** Checks a refusal: the chart is as it was, and the error names what is involved. */
function checkRefusal(before: Chart, snapshot: Chart, c: Command, error: ChartError): void {
  expect(before).toEqual(snapshot);
  expect(error).toBeInstanceOf(ChartError);
  expect(error.message).toMatch(/^Refused: /);
  // A refusal about ids names them: only chart-wide commands may refuse with none.
  if (idsOf(c).length > 0) expect(error.ids.length).toBeGreaterThan(0);
  const known = new Set([...before.roles, ...before.customers].map((node) => node.id));
  for (const id of error.ids) {
    expect(idsOf(c).includes(id) || known.has(id)).toBe(true);
    expect(namesFor(before, c, id).some((name) => error.message.includes(name))).toBe(true);
  }
  if (error.code === 'cycle' && c.type === 'setManager') {
    // The cycle is the new line id -> managerId, then managers back round to id.
    expect(error.ids.slice(0, 2)).toEqual([c.id, c.managerId]);
    error.ids.slice(1).forEach((id, k) => {
      const next = error.ids[k + 2] ?? c.id;
      expect(before.roles.find((r) => r.id === id)?.reportsTo).toBe(next);
    });
  }
}

describe('commands, over random sequences', () => {
  it('keep every chart valid, refuse without change, and invert exactly', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 10, maxLength: 40 }), (commands) => {
        let chart = seedChart();
        for (const c of commands) {
          const snapshot = structuredClone(chart);
          const result = applyCommand(chart, c);
          if (!result.ok) {
            checkRefusal(chart, snapshot, c, result.error);
            continue;
          }
          expect(validateChart(result.chart)).toEqual([]);
          expect(chart).toEqual(snapshot);
          expect(applyPatches(chart, result.patches)).toEqual(result.chart);
          expect(applyPatches(result.chart, result.inversePatches)).toEqual(chart);
          chart = result.chart;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('apply as one batch exactly as one by one, and all or nothing', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 10, maxLength: 30 }), (commands) => {
        const start = seedChart();
        let chart = start;
        const accepted: Command[] = [];
        let refusal: { prefix: Command[]; command: Command; error: ChartError } | undefined;
        for (const c of commands) {
          const result = applyCommand(chart, c);
          if (result.ok) {
            chart = result.chart;
            accepted.push(c);
          } else {
            refusal ??= { prefix: [...accepted], command: c, error: result.error };
          }
        }
        const batch = applyCommands(start, accepted);
        if (!batch.ok) return expect.fail(batch.error.message);
        expect(batch.chart).toEqual(chart);
        expect(applyPatches(start, batch.patches)).toEqual(chart);
        expect(applyPatches(batch.chart, batch.inversePatches)).toEqual(start);

        if (!refusal) return;
        const snapshot = structuredClone(start);
        const mixed = applyCommands(start, [...refusal.prefix, refusal.command, ...accepted]);
        if (mixed.ok) return expect.fail('a batch holding a refused command was accepted');
        expect(mixed.error.message).toBe(refusal.error.message);
        expect(start).toEqual(snapshot);
      }),
    );
  });
});

/** Whether `ancestor` is on the manager chain above `id` (the chart is acyclic). */
function isAbove(chart: Chart, ancestor: string, id: string): boolean {
  const byId = new Map(chart.roles.map((role) => [role.id, role]));
  for (
    let at = byId.get(id)?.reportsTo ?? null;
    at !== null;
    at = byId.get(at)?.reportsTo ?? null
  ) {
    if (at === ancestor) return true;
  }
  return false;
}

describe('commands, on random valid charts', () => {
  it('the fixture charts are valid', () => {
    fc.assert(
      fc.property(validChart, (chart) => {
        expect(validateChart(chart)).toEqual([]);
      }),
    );
  });

  it('setManager refuses exactly the moves that would make a cycle', () => {
    fc.assert(
      fc.property(validChart, fc.nat(), fc.nat(), (chart, a, b) => {
        const id = `r${a % chart.roles.length}`;
        const managerId = `r${b % chart.roles.length}`;
        const result = applyCommand(chart, { type: 'setManager', id, managerId });
        if (id === managerId) {
          expect(result.ok ? 'ok' : result.error.code).toBe('self-link');
        } else if (isAbove(chart, id, managerId)) {
          expect(result.ok ? 'ok' : result.error.code).toBe('cycle');
        } else {
          expect(result.ok).toBe(true);
        }
      }),
    );
  });

  it('deleteRole keeps every other role, moves its reports up and drops links to it', () => {
    fc.assert(
      fc.property(validChart, fc.nat(), (chart, n) => {
        const doomed = chart.roles[n % chart.roles.length];
        if (!doomed) return;
        const result = applyCommand(chart, { type: 'deleteRole', id: doomed.id });
        if (!result.ok) return expect.fail(result.error.message);
        const rest = chart.roles.filter((role) => role !== doomed);
        expect(result.chart.roles.map((role) => role.id)).toEqual(rest.map((role) => role.id));
        rest.forEach((before, k) => {
          const after = result.chart.roles[k];
          const manager = before.reportsTo === doomed.id ? doomed.reportsTo : before.reportsTo;
          expect(after?.reportsTo).toBe(manager);
          expect(after?.serves).toEqual(before.serves.filter((to) => to !== doomed.id));
          expect(after?.title).toBe(before.title);
        });
        expect(validateChart(result.chart)).toEqual([]);
      }),
    );
  });
});
