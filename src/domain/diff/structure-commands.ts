/**
 * The commands that carry a difference's role changes into a chart: add the
 * roles that joined, apply retitles and team, person or headcount changes,
 * then set managers top-down. Shared by the update from a newer export and by
 * adopting a scenario, which differ only in what they do around these.
 */
import type { Chart } from '../chart';
import type { Command } from '../commands/apply-command';
import type { ChartDiff } from './chart-diff';

/**
 * Role ids in an order where each comes after its manager in `chart`, so that
 * setting managers in this order never closes a reporting cycle at any step
 * (a role's new manager already has its final chain above it, and that chain
 * never contains the role).
 */
export function topDown(chart: Chart): string[] {
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

/** Adds each role of `diff.added`, reporting to nobody yet (managers come after, top-down). */
export function addedRoleCommands(diff: ChartDiff): Command[] {
  return diff.added.map((role) => {
    const input: Extract<Command, { type: 'addRole' }>['role'] = {
      id: role.id,
      title: role.title,
      headcount: role.headcount,
      reportsTo: null,
    };
    if (role.person !== undefined) input.person = role.person;
    if (role.team !== undefined) input.team = role.team;
    return { type: 'addRole', role: input };
  });
}

/** One update per changed role whose title, team, person or headcount differ. */
export function changedFieldCommands(diff: ChartDiff): Command[] {
  const commands: Command[] = [];
  for (const change of diff.changed) {
    const changes: Extract<Command, { type: 'updateRole' }>['changes'] = {};
    if (change.title) changes.title = change.title.after;
    if (change.team) changes.team = change.team.after;
    if (change.person) changes.person = change.person.after;
    if (change.headcount) changes.headcount = change.headcount.after;
    if (Object.keys(changes).length > 0)
      commands.push({ type: 'updateRole', id: change.id, changes });
  }
  return commands;
}

/** The managers of moved and added roles, set in `after`'s top-down order. */
export function managerCommands(diff: ChartDiff, after: Chart): Command[] {
  const managers = new Map<string, string | null>();
  for (const change of diff.changed)
    if (change.manager) managers.set(change.id, change.manager.after);
  for (const role of diff.added) if (role.reportsTo !== null) managers.set(role.id, role.reportsTo);
  const commands: Command[] = [];
  for (const id of topDown(after)) {
    if (managers.has(id)) commands.push({ type: 'setManager', id, managerId: managers.get(id)! });
  }
  return commands;
}
