import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyCommand, ChartError, type Command } from './apply-command';
import { expectOk, expectRefused, retailChart, roleIn } from '../__fixtures__/command-fixtures';

/** Applies `command` to a fresh retail chart and checks the input was left exactly as it was. */
function apply(command: Command) {
  const chart = retailChart();
  const before = structuredClone(chart);
  const result = applyCommand(chart, command);
  expect(chart).toEqual(before);
  return { chart, result };
}

describe('ChartError', () => {
  it('is an Error carrying a code and a copy of the ids', () => {
    const ids = ['a', 'b'];
    const error = new ChartError('cycle', 'Refused: loop.', ids);
    ids.push('c');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ChartError');
    expect(error.message).toBe('Refused: loop.');
    expect(error.ids).toEqual(['a', 'b']);
    expect(new ChartError('empty-title', 'x').ids).toEqual([]);
  });
});

describe('addRole', () => {
  it('appends the role with defaults: headcount 1, a top leader, serving nothing', () => {
    const { result } = apply({ type: 'addRole', role: { id: 'new', title: '  Buyer  ' } });
    const { chart } = expectOk(result);
    expect(chart.roles.at(-1)).toEqual({
      id: 'new',
      title: 'Buyer',
      headcount: 1,
      reportsTo: null,
      serves: [],
    });
    expect(chart.roles).toHaveLength(6);
  });

  it('keeps the given fields, trimmed, and drops a blank person', () => {
    const { result } = apply({
      type: 'addRole',
      role: {
        id: 'greeter',
        title: 'Greeter',
        person: '   ',
        team: ' Stores ',
        headcount: 4,
        reportsTo: 'sm',
        serves: ['shoppers', 'cashier'],
      },
    });
    const added = roleIn(expectOk(result).chart, 'greeter');
    expect(added).toEqual({
      id: 'greeter',
      title: 'Greeter',
      team: 'Stores',
      headcount: 4,
      reportsTo: 'sm',
      serves: ['shoppers', 'cashier'],
    });
    expect('person' in added).toBe(false);
  });

  it('refuses an id already used by a role or a customer', () => {
    for (const id of ['cashier', 'shoppers']) {
      const error = expectRefused(
        apply({ type: 'addRole', role: { id, title: 'X' } }).result,
        'duplicate-id',
      );
      expect(error.ids).toEqual([id]);
      expect(error.message).toContain(`"${id}"`);
    }
  });

  it('refuses a blank id and a blank title', () => {
    expectRefused(
      apply({ type: 'addRole', role: { id: ' ', title: 'X' } }).result,
      'invalid-field',
    );
    const error = expectRefused(
      apply({ type: 'addRole', role: { id: 'n', title: ' \t' } }).result,
      'empty-title',
    );
    expect(error.ids).toEqual(['n']);
  });

  it.each([0, -3, 1.5, Number.NaN, Infinity])('refuses headcount %s', (headcount) => {
    const error = expectRefused(
      apply({ type: 'addRole', role: { id: 'n', title: 'Picker', headcount } }).result,
      'invalid-headcount',
    );
    expect(error.message).toContain('"Picker"');
    expect(error.ids).toEqual(['n']);
  });

  it('refuses a manager that is unknown, a customer, or the role itself', () => {
    const unknown = apply({ type: 'addRole', role: { id: 'n', title: 'N', reportsTo: 'ghost' } });
    expect(expectRefused(unknown.result, 'unknown-id').ids).toEqual(['n', 'ghost']);
    const customer = apply({
      type: 'addRole',
      role: { id: 'n', title: 'N', reportsTo: 'shoppers' },
    });
    const error = expectRefused(customer.result, 'invalid-field');
    expect(error.ids).toEqual(['n', 'shoppers']);
    expect(error.message).toContain('"Shoppers"');
    const self = apply({ type: 'addRole', role: { id: 'n', title: 'N', reportsTo: 'n' } });
    expect(expectRefused(self.result, 'self-link').ids).toEqual(['n']);
  });

  it('refuses serves entries that are unknown, itself, or repeated', () => {
    const add = (serves: string[]) =>
      apply({ type: 'addRole', role: { id: 'n', title: 'N', serves } }).result;
    expect(expectRefused(add(['shoppers', 'ghost']), 'unknown-id').ids).toEqual(['n', 'ghost']);
    expect(expectRefused(add(['n']), 'self-link').ids).toEqual(['n']);
    expect(expectRefused(add(['ceo', 'ceo']), 'duplicate-link').ids).toEqual(['n', 'ceo']);
  });

  it('refuses a manager that would close a loop left in bad data', () => {
    // 'x' already (wrongly) reports to the not-yet-existing 'n'.
    const chart = retailChart();
    chart.roles.push({ id: 'x', title: 'X', headcount: 1, reportsTo: 'n', serves: [] });
    const result = applyCommand(chart, {
      type: 'addRole',
      role: { id: 'n', title: 'N', reportsTo: 'x' },
    });
    expect(expectRefused(result, 'cycle').ids).toEqual(['n', 'x']);
  });
});

