/**
 * The difference of two charts, from the data, matched by id (DESIGN.md,
 * "Scenarios"): roles added and removed, moved (old and new manager),
 * retitled, team, person or headcount changed, service links added or
 * removed, customer groups added, removed or renamed. Pure and linear in the
 * size of both charts; an update from a newer export and the scenario
 * comparison read the same difference.
 */
import type { Chart, Customer, Role } from '../chart';

/** A field of a role that changed, with its value before and after. */
export interface FieldChange<T> {
  before: T;
  after: T;
}

/** What changed on one role kept in both charts. */
export interface RoleChange {
  id: string;
  manager?: FieldChange<string | null>;
  title?: FieldChange<string>;
  team?: FieldChange<string | undefined>;
  person?: FieldChange<string | undefined>;
  headcount?: FieldChange<number>;
}

/** A service link, from a role to a role or customer. */
export interface ServiceLink {
  from: string;
  to: string;
}

/** The difference of `before` and `after` (see the module comment). Lists are in chart order. */
export interface ChartDiff {
  /** Roles only in `after` (joined). */
  added: Role[];
  /** Roles only in `before` (left). */
  removed: Role[];
  /** Roles in both with something changed, in `after`'s order. */
  changed: RoleChange[];
  linksAdded: ServiceLink[];
  linksRemoved: ServiceLink[];
  customersAdded: Customer[];
  customersRemoved: Customer[];
  customersRenamed: { id: string; before: string; after: string }[];
}

/** True when the two charts differ in nothing the difference tracks. */
export function isEmptyDiff(diff: ChartDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    diff.linksAdded.length === 0 &&
    diff.linksRemoved.length === 0 &&
    diff.customersAdded.length === 0 &&
    diff.customersRemoved.length === 0 &&
    diff.customersRenamed.length === 0
  );
}

function roleChange(a: Role, b: Role): RoleChange | null {
  const change: RoleChange = { id: b.id };
  let any = false;
  if (a.reportsTo !== b.reportsTo) {
    change.manager = { before: a.reportsTo, after: b.reportsTo };
    any = true;
  }
  if (a.title !== b.title) {
    change.title = { before: a.title, after: b.title };
    any = true;
  }
  if ((a.team ?? undefined) !== (b.team ?? undefined)) {
    change.team = { before: a.team, after: b.team };
    any = true;
  }
  if ((a.person ?? undefined) !== (b.person ?? undefined)) {
    change.person = { before: a.person, after: b.person };
    any = true;
  }
  if (a.headcount !== b.headcount) {
    change.headcount = { before: a.headcount, after: b.headcount };
    any = true;
  }
  return any ? change : null;
}

function linksOf(chart: Chart): Map<string, ServiceLink> {
  const links = new Map<string, ServiceLink>();
  for (const role of chart.roles) {
    for (const to of role.serves) links.set(`${role.id}\u0000${to}`, { from: role.id, to });
  }
  return links;
}

/** The difference of two charts (see the module comment). */
export function diffCharts(before: Chart, after: Chart): ChartDiff {
  const beforeRoles = new Map(before.roles.map((role) => [role.id, role]));
  const afterIds = new Set(after.roles.map((role) => role.id));
  const added: Role[] = [];
  const changed: RoleChange[] = [];
  for (const role of after.roles) {
    const old = beforeRoles.get(role.id);
    if (!old) added.push(role);
    else {
      const change = roleChange(old, role);
      if (change) changed.push(change);
    }
  }
  const removed = before.roles.filter((role) => !afterIds.has(role.id));

  const beforeLinks = linksOf(before);
  const afterLinks = linksOf(after);
  const linksAdded = [...afterLinks].filter(([key]) => !beforeLinks.has(key)).map(([, l]) => l);
  const linksRemoved = [...beforeLinks].filter(([key]) => !afterLinks.has(key)).map(([, l]) => l);

  const beforeCustomers = new Map(before.customers.map((customer) => [customer.id, customer]));
  const afterCustomerIds = new Set(after.customers.map((customer) => customer.id));
  const customersAdded: Customer[] = [];
  const customersRenamed: ChartDiff['customersRenamed'] = [];
  for (const customer of after.customers) {
    const old = beforeCustomers.get(customer.id);
    if (!old) customersAdded.push(customer);
    else if (old.name !== customer.name) {
      customersRenamed.push({ id: customer.id, before: old.name, after: customer.name });
    }
  }
  const customersRemoved = before.customers.filter(
    (customer) => !afterCustomerIds.has(customer.id),
  );
  return {
    added,
    removed,
    changed,
    linksAdded,
    linksRemoved,
    customersAdded,
    customersRemoved,
    customersRenamed,
  };
}
