import { describe, expect, it } from 'vitest';
import type { Chart } from '../chart';
import { applyCommand, type Command } from './apply-command';
import { expectOk, expectRefused, retailChart, roleIn } from '../__fixtures__/command-fixtures';

function apply(command: Command, chart: Chart = retailChart()) {
  const before = structuredClone(chart);
  const result = applyCommand(chart, command);
  expect(chart).toEqual(before);
  return result;
}

describe('setManager', () => {
  it('moves a role under another manager, or makes it a top leader', () => {
    const moved = expectOk(apply({ type: 'setManager', id: 'ea', managerId: 'sm' }));
    expect(roleIn(moved.chart, 'ea').reportsTo).toBe('sm');
    expect(moved.patches).toEqual([
      { op: 'replace', path: ['roles', 3, 'reportsTo'], value: 'sm' },
    ]);
    const top = expectOk(apply({ type: 'setManager', id: 'sm', managerId: null }));
    expect(roleIn(top.chart, 'sm').reportsTo).toBeNull();
  });

  it('refuses a role under its own report, naming the cycle in order', () => {
    const error = expectRefused(
      apply({ type: 'setManager', id: 'sm', managerId: 'cashier' }),
      'cycle',
    );
    expect(error.message).toBe(
      'Refused: "Store Manager" cannot report to "Cashier" — that would make a reporting cycle: Store Manager → Cashier → Store Manager.',
    );
    expect(error.ids).toEqual(['sm', 'cashier']);
  });

  it('lists every role of a longer cycle, from the moved role along the chain', () => {
    const error = expectRefused(
      apply({ type: 'setManager', id: 'ceo', managerId: 'cashier' }),
      'cycle',
    );
    expect(error.ids).toEqual(['ceo', 'cashier', 'sm']);
    expect(error.message).toContain('CEO → Cashier → Store Manager → CEO');
  });

  it('refuses self, unknown ids, a customer as manager, and a customer as subject', () => {
    expect(
      expectRefused(apply({ type: 'setManager', id: 'sm', managerId: 'sm' }), 'self-link').ids,
    ).toEqual(['sm']);
    expect(
      expectRefused(apply({ type: 'setManager', id: 'sm', managerId: 'ghost' }), 'unknown-id').ids,
    ).toEqual(['sm', 'ghost']);
    expect(
      expectRefused(apply({ type: 'setManager', id: 'ghost', managerId: 'sm' }), 'unknown-id').ids,
    ).toEqual(['ghost']);
    const customer = expectRefused(
      apply({ type: 'setManager', id: 'cashier', managerId: 'shoppers' }),
      'invalid-field',
    );
    expect(customer.message).toContain('"Shoppers"');
    expect(customer.ids).toEqual(['cashier', 'shoppers']);
    expectRefused(apply({ type: 'setManager', id: 'shoppers', managerId: 'ceo' }), 'invalid-field');
  });

  it('stops on a loop already in bad data instead of walking forever', () => {
    const chart = retailChart();
    chart.roles.push(
      { id: 'a', title: 'A', headcount: 1, reportsTo: 'b', serves: [] },
      { id: 'b', title: 'B', headcount: 1, reportsTo: 'a', serves: [] },
    );
    const ok = expectOk(apply({ type: 'setManager', id: 'ea', managerId: 'a' }, chart));
    expect(roleIn(ok.chart, 'ea').reportsTo).toBe('a');
  });

  it('records nothing when the manager does not change', () => {
    const chart = retailChart();
    const ok = expectOk(apply({ type: 'setManager', id: 'cashier', managerId: 'sm' }, chart));
    expect(ok.patches).toEqual([]);
    expect(ok.chart).toEqual(chart);
  });
});