describe('updateRole', () => {
  it('changes only the given fields, trimmed, and keeps extra fields', () => {
    const { chart, result } = apply({
      type: 'updateRole',
      id: 'it',
      changes: { title: ' Tech Support ', headcount: 5, team: ' IT ' },
    });
    const next = expectOk(result).chart;
    expect(roleIn(next, 'it')).toEqual({
      ...roleIn(chart, 'it'),
      title: 'Tech Support',
      headcount: 5,
      team: 'IT',
    });
    expect(roleIn(next, 'it').extra).toEqual({ hrisCode: 'IT-7', tags: ['remote'] });
    // Untouched roles are shared, not copied.
    expect(next.roles[0]).toBe(chart.roles[0]);
  });

  it('clears person or team when given undefined or blank text', () => {
    const cleared = expectOk(
      apply({ type: 'updateRole', id: 'ceo', changes: { person: undefined } }).result,
    ).chart;
    expect('person' in roleIn(cleared, 'ceo')).toBe(false);
    const blank = expectOk(apply({ type: 'updateRole', id: 'sm', changes: { team: '  ' } }).result);
    expect('team' in roleIn(blank.chart, 'sm')).toBe(false);
  });

  it('keeps a layout hint for the reports, and automatic clears it', () => {
    const stacked = expectOk(
      apply({ type: 'updateRole', id: 'sm', changes: { reportsLayout: 'stacked' } }).result,
    ).chart;
    expect(roleIn(stacked, 'sm').reportsLayout).toBe('stacked');
    const again = expectOk(
      applyCommand(stacked, { type: 'updateRole', id: 'sm', changes: { reportsLayout: 'auto' } }),
    ).chart;
    expect('reportsLayout' in roleIn(again, 'sm')).toBe(false);
    const changes = { reportsLayout: 'diagonal' } as unknown as { title: string };
    const bad = apply({ type: 'updateRole', id: 'sm', changes });
    expect(expectRefused(bad.result, 'invalid-field').message).toContain('"diagonal"');
  });

  it('changes nothing, with no patches, when given no changes', () => {
    const { chart, result } = apply({ type: 'updateRole', id: 'ea', changes: {} });
    const ok = expectOk(result);
    expect(ok.chart).toEqual(chart);
    expect(ok.patches).toEqual([]);
  });

  it('refuses a blank title and a bad headcount, naming the role', () => {
    const title = apply({ type: 'updateRole', id: 'cashier', changes: { title: '  ' } });
    expect(expectRefused(title.result, 'empty-title').message).toContain('"Cashier"');
    const headcount = apply({ type: 'updateRole', id: 'cashier', changes: { headcount: 0 } });
    expect(expectRefused(headcount.result, 'invalid-headcount').ids).toEqual(['cashier']);
  });

  it('refuses fields that have their own commands, unknown roles, and customers', () => {
    const changes = { reportsTo: null } as unknown as { title: string };
    const other = apply({ type: 'updateRole', id: 'cashier', changes });
    expect(expectRefused(other.result, 'invalid-field').message).toContain('"reportsTo"');
    const ghost = apply({ type: 'updateRole', id: 'ghost', changes: { title: 'X' } });
    expect(expectRefused(ghost.result, 'unknown-id').ids).toEqual(['ghost']);
    const customer = apply({ type: 'updateRole', id: 'shoppers', changes: { title: 'X' } });
    expectRefused(customer.result, 'invalid-field');
  });
});

