/**
 * The checks the commands share: lookups that refuse unknown ids, the
 * reporting-cycle walk, and the service-link rules. Each refusal throws a
 * ChartError whose message starts "Refused:"; `applyCommand` turns it into a
 * result.
 */
import type { Chart, Role } from '../chart';
import { ChartError, type ChartErrorCode } from '../chart-error';
import {
  cycleText,
  isBlank,
  labelOf,
  quoted,
  shown,
  type ChartIndex,
  type IndexEntry,
} from '../chart-rules';

/** An index entry known to be a role. */
export type RoleEntry = Extract<IndexEntry, { kind: 'role' }>;
/** An index entry known to be a customer. */
export type CustomerEntry = Extract<IndexEntry, { kind: 'customer' }>;

/** What updateRole may change; the manager and links have their own commands (and rules). */
export const EDITABLE_ROLE_FIELDS = ['title', 'person', 'team', 'headcount', 'reportsLayout'];

/** Refuses the command being planned: every refusal message starts "Refused:". */
export function refuse(code: ChartErrorCode, message: string, ids: string[] = []): never {
  throw new ChartError(code, `Refused: ${message}`, ids);
}

/** The role with this id, or a refusal naming the id (unknown, or a customer). */
export function roleEntry(index: ChartIndex, id: string): RoleEntry {
  const entry = index.get(id);
  if (!entry) return refuse('unknown-id', `there is no role with the id ${quoted(id)}.`, [id]);
  if (entry.kind === 'customer') {
    refuse('invalid-field', `${quoted(entry.customer.name)} is a customer, not a role.`, [id]);
  }
  return entry;
}

/** The customer with this id, or a refusal naming the id (unknown, or a role). */
export function customerEntry(index: ChartIndex, id: string): CustomerEntry {
  const entry = index.get(id);
  if (!entry) return refuse('unknown-id', `there is no customer with the id ${quoted(id)}.`, [id]);
  if (entry.kind === 'role') {
    refuse('invalid-field', `${quoted(entry.role.title)} is a role, not a customer.`, [id]);
  }
  return entry;
}

/** The draft role at a position found on the plain chart (positions match until we move them). */
export function roleAt(draft: Chart, position: number): Role {
  const role = draft.roles[position];
  if (!role) throw new Error(`Upturn bug: no role at position ${position}.`);
  return role;
}

/** Commands built outside TypeScript (files, collaborators) may carry anything. */
export function fieldsOf(value: unknown, what: string, ids: string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    refuse('invalid-field', `${what} must be an object, not ${shown(value)}.`, ids);
  }
  return value as Record<string, unknown>;
}

/** `id` if a new role or customer may take it: not blank, not used by any role or customer. */
export function freshId(index: ChartIndex, id: unknown, kind: 'role' | 'customer'): string {
  if (typeof id !== 'string' || isBlank(id)) {
    refuse('invalid-field', `a new ${kind} needs an id that is not blank, not ${shown(id)}.`);
  }
  const taken = index.get(id);
  if (taken) {
    const owner = taken.kind === 'role' ? 'role' : 'customer';
    const label = quoted(labelOf(index, id));
    refuse('duplicate-id', `the id ${quoted(id)} is already used by ${owner} ${label}.`, [id]);
  }
  return id;
}

/** Trimmed text, or undefined to leave (or clear) an optional field such as `person`. */
export function optionalText(value: unknown, field: string, title: string, id: string) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    refuse('invalid-field', `the ${field} of ${quoted(title)} must be text, not ${shown(value)}.`, [
      id,
    ]);
  }
  return value.trim() === '' ? undefined : value.trim();
}

/**
 * The manager's chain of managers, walked until it reaches `id` (a cycle:
 * returned as the roles on it, starting with `id`) or ends. The visited set
 * stops the walk on a loop already in bad data that does not pass through `id`.
 */
function reportingCycle(index: ChartIndex, id: string, managerId: string): string[] | null {
  const chain = [id];
  const visited = new Set<string>();
  let current: string | null = managerId;
  while (current !== null && current !== id) {
    const entry = index.get(current);
    if (entry?.kind !== 'role' || visited.has(current)) return null;
    visited.add(current);
    chain.push(current);
    current = entry.role.reportsTo;
  }
  return current === id ? chain : null;
}

/** Refuses `managerId` as the manager of role `id` (which has title `title`). */
export function checkManager(
  index: ChartIndex,
  id: string,
  title: string,
  managerId: unknown,
): asserts managerId is string {
  if (typeof managerId !== 'string') {
    refuse(
      'invalid-field',
      `the manager of ${quoted(title)} must be a role id, not ${shown(managerId)}.`,
      [id],
    );
  }
  if (managerId === id) refuse('self-link', `${quoted(title)} cannot report to itself.`, [id]);
  const entry = index.get(managerId);
  const cannot = `${quoted(title)} cannot report to`;
  if (!entry) {
    refuse('unknown-id', `${cannot} ${quoted(managerId)} — there is no role with that id.`, [
      id,
      managerId,
    ]);
  }
  if (entry.kind === 'customer') {
    const name = quoted(entry.customer.name);
    const why = 'that is a customer, and only a role can be a manager';
    refuse('invalid-field', `${cannot} ${name} — ${why}.`, [id, managerId]);
  }
  const cycle = reportingCycle(index, id, managerId);
  if (cycle) {
    const why = `that would make a reporting cycle: ${cycleText(index, cycle)}`;
    refuse('cycle', `${cannot} ${quoted(entry.role.title)} — ${why}.`, cycle);
  }
}

/** Refuses a service link from role `from` to `to`, given what `from` already serves. */
export function checkServes(
  index: ChartIndex,
  from: string,
  title: string,
  to: unknown,
  serves: readonly string[],
): asserts to is string {
  if (typeof to !== 'string') {
    refuse(
      'invalid-field',
      `${quoted(title)} can only serve a role or customer id, not ${shown(to)}.`,
      [from],
    );
  }
  if (to === from) refuse('self-link', `${quoted(title)} cannot serve itself.`, [from]);
  if (!index.has(to)) {
    const why = 'there is no role or customer with that id';
    refuse('unknown-id', `${quoted(title)} cannot serve ${quoted(to)} — ${why}.`, [from, to]);
  }
  if (serves.includes(to)) {
    refuse('duplicate-link', `${quoted(title)} already serves ${quoted(labelOf(index, to))}.`, [
      from,
      to,
    ]);
  }
}
