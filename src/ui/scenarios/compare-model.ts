/**
 * What the compare view draws, from two charts: the difference, the grouped
 * change list, and for the overlay the proposed chart with the removed roles
 * put back as ghosts under their old manager (so they are laid out where they
 * were, without covering anyone), and every role's marks as sentences. Pure.
 */
import type { Chart } from '../../domain/chart';
import { diffCharts, type ChartDiff } from '../../domain/diff/chart-diff';
import {
  changeList,
  type ChangeGroup,
  type ChangeGroupKey,
} from '../../domain/scenarios/change-list';

/** A mark's kind: a change group that falls on one role (every group but the customers'). */
export type MarkKind = Exclude<ChangeGroupKey, 'customers'>;

/** One mark on a role in the overlay: always words (and an icon), never colour alone. */
export interface RoleMark {
  kind: MarkKind;
  text: string;
}

export interface Comparison {
  base: Chart;
  scenario: Chart;
  diff: ChartDiff;
  groups: ChangeGroup[];
  /** The scenario plus its removed roles (ghosts), for the overlay. */
  overlay: Chart;
  /** Marks by role id (roles of the overlay chart). */
  marks: Map<string, RoleMark[]>;
  /** Ids of the ghosts in `overlay`. */
  ghosts: ReadonlySet<string>;
  /** Service links of the overlay as `from\u0000to`: added in the scenario, or removed (drawn dashed). */
  linksAdded: ReadonlySet<string>;
  linksRemoved: ReadonlySet<string>;
}

export const linkKey = (from: string, to: string) => `${from}\u0000${to}`;

export function compareCharts(base: Chart, scenario: Chart): Comparison {
  const diff = diffCharts(base, scenario);
  const groups = changeList(base, scenario, diff);
  const names = new Map<string, string>();
  for (const chart of [base, scenario]) {
    for (const role of chart.roles) names.set(role.id, role.title);
    for (const customer of chart.customers) names.set(customer.id, customer.name);
  }
  const name = (id: string | null) => (id === null ? 'nobody (top level)' : (names.get(id) ?? id));
  const marks = new Map<string, RoleMark[]>();
  const mark = (id: string, kind: MarkKind, text: string) => {
    const list = marks.get(id);
    if (list) list.push({ kind, text });
    else marks.set(id, [{ kind, text }]);
  };

  const inScenario = new Set(scenario.roles.map((role) => role.id));
  const ghosts = new Set(diff.removed.map((role) => role.id));
  const ghostRoles = diff.removed.map((role) => ({
    ...role,
    // Under its old manager when that one is still there (or is a ghost too).
    reportsTo:
      role.reportsTo !== null && (inScenario.has(role.reportsTo) || ghosts.has(role.reportsTo))
        ? role.reportsTo
        : null,
    serves: [] as string[],
  }));
  const removedLinks = diff.linksRemoved.filter(
    (link) => inScenario.has(link.from) || ghosts.has(link.from),
  );
  const overlay: Chart = {
    ...scenario,
    customers: [...scenario.customers, ...diff.customersRemoved],
    roles: [...scenario.roles, ...ghostRoles],
  };
  // The removed links are drawn too, so the overlay holds them in `serves`.
  const servesExtra = new Map<string, string[]>();
  for (const link of removedLinks) {
    servesExtra.set(link.from, [...(servesExtra.get(link.from) ?? []), link.to]);
  }
  if (servesExtra.size > 0) {
    overlay.roles = overlay.roles.map((role) =>
      servesExtra.has(role.id)
        ? { ...role, serves: [...role.serves, ...servesExtra.get(role.id)!] }
        : role,
    );
  }

  for (const role of diff.added) mark(role.id, 'added', `Added under ${name(role.reportsTo)}`);
  for (const role of diff.removed) {
    mark(role.id, 'removed', `Removed (was under ${name(role.reportsTo)})`);
  }
  for (const change of diff.changed) {
    if (change.manager) mark(change.id, 'moved', `Was under ${name(change.manager.before)}`);
    if (change.title) mark(change.id, 'retitled', `Was “${change.title.before}”`);
    if (change.person) {
      mark(change.id, 'person', `Holder was ${change.person.before ?? 'none'}`);
    }
    if (change.team) mark(change.id, 'team', `Team was ${change.team.before ?? 'none'}`);
    if (change.headcount) {
      mark(change.id, 'headcount', `Headcount was ${change.headcount.before}`);
    }
  }
  for (const link of diff.linksAdded)
    mark(link.from, 'serves-added', `Now serves ${name(link.to)}`);
  for (const link of removedLinks) {
    mark(link.from, 'serves-removed', `No longer serves ${name(link.to)}`);
  }

  return {
    base,
    scenario,
    diff,
    groups,
    overlay,
    marks,
    ghosts,
    linksAdded: new Set(diff.linksAdded.map((link) => linkKey(link.from, link.to))),
    linksRemoved: new Set(removedLinks.map((link) => linkKey(link.from, link.to))),
  };
}
