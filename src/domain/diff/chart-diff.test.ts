import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../chart';
import { validChart } from '../__fixtures__/chart-arbitraries';
import { retailChart } from '../__fixtures__/command-fixtures';
import { diffCharts, isEmptyDiff } from './chart-diff';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id).sort();
const linkKeys = (list: readonly { from: string; to: string }[]) =>
  list.map((link) => `${link.from}→${link.to}`).sort();

describe('diffCharts', () => {
  it('is empty for a chart and itself (property)', () => {
    fc.assert(fc.property(validChart, (chart) => isEmptyDiff(diffCharts(chart, chart))));
  });

  it('is empty for a chart and a deep copy of it', () => {
    const chart = retailChart();
    expect(isEmptyDiff(diffCharts(chart, structuredClone(chart)))).toBe(true);
  });

  it('reads the other way round as its mirror image (property)', () => {
    fc.assert(
      fc.property(validChart, validChart, (a, b) => {
        const ab = diffCharts(a, b);
        const ba = diffCharts(b, a);
        expect(ids(ab.added)).toEqual(ids(ba.removed));
        expect(ids(ab.removed)).toEqual(ids(ba.added));
        expect(ids(ab.changed)).toEqual(ids(ba.changed));
        expect(linkKeys(ab.linksAdded)).toEqual(linkKeys(ba.linksRemoved));
        expect(ids(ab.customersAdded)).toEqual(ids(ba.customersRemoved));
      }),
    );
  });

  it('names exactly the roles in both charts whose tracked fields differ (property)', () => {
    const tracked = (chart: Chart, id: string) => {
      const role = chart.roles.find((r) => r.id === id)!;
      return JSON.stringify([role.title, role.reportsTo, role.team, role.person, role.headcount]);
    };
    fc.assert(
      fc.property(validChart, validChart, (a, b) => {
        const inA = new Set(a.roles.map((role) => role.id));
        const expected = b.roles
          .filter((role) => inA.has(role.id) && tracked(a, role.id) !== tracked(b, role.id))
          .map((role) => role.id);
        expect(diffCharts(a, b).changed.map((change) => change.id)).toEqual(expected);
      }),
    );
  });

  it('lists joined, left, moved, retitled and team changes with before and after', () => {
    const before = retailChart();
    const after = structuredClone(before);
    const [first, second, third] = after.roles;
    first!.title = `${first!.title} (acting)`;
    second!.team = 'Elsewhere';
    after.roles.splice(2, 1);
    after.roles.push({
      id: 'new',
      title: 'New hire',
      headcount: 1,
      reportsTo: first!.id,
      serves: [],
    });
    const diff = diffCharts(before, after);
    expect(ids(diff.removed)).toEqual([third!.id]);
    expect(ids(diff.added)).toEqual(['new']);
    expect(diff.changed.find((c) => c.id === first!.id)!.title).toEqual({
      before: before.roles[0]!.title,
      after: `${before.roles[0]!.title} (acting)`,
    });
    expect(diff.changed.find((c) => c.id === second!.id)!.team!.after).toBe('Elsewhere');
  });

  it('reads service links as a set: a reordered list is no change, a repeated id one link', () => {
    const before = retailChart();
    const after = structuredClone(before);
    const role = after.roles.find((each) => each.serves.length > 0)!;
    const customer = after.customers.find((each) => !role.serves.includes(each.id))!;
    role.serves.reverse();
    expect(isEmptyDiff(diffCharts(before, after))).toBe(true);
    expect(customer).toBeDefined();
    role.serves.push(customer.id, customer.id);
    const diff = diffCharts(before, after);
    expect(diff.linksAdded).toEqual([{ from: role.id, to: customer.id }]);
    expect(diffCharts(after, before).linksRemoved).toEqual([{ from: role.id, to: customer.id }]);
  });
});
