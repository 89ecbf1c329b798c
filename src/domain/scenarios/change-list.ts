/**
 * The changes of a scenario as a person reads them: grouped, counted, each a
 * sentence that names roles by title (the scenario's title for what is there,
 * the base's for what was removed). The Changes region, the comparison
 * export and the changes CSV read this list.
 */
import type { Chart } from '../chart';
import type { ChartDiff, RoleChange } from '../diff/chart-diff';

export type ChangeGroupKey =
  | 'added'
  | 'removed'
  | 'moved'
  | 'retitled'
  | 'person'
  | 'team'
  | 'headcount'
  | 'serves-added'
  | 'serves-removed'
  | 'customers';

export const CHANGE_GROUPS: readonly { key: ChangeGroupKey; label: string }[] = [
  { key: 'added', label: 'Added' },
  { key: 'removed', label: 'Removed' },
  { key: 'moved', label: 'Moved' },
  { key: 'retitled', label: 'Retitled' },
  { key: 'person', label: 'Holder changed' },
  { key: 'team', label: 'Team changed' },
  { key: 'headcount', label: 'Headcount changed' },
  { key: 'serves-added', label: 'Serves added' },
  { key: 'serves-removed', label: 'Serves removed' },
  { key: 'customers', label: 'Customer groups' },
];

export interface ChangeEntry {
  group: ChangeGroupKey;
  /** The role to focus in both charts, when the change is about one. */
  roleId: string | null;
  /** One sentence, e.g. `Cashier moved from under Store Manager to under CEO`. */
  text: string;
}

export interface ChangeGroup {
  key: ChangeGroupKey;
  label: string;
  entries: ChangeEntry[];
}

/** Names for ids: the scenario's first, then the base's (a removed role keeps its old title). */
function namer(base: Chart, scenario: Chart): (id: string | null) => string {
  const names = new Map<string, string>();
  for (const chart of [base, scenario]) {
    for (const role of chart.roles) names.set(role.id, role.title);
    for (const customer of chart.customers) names.set(customer.id, customer.name);
  }
  return (id) => (id === null ? 'nobody (top level)' : (names.get(id) ?? id));
}

const shown = (value: string | undefined) => (value === undefined ? 'none' : `“${value}”`);

function roleEntries(change: RoleChange, name: (id: string | null) => string): ChangeEntry[] {
  const id = change.id;
  const entries: ChangeEntry[] = [];
  const add = (group: ChangeGroupKey, text: string) => entries.push({ group, roleId: id, text });
  if (change.manager) {
    const { before, after } = change.manager;
    add('moved', `${name(id)} moved from under ${name(before)} to under ${name(after)}`);
  }
  if (change.title) add('retitled', `${change.title.before} retitled ${change.title.after}`);
  if (change.person) {
    add(
      'person',
      `${name(id)}: holder ${shown(change.person.before)} → ${shown(change.person.after)}`,
    );
  }
  if (change.team) {
    add('team', `${name(id)}: team ${shown(change.team.before)} → ${shown(change.team.after)}`);
  }
  if (change.headcount) {
    add(
      'headcount',
      `${name(id)}: headcount ${change.headcount.before} → ${change.headcount.after}`,
    );
  }
  return entries;
}

/** Every change in its group (groups in CHANGE_GROUPS order; empty groups left out). */
export function changeList(base: Chart, scenario: Chart, diff: ChartDiff): ChangeGroup[] {
  const name = namer(base, scenario);
  const entries: ChangeEntry[] = [
    ...diff.added.map((role) => ({
      group: 'added' as const,
      roleId: role.id,
      text: `${role.title} added under ${name(role.reportsTo)}`,
    })),
    ...diff.removed.map((role) => ({
      group: 'removed' as const,
      roleId: role.id,
      text: `${role.title} removed (was under ${name(role.reportsTo)})`,
    })),
    ...diff.changed.flatMap((change) => roleEntries(change, name)),
    ...diff.linksAdded.map((link) => ({
      group: 'serves-added' as const,
      roleId: link.from,
      text: `${name(link.from)} now serves ${name(link.to)}`,
    })),
    ...diff.linksRemoved.map((link) => ({
      group: 'serves-removed' as const,
      roleId: link.from,
      text: `${name(link.from)} no longer serves ${name(link.to)}`,
    })),
    ...diff.customersAdded.map((c) => ({
      group: 'customers' as const,
      roleId: null,
      text: `Customer group ${c.name} added`,
    })),
    ...diff.customersRemoved.map((c) => ({
      group: 'customers' as const,
      roleId: null,
      text: `Customer group ${c.name} removed`,
    })),
    ...diff.customersRenamed.map((c) => ({
      group: 'customers' as const,
      roleId: null,
      text: `Customer group ${c.before} renamed ${c.after}`,
    })),
  ];
  return CHANGE_GROUPS.map((group) => ({
    ...group,
    entries: entries.filter((entry) => entry.group === group.key),
  })).filter((group) => group.entries.length > 0);
}
