/**
 * A local change to the chart, written into the chart document as one Yjs
 * transaction with a local origin: the chart before and after the user's
 * command are compared record by record (immer shares what a command left
 * untouched, so an unchanged role is the same object and costs nothing) and
 * only the fields that changed are written. Two people editing different
 * fields of one role therefore both keep their edit.
 */
import * as Y from 'yjs';
import type { Chart, Customer, Role } from '../../domain/chart';
import {
  docParts,
  linkKey,
  writeCustomerFields,
  writeRoleFields,
  type DocParts,
  type FieldMap,
  type LinkValue,
  type ManagerValue,
  type Stamp,
} from './chart-doc';
import { managerOf } from './doc-to-chart';

/** The highest Lamport clock in the document, so a new move is stamped later than all it saw. */
export function highestClock(parts: DocParts): number {
  let highest = 0;
  parts.roles.forEach((fields) => {
    if (typeof fields?.get !== 'function') return;
    highest = Math.max(highest, managerOf(fields).stamp.clock);
  });
  return highest;
}

/** Sets `key` to `value` in `fields`, or deletes it for undefined. */
function put(fields: FieldMap, key: string, value: unknown): void {
  if (value === undefined) {
    if (fields.has(key)) fields.delete(key);
  } else fields.set(key, value);
}

/**
 * Orders for records new in `after`: between their neighbours' stored orders,
 * so every peer draws them where the writer saw them.
 */
function ordersFor<T extends { id: string }>(
  after: readonly T[],
  stored: (id: string) => number | undefined,
): Map<string, number> {
  const orders = new Map<string, number>();
  let previous = -1;
  for (let i = 0; i < after.length; i += 1) {
    const id = (after[i] as T).id;
    const known = stored(id);
    if (known !== undefined) {
      previous = known;
      continue;
    }
    let next: number | undefined;
    for (let j = i + 1; j < after.length && next === undefined; j += 1) {
      next = stored((after[j] as T).id);
    }
    const order = next === undefined || next <= previous ? previous + 1 : (previous + next) / 2;
    orders.set(id, order);
    previous = order;
  }
  return orders;
}

function orderIn(map: Y.Map<FieldMap>) {
  return (id: string): number | undefined => {
    const value = map.get(id)?.get('order');
    return typeof value === 'number' ? value : undefined;
  };
}

function writeCustomers(parts: DocParts, before: readonly Customer[], after: readonly Customer[]) {
  if (before === after) return;
  const old = new Map(before.map((customer) => [customer.id, customer]));
  const orders = ordersFor(after, (id) => (old.has(id) ? orderIn(parts.customers)(id) : undefined));
  for (const customer of after) {
    const was = old.get(customer.id);
    const fields = parts.customers.get(customer.id);
    if (!was || !fields) {
      const created = new Y.Map<unknown>();
      parts.customers.set(customer.id, created);
      writeCustomerFields(created, customer, orders.get(customer.id) ?? 0);
    } else if (was !== customer) {
      if (was.name !== customer.name) put(fields, 'name', customer.name);
      if (was.extra !== customer.extra) put(fields, 'extra', structuredClone(customer.extra));
    }
  }
  const kept = new Set(after.map((customer) => customer.id));
  for (const customer of before) {
    if (!kept.has(customer.id)) parts.customers.delete(customer.id);
  }
}

function writeLinks(parts: DocParts, before: Role | undefined, after: Role | undefined) {
  const was = before?.serves ?? [];
  const now = after?.serves ?? [];
  if (was === now) return;
  const from = (after ?? before)?.id as string;
  const kept = new Set(now);
  for (const to of was) if (!kept.has(to)) parts.links.delete(linkKey(from, to));
  const had = new Set(was);
  let order = Date.now();
  for (const to of now) {
    if (had.has(to)) continue;
    // Links are drawn in the order they were made: a time order is enough here.
    const link: LinkValue = { from, to, order };
    parts.links.set(linkKey(from, to), link);
    order += 1e-3;
  }
}

function writeRoles(
  parts: DocParts,
  before: readonly Role[],
  after: readonly Role[],
  client: string,
) {
  if (before === after) return;
  const old = new Map(before.map((role) => [role.id, role]));
  const orders = ordersFor(after, (id) => (old.has(id) ? orderIn(parts.roles)(id) : undefined));
  let clock: number | null = null;
  const stamp = (): Stamp => {
    clock = (clock ?? highestClock(parts)) + 1;
    return { clock, client };
  };
  for (const role of after) {
    const was = old.get(role.id);
    const fields = parts.roles.get(role.id);
    if (!was || !fields) {
      const created = new Y.Map<unknown>();
      parts.roles.set(role.id, created);
      const manager: ManagerValue = { id: role.reportsTo, before: null, stamp: stamp() };
      writeRoleFields(created, role, orders.get(role.id) ?? 0, manager);
      writeLinks(parts, undefined, role);
      continue;
    }
    if (was === role) continue;
    // Only what the command changed: a field read with a safe default (a
    // remote title still in flight) must not be written back as an edit.
    for (const field of ['title', 'person', 'team', 'headcount'] as const) {
      if (was[field] !== role[field]) put(fields, field, role[field]);
    }
    if (was.extra !== role.extra) put(fields, 'extra', structuredClone(role.extra));
    if (was.reportsTo !== role.reportsTo) {
      const manager: ManagerValue = { id: role.reportsTo, before: was.reportsTo, stamp: stamp() };
      fields.set('manager', manager);
    }
    writeLinks(parts, was, role);
  }
  const kept = new Set(after.map((role) => role.id));
  for (const role of before) {
    if (kept.has(role.id)) continue;
    writeLinks(parts, role, undefined);
    parts.roles.delete(role.id);
    // Where its reports go if another screen moved someone under it meanwhile.
    parts.gone.set(role.id, role.reportsTo);
  }
}

function writeChartWide(parts: DocParts, before: Chart, after: Chart) {
  if (before.name !== after.name) parts.meta.set('name', after.name);
  if (before.extra !== after.extra) {
    if (after.extra === undefined) parts.meta.delete('extra');
    else parts.meta.set('extra', structuredClone(after.extra));
  }
  if (before.settings !== after.settings) {
    for (const [key, value] of Object.entries(after.settings)) {
      if (before.settings[key as keyof typeof before.settings] !== value) {
        put(parts.settings, key, value);
      }
    }
  }
  if (before.teachCaptions !== after.teachCaptions) {
    const now = after.teachCaptions ?? {};
    for (const step of Object.keys(before.teachCaptions ?? {})) {
      if (!(step in now)) parts.captions.delete(step);
    }
    for (const [step, caption] of Object.entries(now)) {
      if (before.teachCaptions?.[step] !== caption) put(parts.captions, step, caption);
    }
  }
}

/**
 * Writes what changed from `before` to `after` into `doc` as one transaction
 * marked `origin`; `client` is this peer's tag for the Lamport stamps.
 */
export function writeChartChange(
  doc: Y.Doc,
  before: Chart,
  after: Chart,
  origin: unknown,
  client: string,
): void {
  if (before === after) return;
  const parts = docParts(doc);
  doc.transact(() => {
    writeChartWide(parts, before, after);
    writeCustomers(parts, before.customers, after.customers);
    writeRoles(parts, before.roles, after.roles, client);
  }, origin);
}
