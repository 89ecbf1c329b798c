/**
 * Adopting a scenario: the commands that turn the base into the scenario's
 * structure exactly (matched by id, like the difference), so the editor runs
 * them as one undoable step on the base. The base keeps its own name; roles,
 * reporting lines, service links, customer groups and settings become the
 * scenario's.
 */
import type { Chart } from '../chart';
import type { Command } from '../commands/apply-command';
import { diffCharts } from '../diff/chart-diff';

/** Role ids in an order where each comes after its manager in `chart`. */
function topDown(chart: Chart): string[] {
  const known = new Set(chart.roles.map((role) => role.id));
  const children = new Map<string | null, string[]>();
  for (const role of chart.roles) {
    const parent = role.reportsTo !== null && known.has(role.reportsTo) ? role.reportsTo : null;
    const list = children.get(parent);
    if (list) list.push(role.id);
    else children.set(parent, [role.id]);
  }
  const order = [...(children.get(null) ?? [])];
  for (let at = 0; at < order.length; at++) order.push(...(children.get(order[at]!) ?? []));
  return order;
}

/** The commands that make `base` hold `scenario`'s structure (see the module comment). */
export function adoptCommands(base: Chart, scenario: Chart): Command[] {
  const diff = diffCharts(base, scenario);
  const commands: Command[] = [];
  // Links first, while both ends still exist.
  for (const link of diff.linksRemoved) commands.push({ type: 'removeServiceLink', ...link });
  // An id that changes kind (a role removed, a customer added under its id, or the
  // reverse) is freed before it is added again; the managers set below put any
  // report the early delete moved where the scenario has it.
  const addedIds = new Set([
    ...diff.added.map((role) => role.id),
    ...diff.customersAdded.map((customer) => customer.id),
  ]);
  const freedFirst = new Set<string>();
  for (const role of diff.removed) {
    if (!addedIds.has(role.id)) continue;
    commands.push({ type: 'deleteRole', id: role.id });
    freedFirst.add(role.id);
  }
  for (const customer of diff.customersRemoved) {
    if (!addedIds.has(customer.id)) continue;
    commands.push({ type: 'deleteCustomer', id: customer.id });
    freedFirst.add(customer.id);
  }
  for (const customer of diff.customersAdded) {
    commands.push({ type: 'addCustomer', customer: { id: customer.id, name: customer.name } });
  }
  for (const rename of diff.customersRenamed) {
    commands.push({ type: 'updateCustomer', id: rename.id, changes: { name: rename.after } });
  }
  for (const role of diff.added) {
    const input: Extract<Command, { type: 'addRole' }>['role'] = {
      id: role.id,
      title: role.title,
      headcount: role.headcount,
      reportsTo: null,
    };
    if (role.person !== undefined) input.person = role.person;
    if (role.team !== undefined) input.team = role.team;
    commands.push({ type: 'addRole', role: input });
  }
  for (const change of diff.changed) {
    const changes: Extract<Command, { type: 'updateRole' }>['changes'] = {};
    if (change.title) changes.title = change.title.after;
    if (change.team) changes.team = change.team.after;
    if (change.person) changes.person = change.person.after;
    if (change.headcount) changes.headcount = change.headcount.after;
    if (Object.keys(changes).length > 0) {
      commands.push({ type: 'updateRole', id: change.id, changes });
    }
  }
  // Managers top-down in the scenario: each new manager already has its final chain
  // above it, which never holds the role, so no step closes a cycle.
  const managers = new Map<string, string | null>();
  for (const change of diff.changed)
    if (change.manager) managers.set(change.id, change.manager.after);
  for (const role of diff.added) if (role.reportsTo !== null) managers.set(role.id, role.reportsTo);
  for (const id of topDown(scenario)) {
    if (managers.has(id)) commands.push({ type: 'setManager', id, managerId: managers.get(id)! });
  }
  for (const link of diff.linksAdded) commands.push({ type: 'addServiceLink', ...link });
  // Removed roles report to nobody who stays (their reports were moved above), so deleting
  // them moves nothing.
  for (const role of diff.removed) {
    if (!freedFirst.has(role.id)) commands.push({ type: 'deleteRole', id: role.id });
  }
  for (const customer of diff.customersRemoved) {
    if (!freedFirst.has(customer.id)) commands.push({ type: 'deleteCustomer', id: customer.id });
  }
  const { farThreshold, spanThreshold } = scenario.settings;
  const changes: Extract<Command, { type: 'updateSettings' }>['changes'] = {};
  if (farThreshold !== base.settings.farThreshold) changes.farThreshold = farThreshold;
  if (spanThreshold !== base.settings.spanThreshold) changes.spanThreshold = spanThreshold;
  if (Object.keys(changes).length > 0) commands.push({ type: 'updateSettings', changes });
  return commands;
}
