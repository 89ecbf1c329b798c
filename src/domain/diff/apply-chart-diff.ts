/**
 * Applies a chart difference as it stands: applyChartDiff(a, diffCharts(a, b))
 * holds the same roles, customers and service links as b. Surviving records
 * keep a's order and added ones follow in b's order, so the result equals b up
 * to that order (and the order of a role's serves). Adopting a scenario and the
 * properties of the difference read it; an update from an export uses
 * update-commands.ts instead, which keeps the user's links.
 */
import { castDraft, produce } from 'immer';
import type { Chart } from '../chart';
import type { ChartDiff } from './chart-diff';

export function applyChartDiff(chart: Chart, diff: ChartDiff): Chart {
  return produce(chart, (draft) => {
    const removed = new Set(diff.removed.map((role) => role.id));
    const gone = new Set(diff.customersRemoved.map((customer) => customer.id));
    draft.roles = draft.roles.filter((role) => !removed.has(role.id));
    draft.customers = draft.customers.filter((customer) => !gone.has(customer.id));
    for (const role of diff.added)
      draft.roles.push(castDraft(structuredClone({ ...role, serves: [] })));
    for (const customer of diff.customersAdded) draft.customers.push(structuredClone(customer));
    const roles = new Map(draft.roles.map((role) => [role.id, role]));
    const role = (id: string) => {
      const found = roles.get(id);
      if (!found) throw new Error(`The difference names a role that is not in the chart: ${id}`);
      return found;
    };
    for (const change of diff.changed) {
      const target = role(change.id);
      if (change.manager) target.reportsTo = change.manager.after;
      if (change.title) target.title = change.title.after;
      if (change.headcount) target.headcount = change.headcount.after;
      for (const field of ['team', 'person'] as const) {
        const value = change[field];
        if (!value) continue;
        if (value.after === undefined) delete target[field];
        else target[field] = value.after;
      }
    }
    for (const link of diff.linksRemoved) {
      const serves = roles.get(link.from)?.serves;
      if (serves) serves.splice(serves.indexOf(link.to), 1);
    }
    for (const link of diff.linksAdded) role(link.from).serves.push(link.to);
    for (const rename of diff.customersRenamed) {
      const customer = draft.customers.find((c) => c.id === rename.id);
      if (customer) customer.name = rename.after;
    }
  });
}