describe('addServiceLink', () => {
  it('links a role to a customer or to another role', () => {
    const toCustomer = expectOk(apply({ type: 'addServiceLink', from: 'sm', to: 'shoppers' }));
    expect(roleIn(toCustomer.chart, 'sm').serves).toEqual(['shoppers']);
    // An assistant serving the CEO is a legitimate role-to-role link.
    const toRole = expectOk(apply({ type: 'addServiceLink', from: 'ea', to: 'ceo' }));
    expect(roleIn(toRole.chart, 'ea').serves).toEqual(['ceo']);
    const appended = expectOk(apply({ type: 'addServiceLink', from: 'it', to: 'sm' }));
    expect(roleIn(appended.chart, 'it').serves).toEqual(['cashier', 'sm']);
  });

  it('refuses unknown ids, a customer as the start, a self-link and a duplicate', () => {
    expect(
      expectRefused(apply({ type: 'addServiceLink', from: 'x', to: 'ceo' }), 'unknown-id').ids,
    ).toEqual(['x']);
    expect(
      expectRefused(apply({ type: 'addServiceLink', from: 'ea', to: 'x' }), 'unknown-id').ids,
    ).toEqual(['ea', 'x']);
    expectRefused(apply({ type: 'addServiceLink', from: 'shoppers', to: 'ceo' }), 'invalid-field');
    const self = expectRefused(
      apply({ type: 'addServiceLink', from: 'ea', to: 'ea' }),
      'self-link',
    );
    expect(self.message).toContain('"Executive Assistant"');
    const duplicate = expectRefused(
      apply({ type: 'addServiceLink', from: 'cashier', to: 'shoppers' }),
      'duplicate-link',
    );
    expect(duplicate.ids).toEqual(['cashier', 'shoppers']);
    expect(duplicate.message).toContain('"Cashier" already serves "Shoppers"');
  });
});

describe('removeServiceLink', () => {
  it('removes just that link', () => {
    const chart = retailChart();
    roleIn(chart, 'it').serves.push('sm', 'online');
    const ok = expectOk(apply({ type: 'removeServiceLink', from: 'it', to: 'sm' }, chart));
    expect(roleIn(ok.chart, 'it').serves).toEqual(['cashier', 'online']);
  });

  it('refuses a link that is not there, and an unknown role', () => {
    const missing = expectRefused(
      apply({ type: 'removeServiceLink', from: 'ea', to: 'ceo' }),
      'unknown-id',
    );
    expect(missing.ids).toEqual(['ea', 'ceo']);
    expect(missing.message).toContain('"Executive Assistant" has no service link to "CEO"');
    expectRefused(apply({ type: 'removeServiceLink', from: 'x', to: 'ceo' }), 'unknown-id');
  });
});

describe('renameChart and updateSettings', () => {
  it('renames the chart, trimmed, and refuses a blank name', () => {
    expect(expectOk(apply({ type: 'renameChart', name: ' Q3 plan ' })).chart.name).toBe('Q3 plan');
    expectRefused(apply({ type: 'renameChart', name: '   ' }), 'empty-title');
  });

  it('changes the given settings and keeps the others', () => {
    const ok = expectOk(apply({ type: 'updateSettings', changes: { spanThreshold: 7 } }));
    expect(ok.chart.settings).toEqual({ farThreshold: 3, spanThreshold: 7 });
    expect(ok.chart.extra).toEqual({ exportedBy: 'BambooHR' });
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a threshold of %s', (farThreshold) => {
    const error = expectRefused(
      apply({ type: 'updateSettings', changes: { farThreshold } }),
      'invalid-field',
    );
    expect(error.message).toContain('far-from-customer threshold');
  });

  it('refuses a setting that does not exist or a value that is not a number', () => {
    const unknown = { colour: 3 } as unknown as { farThreshold: number };
    expectRefused(apply({ type: 'updateSettings', changes: unknown }), 'invalid-field');
    const text = { spanThreshold: '4' } as unknown as { spanThreshold: number };
    expectRefused(apply({ type: 'updateSettings', changes: text }), 'invalid-field');
  });
});

describe('commands from outside TypeScript', () => {
  it('refuses an unknown command type and malformed fields instead of throwing', () => {
    const bogus = { type: 'teleport' } as unknown as Command;
    expect(expectRefused(apply(bogus), 'invalid-field').message).toContain('"teleport"');
    const noRole = { type: 'addRole', role: null } as unknown as Command;
    expectRefused(apply(noRole), 'invalid-field');
    const numberTitle = { type: 'addRole', role: { id: 'n', title: 7 } } as unknown as Command;
    expectRefused(apply(numberTitle), 'empty-title');
    const badServes = { type: 'addRole', role: { id: 'n', title: 'N', serves: 'ceo' } };
    expectRefused(apply(badServes as unknown as Command), 'invalid-field');
  });
});
