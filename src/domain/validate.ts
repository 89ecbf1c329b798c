/**
 * Whole-chart validation, for charts that did not come through the commands:
 * loaded files, and (later) merges from collaborators, after which reporting
 * cycles must be re-checked. It applies the same rules as the commands
 * (chart-rules.ts), so a chart the commands built always validates clean.
 */
import type { Chart, Customer, Role } from './chart';
import { ChartError, type ChartErrorCode } from './chart-error';
import {
  cycleText,
  headcountProblem,
  indexChart,
  isBlank,
  isSettingsKey,
  quoted,
  settingProblem,
  shown,
  SETTINGS_LABELS,
  type ChartIndex,
} from './chart-rules';

type Report = (code: ChartErrorCode, message: string, ids?: string[]) => void;

/** `Role "Cashier" (cashiers-north)`: a file's reader needs both the title and the id to find it. */
function roleName(role: Role): string {
  return isBlank(role.title)
    ? `Role ${quoted(role.id)}`
    : `Role ${quoted(role.title)} (${role.id})`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkChartFields(chart: Chart, report: Report): void {
  if (isBlank(chart.name)) report('empty-title', 'The chart has no name.');
  const settings: unknown = chart.settings;
  if (typeof settings !== 'object' || settings === null) {
    report('invalid-field', 'The chart has no settings.');
    return;
  }
  for (const key of Object.keys(SETTINGS_LABELS)) {
    if (!isSettingsKey(key)) continue;
    const problem = settingProblem(key, (settings as Record<string, unknown>)[key]);
    if (problem) report('invalid-field', `${capitalised(problem)}.`);
  }
}

/** Ids must be non-blank and unique across roles and customers together. */
function checkIds(chart: Chart, report: Report): void {
  const holders = new Map<string, string[]>();
  const hold = (id: unknown, name: string) => {
    if (typeof id !== 'string' || isBlank(id)) {
      report('invalid-field', `${name} has a blank id (${shown(id)}).`);
      return;
    }
    const names = holders.get(id);
    if (names) names.push(name);
    else holders.set(id, [name]);
  };
  for (const role of chart.roles) hold(role.id, `Role ${quoted(String(role.title))}`);
  for (const customer of chart.customers) {
    hold(customer.id, `Customer ${quoted(String(customer.name))}`);
  }
  for (const [id, names] of holders) {
    if (names.length < 2) continue;
    report('duplicate-id', `The id ${quoted(id)} is used more than once: ${names.join(', ')}.`, [
      id,
    ]);
  }
}

function checkCustomer(customer: Customer, report: Report): void {
  if (isBlank(customer.name)) {
    report('empty-title', `Customer ${quoted(customer.id)} has no name.`, [customer.id]);
  }
}

function checkRole(role: Role, index: ChartIndex, report: Report): void {
  const { id } = role;
  const name = roleName(role);
  if (isBlank(role.title)) report('empty-title', `${name} has no title.`, [id]);
  const problem = headcountProblem(isBlank(role.title) ? id : role.title, role.headcount);
  if (problem) report('invalid-headcount', `${capitalised(problem)}.`, [id]);
  for (const field of ['person', 'team'] as const) {
    const value: unknown = role[field];
    if (value !== undefined && typeof value !== 'string') {
      report('invalid-field', `${name} has a ${field} that is not text (${shown(value)}).`, [id]);
    }
  }

  const manager: unknown = role.reportsTo;
  if (manager === id) {
    report('self-link', `${name} reports to itself.`, [id]);
  } else if (typeof manager === 'string') {
    const entry = index.get(manager);
    if (!entry) {
      report(
        'unknown-id',
        `${name} reports to ${quoted(manager)}, which is not a role in this chart.`,
        [id, manager],
      );
    } else if (entry.kind === 'customer') {
      const customer = quoted(entry.customer.name);
      report(
        'invalid-field',
        `${name} reports to ${customer}, a customer; only a role can be a manager.`,
        [id, manager],
      );
    }
  } else if (manager !== null) {
    report('invalid-field', `${name} has a manager that is not an id (${shown(manager)}).`, [id]);
  }

  const serves: unknown = role.serves;
  if (!Array.isArray(serves)) {
    report('invalid-field', `${name} has a serves list that is not a list of ids.`, [id]);
    return;
  }
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const to of serves as unknown[]) {
    if (typeof to !== 'string') {
      report('invalid-field', `${name} serves something that is not an id (${shown(to)}).`, [id]);
    } else if (to === id) {
      report('self-link', `${name} serves itself.`, [id]);
    } else if (!index.has(to)) {
      report(
        'unknown-id',
        `${name} serves ${quoted(to)}, which is not a role or customer in this chart.`,
        [id, to],
      );
    } else if (seen.has(to) && !repeated.has(to)) {
      repeated.add(to);
      report('duplicate-link', `${name} serves ${quoted(to)} more than once.`, [id, to]);
    }
    if (typeof to === 'string') seen.add(to);
  }
}

