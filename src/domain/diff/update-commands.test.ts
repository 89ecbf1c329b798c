import { describe, expect, it } from 'vitest';
import { applyCommands } from '../commands/apply-command';
import { retailChart } from '../__fixtures__/command-fixtures';
import { planUpdate } from './update-commands';

describe('planUpdate', () => {
  it('applies joined, left, moved and retitled in one step, keeping the user’s service links', () => {
    const current = retailChart();
    const linked = current.roles.find((role) => role.serves.length > 0)!;
    // A newer export: no service links at all, one role renamed, one moved, one joined, one left.
    const incoming = structuredClone(current);
    for (const role of incoming.roles) role.serves = [];
    incoming.customers = [];
    const leaver = incoming.roles.find(
      (role) => !incoming.roles.some((r) => r.reportsTo === role.id) && role.id !== linked.id,
    )!;
    incoming.roles = incoming.roles.filter((role) => role.id !== leaver.id);
    const top = incoming.roles.find((role) => role.reportsTo === null)!;
    incoming.roles.push({
      id: 'joiner',
      title: 'New Analyst',
      headcount: 1,
      reportsTo: top.id,
      serves: [],
    });
    const mover = incoming.roles.find(
      (role) => role.reportsTo !== null && role.reportsTo !== top.id,
    )!;
    mover.reportsTo = top.id;
    mover.title = 'Renamed';

    const plan = planUpdate(current, incoming);
    expect(plan.diff.added.map((role) => role.id)).toEqual(['joiner']);
    expect(plan.diff.removed.map((role) => role.id)).toEqual([leaver.id]);
    expect(plan.diff.linksRemoved).toEqual([]);
    const result = applyCommands(current, plan.commands);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = result.chart;
    expect(after.roles.find((role) => role.id === mover.id)).toMatchObject({
      reportsTo: top.id,
      title: 'Renamed',
    });
    expect(after.roles.find((role) => role.id === 'joiner')!.reportsTo).toBe(top.id);
    expect(after.roles.some((role) => role.id === leaver.id)).toBe(false);
    expect(after.roles.find((role) => role.id === linked.id)!.serves).toEqual(linked.serves);
    expect(after.customers).toEqual(current.customers);
  });

  it('swaps a manager and its report without a cycle on the way', () => {
    const current = retailChart();
    const child = current.roles.find(
      (role) =>
        role.reportsTo !== null &&
        current.roles.find((r) => r.id === role.reportsTo)!.reportsTo !== null,
    )!;
    const parent = current.roles.find((role) => role.id === child.reportsTo)!;
    const incoming = structuredClone(current);
    const c = incoming.roles.find((role) => role.id === child.id)!;
    const p = incoming.roles.find((role) => role.id === parent.id)!;
    c.reportsTo = parent.reportsTo;
    p.reportsTo = child.id;
    const result = applyCommands(current, planUpdate(current, incoming).commands);
    expect(result.ok).toBe(true);
    expect(result.ok && result.chart.roles.find((role) => role.id === parent.id)!.reportsTo).toBe(
      child.id,
    );
  });
});