describe('deleteRole', () => {
  it("moves the role's reports up to its manager and removes links to it", () => {
    const { chart, result } = apply({ type: 'deleteRole', id: 'cashier' });
    const next = expectOk(result).chart;
    expect(next.roles.map((role) => role.id)).toEqual(['ceo', 'sm', 'ea', 'it']);
    expect(roleIn(next, 'it').serves).toEqual([]);
    expect(roleIn(next, 'it').extra).toEqual(roleIn(chart, 'it').extra);

    const manager = expectOk(apply({ type: 'deleteRole', id: 'sm' }).result).chart;
    expect(roleIn(manager, 'cashier').reportsTo).toBe('ceo');
    expect(roleIn(manager, 'cashier').serves).toEqual(['shoppers']);
  });

  it('makes the reports of a top leader top leaders themselves', () => {
    const next = expectOk(apply({ type: 'deleteRole', id: 'ceo' }).result).chart;
    for (const id of ['sm', 'ea', 'it']) expect(roleIn(next, id).reportsTo).toBeNull();
    expect(roleIn(next, 'cashier').reportsTo).toBe('sm');
  });

  it('can be undone with its inverse patches', () => {
    const { chart, result } = apply({ type: 'deleteRole', id: 'sm' });
    const ok = expectOk(result);
    expect(applyPatches(ok.chart, ok.inversePatches)).toEqual(chart);
    expect(applyPatches(chart, ok.patches)).toEqual(ok.chart);
  });

  it('refuses an unknown id and a customer id', () => {
    expect(expectRefused(apply({ type: 'deleteRole', id: 'x' }).result, 'unknown-id').ids).toEqual([
      'x',
    ]);
    expectRefused(apply({ type: 'deleteRole', id: 'online' }).result, 'invalid-field');
  });
});

describe('customers', () => {
  it('adds a customer with a trimmed name', () => {
    const next = expectOk(
      apply({ type: 'addCustomer', customer: { id: 'b2b', name: ' Trade ' } }).result,
    ).chart;
    expect(next.customers.at(-1)).toEqual({ id: 'b2b', name: 'Trade' });
  });

  it('refuses a used id and a blank name', () => {
    const used = apply({ type: 'addCustomer', customer: { id: 'ceo', name: 'X' } });
    expect(expectRefused(used.result, 'duplicate-id').message).toContain('"CEO"');
    expectRefused(
      apply({ type: 'addCustomer', customer: { id: 'c', name: '' } }).result,
      'empty-title',
    );
  });

  it('renames a customer and keeps its extra fields', () => {
    const next = expectOk(
      apply({ type: 'updateCustomer', id: 'online', changes: { name: ' Web shoppers ' } }).result,
    ).chart;
    expect(next.customers[1]).toEqual({
      id: 'online',
      name: 'Web shoppers',
      extra: { segment: 'web' },
    });
  });

  it('refuses a blank name, an unknown field, an unknown customer and a role', () => {
    expectRefused(
      apply({ type: 'updateCustomer', id: 'online', changes: { name: ' ' } }).result,
      'empty-title',
    );
    const changes = { id: 'x' } as unknown as { name: string };
    expectRefused(apply({ type: 'updateCustomer', id: 'online', changes }).result, 'invalid-field');
    expectRefused(
      apply({ type: 'updateCustomer', id: 'x', changes: { name: 'X' } }).result,
      'unknown-id',
    );
    expectRefused(
      apply({ type: 'updateCustomer', id: 'ceo', changes: { name: 'X' } }).result,
      'invalid-field',
    );
  });

  it('deletes a customer and every service link to it', () => {
    const next = expectOk(apply({ type: 'deleteCustomer', id: 'shoppers' }).result).chart;
    expect(next.customers.map((customer) => customer.id)).toEqual(['online']);
    expect(roleIn(next, 'cashier').serves).toEqual([]);
    expect(next.roles).toHaveLength(5);
  });

  it('refuses to delete an unknown customer or a role', () => {
    expectRefused(apply({ type: 'deleteCustomer', id: 'nope' }).result, 'unknown-id');
    expectRefused(apply({ type: 'deleteCustomer', id: 'cashier' }).result, 'invalid-field');
  });
});
