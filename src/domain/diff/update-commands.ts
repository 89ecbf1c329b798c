/**
 * An update of the open chart from a newer export, as commands (one
 * undoable step when run together): roles that joined are added, roles that
 * left are deleted, moves, retitles and team, person or headcount changes are
 * applied. The service links and customer groups the user added are kept:
 * an HR export carries none, so `serves` and customers are never touched.
 */
import type { Chart } from '../chart';
import type { Command } from '../commands/apply-command';
import { diffCharts, type ChartDiff } from './chart-diff';

/** The difference the user is shown, and the commands that apply it. */
export interface UpdatePlan {
  diff: ChartDiff;
  commands: Command[];
}

/**
 * Roles in the order managers are set: each after its manager in `incoming`,
 * so no intermediate step can close a reporting cycle (a role's new manager
 * already has its final chain above it, and that chain never contains the role).
 */
function topDown(incoming: Chart): string[] {
  const children = new Map<string | null, string[]>();
  const known = new Set(incoming.roles.map((role) => role.id));
  for (const role of incoming.roles) {
    const parent = role.reportsTo !== null && known.has(role.reportsTo) ? role.reportsTo : null;
    const list = children.get(parent);
    if (list) list.push(role.id);
    else children.set(parent, [role.id]);
  }
  const order: string[] = [];
  const queue = [...(children.get(null) ?? [])];
  for (let at = 0; at < queue.length; at++) {
    const id = queue[at]!;
    order.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return order;
}

/** The plan to turn `current` into `incoming`'s roles and reporting lines (see the module comment). */
export function planUpdate(current: Chart, incoming: Chart): UpdatePlan {
  const diff = diffCharts(current, incoming);
  // Service links are the user's: what the export says about them is ignored.
  diff.linksAdded = [];
  diff.linksRemoved = [];
  diff.customersAdded = [];
  diff.customersRemoved = [];
  diff.customersRenamed = [];

  const commands: Command[] = [];
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
    if (Object.keys(changes).length > 0)
      commands.push({ type: 'updateRole', id: change.id, changes });
  }
  const moved = new Map<string, string | null>();
  for (const change of diff.changed) if (change.manager) moved.set(change.id, change.manager.after);
  for (const role of diff.added) if (role.reportsTo !== null) moved.set(role.id, role.reportsTo);
  for (const id of topDown(incoming)) {
    if (!moved.has(id)) continue;
    commands.push({ type: 'setManager', id, managerId: moved.get(id)! });
  }
  for (const role of diff.removed) commands.push({ type: 'deleteRole', id: role.id });
  return { diff, commands };
}
