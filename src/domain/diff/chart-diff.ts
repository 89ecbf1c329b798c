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

/** Whether two lists hold the same ids in the same order (a role's links mostly do). */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Pushes onto `out` the links of `role` (from it to each id it serves) that `other` (the
 * same role in the other chart, if any) does not have, each once. Linear: a role's own
 * links are compared only when its list changed.
 */
function linksMissing(role: Role, other: Role | undefined, out: ServiceLink[]): void {
  if (other && sameList(role.serves, other.serves)) return;
  const there = new Set(other?.serves);
  for (const to of role.serves) {
    if (there.has(to)) continue;
    there.add(to); // a repeated id is one link
    out.push({ from: role.id, to });
  }
}

/** The difference of two charts (see the module comment). */
export function diffCharts(before: Chart, after: Chart): ChartDiff {
  const beforeRoles = new Map(before.roles.map((role) => [role.id, role]));
  const afterRoles = new Map(after.roles.map((role) => [role.id, role]));
  const added: Role[] = [];
  const changed: RoleChange[] = [];
  const linksAdded: ServiceLink[] = [];
  const linksRemoved: ServiceLink[] = [];
  for (const role of after.roles) {
    const old = beforeRoles.get(role.id);
    if (!old) added.push(role);
    else {
      const change = roleChange(old, role);
      if (change) changed.push(change);
    }
    linksMissing(role, old, linksAdded);
  }
  const removed: Role[] = [];
  for (const role of before.roles) {
    const now = afterRoles.get(role.id);
    if (!now) removed.push(role);
    linksMissing(role, now, linksRemoved);
  }

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
