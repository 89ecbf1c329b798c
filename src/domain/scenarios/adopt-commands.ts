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
import {
  addedRoleCommands,
  changedFieldCommands,
  managerCommands,
} from '../diff/structure-commands';

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
  commands.push(...addedRoleCommands(diff), ...changedFieldCommands(diff));
  // Managers top-down in the scenario: each new manager already has its final chain
  // above it, which never holds the role, so no step closes a cycle.
  commands.push(...managerCommands(diff, scenario));
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
