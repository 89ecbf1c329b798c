import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { emptyChart, type Chart, type Role } from '../chart';
import { applyCommand, applyCommands, describeCommand, newId, type Command } from './apply-command';
import { expectOk, expectRefused, retailChart, roleIn } from '../__fixtures__/command-fixtures';
import { validateChart } from '../validate';

describe('applyCommands', () => {
  it('checks each command against the chart the previous ones left', () => {
    const chart = retailChart();
    const ok = expectOk(
      applyCommands(chart, [
        { type: 'addRole', role: { id: 'lead', title: 'Shift Lead' } },
        { type: 'setManager', id: 'lead', managerId: 'sm' },
        { type: 'setManager', id: 'cashier', managerId: 'lead' },
      ]),
    );
    expect(roleIn(ok.chart, 'cashier').reportsTo).toBe('lead');
    expect(roleIn(ok.chart, 'lead').reportsTo).toBe('sm');
    expect(applyPatches(chart, ok.patches)).toEqual(ok.chart);
    expect(applyPatches(ok.chart, ok.inversePatches)).toEqual(chart);
  });

  it('is all or nothing: one refusal returns that error and changes nothing', () => {
    const chart = retailChart();
    const before = structuredClone(chart);
    const result = applyCommands(chart, [
      { type: 'renameChart', name: 'Changed' },
      { type: 'setManager', id: 'ceo', managerId: 'ea' },
      { type: 'deleteRole', id: 'it' },
    ]);
    expect(expectRefused(result, 'cycle').ids).toEqual(['ceo', 'ea']);
    expect(chart).toEqual(before);
  });

  it('accepts an empty list as no change', () => {
    const chart = retailChart();
    const ok = expectOk(applyCommands(chart, []));
    expect(ok.chart).toBe(chart);
    expect(ok.patches).toEqual([]);
    expect(ok.inversePatches).toEqual([]);
  });
});

describe('describeCommand', () => {
  const chart = retailChart();
  const cases: [Command, string][] = [
    [{ type: 'addRole', role: { id: 'n', title: ' Buyer ' } }, 'Add role Buyer'],
    [{ type: 'updateRole', id: 'cashier', changes: { title: 'Till' } }, 'Rename Cashier to Till'],
    [{ type: 'updateRole', id: 'cashier', changes: { headcount: 3 } }, 'Edit Cashier'],
    [{ type: 'deleteRole', id: 'ea' }, 'Delete Executive Assistant'],
    [{ type: 'addCustomer', customer: { id: 'b', name: 'Trade' } }, 'Add customer Trade'],
    [
      { type: 'updateCustomer', id: 'online', changes: { name: 'Web' } },
      'Rename Online buyers to Web',
    ],
    [{ type: 'deleteCustomer', id: 'shoppers' }, 'Delete Shoppers'],
    [{ type: 'setManager', id: 'cashier', managerId: 'sm' }, 'Move Cashier under Store Manager'],
    [{ type: 'setManager', id: 'sm', managerId: null }, 'Make Store Manager a top leader'],
    [{ type: 'addServiceLink', from: 'ea', to: 'ceo' }, 'Link Executive Assistant to CEO'],
    [
      { type: 'removeServiceLink', from: 'cashier', to: 'shoppers' },
      'Unlink Cashier from Shoppers',
    ],
    [{ type: 'renameChart', name: 'Plan B' }, 'Rename chart to Plan B'],
    [{ type: 'updateSettings', changes: { farThreshold: 4 } }, 'Change settings'],
  ];
  it.each(cases)('labels %j as %s', (command, label) => {
    expect(describeCommand(chart, command)).toBe(label);
  });

  it('falls back to the id for something not in the chart', () => {
    expect(describeCommand(chart, { type: 'deleteRole', id: 'ghost' })).toBe('Delete ghost');
  });
});

describe('newId', () => {
  it('gives one more than the highest number used with the prefix', () => {
    const chart = emptyChart();
    expect(newId(chart, 'role')).toBe('role-1');
    for (const id of ['role-1', 'role-6', 'role-3', 'role-x', 'roles-40', 'team-9']) {
      chart.roles.push({ id, title: id, headcount: 1, reportsTo: null, serves: [] });
    }
    expect(newId(chart, 'role')).toBe('role-7');
  });

  it('counts customers too, and never returns an id in use', () => {
    const chart = retailChart();
    chart.customers.push({ id: 'customer-2', name: 'B' });
    expect(newId(chart, 'customer')).toBe('customer-3');
    const id = newId(chart, 'ceo');
    expect(chart.roles.some((role) => role.id === id)).toBe(false);
  });
});

/** A 10,000-role chart: a tree ten wide, with front-line roles serving one customer. */
function bigChart(size: number): Chart {
  const roles: Role[] = [];
  for (let i = 0; i < size; i += 1) {
    roles.push({
      id: `r${i}`,
      title: `Role ${i}`,
      headcount: 1,
      reportsTo: i === 0 ? null : `r${Math.floor((i - 1) / 10)}`,
      serves: i > size / 10 ? ['c'] : [],
    });
  }
  return { ...emptyChart('Big'), customers: [{ id: 'c', name: 'Customers' }], roles };
}

// Speed is measured by `npm run bench`, never asserted here (timed tests flake on shared machines).
describe('a 10,000-role chart', () => {
  it('takes every kind of command and stays valid', () => {
    let chart = bigChart(10_000);
    const commands: Command[] = [
      { type: 'setManager', id: 'r9999', managerId: 'r5000' },
      { type: 'addRole', role: { id: 'x', title: 'X', reportsTo: 'r9999', serves: ['c'] } },
      { type: 'addServiceLink', from: 'r1', to: 'r9000' },
      { type: 'updateRole', id: 'r4321', changes: { title: 'Renamed', headcount: 4 } },
      { type: 'deleteRole', id: 'r50' },
      { type: 'removeServiceLink', from: 'r1', to: 'r9000' },
      { type: 'deleteCustomer', id: 'c' },
    ];
    for (const command of commands) chart = expectOk(applyCommand(chart, command)).chart;
    expect(chart.roles).toHaveLength(10_000);
    expect(chart.roles.find((role) => role.id === 'r9999')?.reportsTo).toBe('r5000');
    expect(chart.roles.some((role) => role.serves.includes('c'))).toBe(false);
    expect(validateChart(chart)).toEqual([]);
  });
});

describe('cycle check on a 10,000-deep chain of managers', () => {
  it('walks the chain once and names every role on the cycle', () => {
    const roles: Role[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `r${i}`,
      title: `Role ${i}`,
      headcount: 1,
      reportsTo: i === 0 ? null : `r${i - 1}`,
      serves: [],
    }));
    const chart = { ...emptyChart(), roles };
    const error = expectRefused(
      applyCommand(chart, { type: 'setManager', id: 'r0', managerId: 'r9999' }),
      'cycle',
    );
    expect(error.ids).toHaveLength(10_000);
    expect(error.ids.slice(0, 3)).toEqual(['r0', 'r9999', 'r9998']);
    expect(error.ids.at(-1)).toBe('r1');
  });
});
