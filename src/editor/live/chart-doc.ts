/**
 * The chart as a Yjs document, the shape every peer of a live room shares.
 * Roles and customers sit in `Y.Map`s keyed by id, each record's fields in
 * its own nested `Y.Map`, so two people editing different fields of one role
 * both keep their edit (React Flow's collaborative example keeps nodes the
 * same way). Service links are keyed by `from→to`, so adding the same link
 * twice is one link and removing it is one delete. Document order (the order
 * siblings are drawn) is an `order` number per record, ties broken by id, as a
 * Yjs map has no order of its own that every peer agrees on.
 *
 * A role's manager is one value `{ id, before, stamp }`: the manager, the one
 * it replaced, and a Lamport stamp, so that a merge which forms a reporting
 * cycle is repaired the same way on every peer (see repair-chart.ts).
 */
import * as Y from 'yjs';
import type { Chart, ChartSettings, Customer, Role } from '../../domain/chart';

/** A Lamport stamp: the writer's clock, then its client tag to break ties. */
export interface Stamp {
  clock: number;
  client: string;
}

/** A role's manager as stored: who, who before this move, and when (for the cycle repair). */
export interface ManagerValue {
  id: string | null;
  before: string | null;
  stamp: Stamp;
}

/** The top-level types of a chart document, by name. */
export const DOC_KEYS = {
  meta: 'meta',
  settings: 'settings',
  captions: 'teachCaptions',
  roles: 'roles',
  customers: 'customers',
  links: 'links',
  /** Deleted role id -> its manager when deleted: where its orphaned reports go. */
  gone: 'gone',
} as const;

export type FieldMap = Y.Map<unknown>;

/** The shared types of a chart document (made on first use, as Yjs does). */
export function docParts(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>(DOC_KEYS.meta),
    settings: doc.getMap<unknown>(DOC_KEYS.settings),
    captions: doc.getMap<unknown>(DOC_KEYS.captions),
    roles: doc.getMap<FieldMap>(DOC_KEYS.roles),
    customers: doc.getMap<FieldMap>(DOC_KEYS.customers),
    links: doc.getMap<unknown>(DOC_KEYS.links),
    gone: doc.getMap<unknown>(DOC_KEYS.gone),
  };
}

export type DocParts = ReturnType<typeof docParts>;

/** The key of a service link in the `links` map. */
export function linkKey(from: string, to: string): string {
  return `${from}\u2192${to}`;
}

/** A stored service link. */
export interface LinkValue {
  from: string;
  to: string;
  order: number;
}

/** The stamp of the write before any live edit (a chart shared as it was). */
export const ORIGIN_STAMP: Stamp = { clock: 0, client: '' };

/** Fills a role's field map from a role (mutates `fields`; call inside a transaction). */
export function writeRoleFields(
  fields: FieldMap,
  role: Role,
  order: number,
  manager: ManagerValue,
): void {
  fields.set('title', role.title);
  if (role.person !== undefined) fields.set('person', role.person);
  if (role.team !== undefined) fields.set('team', role.team);
  fields.set('headcount', role.headcount);
  fields.set('manager', manager);
  fields.set('order', order);
  if (role.extra !== undefined) fields.set('extra', structuredClone(role.extra));
}

/** Fills a customer's field map (mutates `fields`; call inside a transaction). */
export function writeCustomerFields(fields: FieldMap, customer: Customer, order: number): void {
  fields.set('name', customer.name);
  fields.set('order', order);
  if (customer.extra !== undefined) fields.set('extra', structuredClone(customer.extra));
}

/** Writes the chart-wide fields: name, settings, captions, extra. */
export function writeChartFields(parts: DocParts, chart: Chart): void {
  parts.meta.set('name', chart.name);
  if (chart.extra !== undefined) parts.meta.set('extra', structuredClone(chart.extra));
  for (const [key, value] of Object.entries(chart.settings)) parts.settings.set(key, value);
  for (const [step, caption] of Object.entries(chart.teachCaptions ?? {})) {
    parts.captions.set(step, caption);
  }
}

/**
 * Writes a whole chart into an empty document as one transaction (sharing a
 * chart, or a test's starting point). `origin` marks the transaction.
 */
export function chartToDoc(chart: Chart, doc: Y.Doc, origin: unknown = null): void {
  const parts = docParts(doc);
  doc.transact(() => {
    writeChartFields(parts, chart);
    chart.customers.forEach((customer, index) => {
      const fields = new Y.Map<unknown>();
      parts.customers.set(customer.id, fields);
      writeCustomerFields(fields, customer, index);
    });
    chart.roles.forEach((role, index) => {
      const fields = new Y.Map<unknown>();
      parts.roles.set(role.id, fields);
      writeRoleFields(fields, role, index, {
        id: role.reportsTo,
        before: role.reportsTo,
        stamp: ORIGIN_STAMP,
      });
    });
    let order = 0;
    for (const role of chart.roles) {
      for (const to of role.serves) {
        const link: LinkValue = { from: role.id, to, order };
        parts.links.set(linkKey(role.id, to), link);
        order += 1;
      }
    }
  }, origin);
}

/** True when nothing has been written to the document yet (a room nobody has shared into). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  const parts = docParts(doc);
  return parts.meta.size === 0 && parts.roles.size === 0 && parts.customers.size === 0;
}

/** The settings as stored, with the defaults for anything missing or not a number. */
export function settingsOf(parts: DocParts, defaults: ChartSettings): ChartSettings {
  const settings = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof ChartSettings)[]) {
    const value = parts.settings.get(key);
    if (typeof value === 'number' && Number.isFinite(value)) settings[key] = value;
  }
  return settings;
}
