/**
 * Commands: every change to a chart, as data. `applyCommand` checks a command
 * against the chart and either refuses it with a {@link ChartError} (the chart
 * untouched) or returns the next chart with immer patches for undo and redo.
 * The rules per command live in command-recipes.ts; this module is the agreed API.
 */
import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Chart, ChartSettings, Role } from '../chart';
import { ChartError } from '../chart-error';
import { planCommand } from './command-recipes';
import { indexChart, labelOf } from '../chart-rules';

export { ChartError, type ChartErrorCode } from '../chart-error';

// Once, at module level: patches are what the editor's history stores.
enablePatches();

/** A new role as the user (or an import) describes it; missing fields get defaults. */
export type RoleInput = {
  id: string;
  title: string;
  person?: string;
  team?: string;
  /** Defaults to 1. */
  headcount?: number;
  /** Defaults to null: a top leader. */
  reportsTo?: string | null;
  /** Defaults to []. */
  serves?: string[];
};

/** One change to a chart. Plain data, so it can be logged, replayed or sent to a collaborator. */
export type Command =
  | { type: 'addRole'; role: RoleInput }
  | {
      type: 'updateRole';
      id: string;
      /**
       * `person` or `team` set to undefined or blank clears it; `reportsLayout`
       * 'auto' (or undefined) clears the hint, so the layout chooses.
       */
      changes: Partial<Pick<Role, 'title' | 'person' | 'team' | 'headcount' | 'reportsLayout'>>;
    }
  /** Its direct reports move up to its manager; service links to it are removed. */
  | { type: 'deleteRole'; id: string }
  | { type: 'addCustomer'; customer: { id: string; name: string } }
  | { type: 'updateCustomer'; id: string; changes: { name?: string } }
  /** Service links to it are removed. */
  | { type: 'deleteCustomer'; id: string }
  /** Refuses cycles, self, unknown ids and a customer as manager. */
  | { type: 'setManager'; id: string; managerId: string | null }
  /** `from` is a role; `to` is a role or customer. Refuses self, duplicate, unknown. */
  | { type: 'addServiceLink'; from: string; to: string }
  | { type: 'removeServiceLink'; from: string; to: string }
  | { type: 'renameChart'; name: string }
  | { type: 'updateSettings'; changes: Partial<ChartSettings> }
  /** Removes a note kept in the chart's `extra` (e.g. an import's note of repairs). */
  | { type: 'dismissChartNote'; key: string }
  /** The trainer's caption for a step of Teach; blank restores the default. */
  | { type: 'setTeachCaption'; step: string; caption: string };

/** What applying commands gives: the next chart and its patches, or why nothing changed. */
export type ApplyResult =
  | { ok: true; chart: Chart; patches: Patch[]; inversePatches: Patch[] }
  | { ok: false; error: ChartError };

/**
 * Applies one command. The input chart is never mutated (immer shares the
 * untouched parts and, as immer does, freezes the result). A refusal returns
 * `{ ok: false }` with a ChartError naming the problem and the ids involved.
 * Cost: one pass to index ids, then O(1) lookups; deletes are one more pass.
 */
export function applyCommand(chart: Chart, command: Command): ApplyResult {
  try {
    const recipe = planCommand(chart, command);
    const [next, patches, inversePatches] = produceWithPatches(chart, recipe);
    return { ok: true, chart: next, patches, inversePatches };
  } catch (error) {
    // Only refusals are expected; anything else is a bug and should surface.
    if (error instanceof ChartError) return { ok: false, error };
    throw error;
  }
}

/**
 * Validates each command against the chart as the previous ones left it; all
 * or nothing. The patches are the steps' patches in order; the inverse patches
 * undo the last step first, so applying them to the result gives back `chart`.
 */
export function applyCommands(chart: Chart, commands: readonly Command[]): ApplyResult {
  let current = chart;
  const patches: Patch[] = [];
  const inverseSteps: Patch[][] = [];
  for (const command of commands) {
    const result = applyCommand(current, command);
    if (!result.ok) return result;
    current = result.chart;
    patches.push(...result.patches);
    inverseSteps.push(result.inversePatches);
  }
  return { ok: true, chart: current, patches, inversePatches: inverseSteps.reverse().flat() };
}

/**
 * A short human label for history ("Add role Cashier", "Move Cashier under
 * Store Manager"), worded against the chart as it is before the command runs.
 */
export function describeCommand(chart: Chart, command: Command): string {
  const index = indexChart(chart);
  const label = (id: string) => labelOf(index, id);
  switch (command.type) {
    case 'addRole':
      return `Add role ${trimmed(command.role.title)}`;
    case 'updateRole': {
      const keys = Object.keys(command.changes);
      const title = command.changes.title;
      if (keys.length === 1 && typeof title === 'string') {
        return `Rename ${label(command.id)} to ${trimmed(title)}`;
      }
      return `Edit ${label(command.id)}`;
    }
    case 'deleteRole':
      return `Delete ${label(command.id)}`;
    case 'addCustomer':
      return `Add customer ${trimmed(command.customer.name)}`;
    case 'updateCustomer': {
      const name = command.changes.name;
      return typeof name === 'string'
        ? `Rename ${label(command.id)} to ${trimmed(name)}`
        : `Edit ${label(command.id)}`;
    }
    case 'deleteCustomer':
      return `Delete ${label(command.id)}`;
    case 'setManager':
      return command.managerId === null
        ? `Make ${label(command.id)} a top leader`
        : `Move ${label(command.id)} under ${label(command.managerId)}`;
    case 'addServiceLink':
      return `Link ${label(command.from)} to ${label(command.to)}`;
    case 'removeServiceLink':
      return `Unlink ${label(command.from)} from ${label(command.to)}`;
    case 'renameChart':
      return `Rename chart to ${trimmed(command.name)}`;
    case 'updateSettings':
      return 'Change settings';
    case 'dismissChartNote':
      return 'Dismiss note';
    case 'setTeachCaption':
      return 'Edit caption';
    default:
      return 'Change chart';
  }
}

/** Labels must not throw on a command built outside TypeScript (e.g. a missing title). */
function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A fresh id not used by any role or customer: `prefix-N` with N one more than
 * the highest N already used with that prefix (so ids are not handed out twice
 * while the highest one still exists), e.g. newId(chart, 'role') -> 'role-7'.
 */
export function newId(chart: Chart, prefix: string): string {
  const head = `${prefix}-`;
  const taken = new Set<string>();
  let highest = 0;
  for (const { id } of [...chart.roles, ...chart.customers]) {
    taken.add(id);
    if (!id.startsWith(head)) continue;
    const rest = id.slice(head.length);
    const n = Number(rest);
    if (/^\d+$/.test(rest) && Number.isSafeInteger(n)) highest = Math.max(highest, n);
  }
  let n = highest + 1;
  // Defensive: with `highest` as above this never loops, but an id must never be reused.
  while (taken.has(`${head}${n}`)) n += 1;
  return `${head}${n}`;
}
