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
import { addedRoleCommands, changedFieldCommands, managerCommands } from './structure-commands';

/** The difference the user is shown, and the commands that apply it. */
export interface UpdatePlan {
  diff: ChartDiff;
  commands: Command[];
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

  const commands: Command[] = [
    ...addedRoleCommands(diff),
    ...changedFieldCommands(diff),
    ...managerCommands(diff, incoming),
  ];
  for (const role of diff.removed) commands.push({ type: 'deleteRole', id: role.id });
  return { diff, commands };
}