/**
 * Every reporting cycle, once each. Each role has at most one manager, so
 * following managers from any role either ends or enters exactly one cycle;
 * marking roles with the walk that first reached them makes the whole search
 * linear. A cycle is listed in reporting order (each role, then its manager),
 * starting at its member that comes first in the chart, so the output is
 * stable. Self-reports are reported by checkRole, not here.
 */
function checkCycles(chart: Chart, index: ChartIndex, report: Report): void {
  const { roles } = chart;
  const walkOf = new Int32Array(roles.length); // 0: not reached yet; else 1 + the walk's start
  const managerPosition = (role: Role): number | undefined => {
    const entry = typeof role.reportsTo === 'string' ? index.get(role.reportsTo) : undefined;
    return entry?.kind === 'role' ? entry.index : undefined;
  };
  for (let start = 0; start < roles.length; start += 1) {
    if (walkOf[start] !== 0) continue;
    const path: number[] = [];
    let position: number | undefined = start;
    while (position !== undefined && walkOf[position] === 0) {
      walkOf[position] = start + 1;
      path.push(position);
      const role: Role | undefined = roles[position];
      position = role ? managerPosition(role) : undefined;
    }
    // Reaching a role marked by an earlier walk means a cycle (if any) was already found.
    if (position === undefined || walkOf[position] !== start + 1) continue;
    const cycle = path.slice(path.indexOf(position));
    if (cycle.length < 2) continue;
    // Not Math.min(...cycle): spreading a cycle of ~200,000 roles overflows the call stack.
    const first = cycle.indexOf(cycle.reduce((a, b) => Math.min(a, b)));
    const ids = [...cycle.slice(first), ...cycle.slice(0, first)].map((at) => roles[at]?.id ?? '');
    const message = `Reporting cycle: ${cycleText(index, ids)} (ids ${ids.join(', ')}). Every chain of managers must end at a top leader.`;
    report('cycle', message, ids);
  }
}

/**
 * Every problem in a whole chart (for loaded files): duplicate ids (roles and
 * customers together), unknown manager, unknown serves target, self-report,
 * self-serve, repeated serves entry, empty title or name, bad headcount, bad
 * settings, and reporting cycles (each cycle once, ids in order). Never loops
 * on bad input; linear in roles and links. An empty array means valid.
 */
export function validateChart(chart: Chart): ChartError[] {
  const problems: ChartError[] = [];
  const report: Report = (code, message, ids = []) => {
    problems.push(new ChartError(code, message, ids));
  };
  checkChartFields(chart, report);
  checkIds(chart, report);
  const index = indexChart(chart);
  for (const customer of chart.customers) checkCustomer(customer, report);
  for (const role of chart.roles) checkRole(role, index, report);
  checkCycles(chart, index, report);
  return problems;
}
