/**
 * Reads the chart out of a chart document: records in document order, with
 * the merge's invariants repaired (repair-managers.ts) and every field checked
 * as a loaded file's would be, since a remote peer's update is untrusted input
 * (a blank title, a headcount that is not a positive integer, a link to
 * nothing). Pure in the document: every peer holding the same updates reads
 * the same chart and the same repairs.
 */
import type * as Y from 'yjs';
import { DEFAULT_SETTINGS, type Chart, type Customer, type Role } from '../../domain/chart';
import {
  docParts,
  ORIGIN_STAMP,
  settingsOf,
  type FieldMap,
  type LinkValue,
  type ManagerValue,
} from './chart-doc';
import { repairManagers, type Repair } from './repair-managers';

const UNTITLED = 'Untitled role';

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function orderOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function byOrder<T extends { id: string; order: number }>(a: T, b: T): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored manager value, checked; anything malformed reads as no manager. */
export function managerOf(fields: FieldMap): ManagerValue {
  const value = fields.get('manager');
  if (!isRecord(value)) return { id: null, before: null, stamp: ORIGIN_STAMP };
  const stamp = isRecord(value.stamp) ? value.stamp : {};
  return {
    id: text(value.id) ?? null,
    before: text(value.before) ?? null,
    stamp: {
      clock: typeof stamp.clock === 'number' ? stamp.clock : 0,
      client: text(stamp.client) ?? '',
    },
  };
}

/** The chart a document holds, and the repairs its merge needed. */
export function docToChart(doc: Y.Doc): { chart: Chart; repairs: Repair[] } {
  const parts = docParts(doc);

  const customers: (Customer & { order: number })[] = [];
  parts.customers.forEach((fields, id) => {
    if (typeof fields?.get !== 'function') return;
    const customer: Customer & { order: number } = {
      id,
      name: text(fields.get('name'))?.trim() ? (fields.get('name') as string) : 'Customer',
      order: orderOf(fields.get('order')),
    };
    const extra = fields.get('extra');
    if (isRecord(extra)) customer.extra = extra;
    customers.push(customer);
  });
  customers.sort(byOrder);
  const customerIds = new Set(customers.map((customer) => customer.id));

  const raw: { id: string; order: number; fields: FieldMap }[] = [];
  parts.roles.forEach((fields, id) => {
    if (typeof fields?.get !== 'function' || customerIds.has(id)) return;
    raw.push({ id, order: orderOf(fields.get('order')), fields });
  });
  raw.sort(byOrder);

  const ids = raw.map((r) => r.id).sort();
  const managers = new Map<string, ManagerValue>();
  for (const r of raw) managers.set(r.id, managerOf(r.fields));
  const gone = new Map<string, string | null>();
  parts.gone.forEach((value, id) => gone.set(id, text(value) ?? null));
  const { reportsTo, repairs } = repairManagers(ids, managers, gone);

  const roleIds = new Set(ids);
  const links: LinkValue[] = [];
  parts.links.forEach((value) => {
    if (!isRecord(value)) return;
    const from = text(value.from);
    const to = text(value.to);
    if (!from || !to || from === to || !roleIds.has(from)) return;
    if (!roleIds.has(to) && !customerIds.has(to)) return;
    links.push({ from, to, order: orderOf(value.order) });
  });
  links.sort((a, b) =>
    byOrder({ ...a, id: `${a.from} ${a.to}` }, { ...b, id: `${b.from} ${b.to}` }),
  );
  const serves = new Map<string, string[]>();
  for (const link of links) {
    const list = serves.get(link.from);
    if (list) list.push(link.to);
    else serves.set(link.from, [link.to]);
  }

  const roles: Role[] = raw.map(({ id, fields }) => {
    const title = text(fields.get('title'));
    const headcount = fields.get('headcount');
    const role: Role = {
      id,
      title: title?.trim() ? title : UNTITLED,
      headcount:
        typeof headcount === 'number' && Number.isSafeInteger(headcount) && headcount > 0
          ? headcount
          : 1,
      reportsTo: reportsTo.get(id) ?? null,
      serves: serves.get(id) ?? [],
    };
    const person = text(fields.get('person'));
    const team = text(fields.get('team'));
    if (person !== undefined) role.person = person;
    if (team !== undefined) role.team = team;
    const extra = fields.get('extra');
    if (isRecord(extra)) role.extra = extra;
    return role;
  });

  const chart: Chart = {
    name: text(parts.meta.get('name'))?.trim()
      ? (parts.meta.get('name') as string)
      : 'Untitled chart',
    customers: customers.map(({ order: _order, ...customer }) => customer),
    roles,
    settings: settingsOf(parts, DEFAULT_SETTINGS),
  };
  if (parts.captions.size > 0) {
    const captions: Record<string, string> = {};
    parts.captions.forEach((value, step) => {
      if (typeof value === 'string') captions[step] = value;
    });
    chart.teachCaptions = captions;
  }
  const extra = parts.meta.get('extra');
  if (isRecord(extra)) chart.extra = extra;
  return { chart, repairs };
}
