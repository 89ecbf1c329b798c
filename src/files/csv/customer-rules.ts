/**
 * "Team Retail Operations and titles containing Associate serve Shoppers":
 * the customer groups a user names in the import preview, applied as service
 * links. An HRIS export has no service links, so without this every imported
 * role would be flagged.
 */
import type { Chart, Customer, Role } from '../../domain/chart';

/** A customer group and the roles that serve it: a role matches when its team or its title matches. */
export interface CustomerRule {
  /** The customer's name; an existing customer of that name is reused, otherwise one is created. */
  customer: string;
  /** Teams whose roles serve the customer (case-insensitive, whole team name). */
  teams?: string[];
  /** Title fragments: a role whose title contains one (case-insensitive) serves the customer. */
  titleContains?: string[];
  /**
   * A team rule reaches the team's front line (its roles with no reports);
   * true: its managers too. Title fragments always reach the titles they name.
   */
  includeManagers?: boolean;
}

/** The ids of roles that have at least one report. */
export function managerIds(chart: Pick<Chart, 'roles'>): Set<string> {
  const managers = new Set<string>();
  for (const role of chart.roles) if (role.reportsTo) managers.add(role.reportsTo);
  return managers;
}

function fold(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/**
 * A predicate for the roles a rule applies to. `managers` (from `managerIds`)
 * keeps a team rule to the team's front line unless the rule includes managers.
 */
export function ruleMatcher(
  rule: CustomerRule,
  managers: ReadonlySet<string> = new Set(),
): (role: Role) => boolean {
  const teams = new Set((rule.teams ?? []).map(fold).filter((team) => team !== ''));
  const fragments = (rule.titleContains ?? []).map(fold).filter((fragment) => fragment !== '');
  return (role) => {
    if (
      role.team !== undefined &&
      teams.has(fold(role.team)) &&
      (rule.includeManagers === true || !managers.has(role.id))
    ) {
      return true;
    }
    if (fragments.length === 0) return false;
    const title = role.title.toLocaleLowerCase();
    return fragments.some((fragment) => title.includes(fragment));
  };
}

/**
 * A customer id from a name: "Online buyers" → "online-buyers", made unique
 * against `taken` by a numeric suffix ("online-buyers-2"). Deterministic, so
 * the same file always imports to the same ids.
 */
export function customerIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'customer';
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** What applying rules did, for the preview to report. */
export interface RulesOutcome {
  chart: Chart;
  /** Per rule (same order), how many roles it linked. */
  matched: number[];
}

/**
 * Apply rules to a chart: each matching role gets a service link to the
 * rule's customer (created when no customer has that name). Links already
 * there are not repeated. Returns a new chart; the input is not mutated.
 */
export function applyCustomerRules(chart: Chart, rules: readonly CustomerRule[]): RulesOutcome {
  const customers: Customer[] = [...chart.customers];
  const byName = new Map<string, string>();
  for (const customer of customers)
    if (!byName.has(customer.name)) byName.set(customer.name, customer.id);
  const taken = new Set<string>([...chart.roles.map((r) => r.id), ...customers.map((c) => c.id)]);

  const managers = managerIds(chart);
  const targets = rules.map((rule) => {
    const name = rule.customer.trim();
    let id = byName.get(name);
    if (id === undefined) {
      id = customerIdFor(name, taken);
      taken.add(id);
      byName.set(name, id);
      customers.push({ id, name });
    }
    return { id, matches: ruleMatcher(rule, managers) };
  });

  const matched = rules.map(() => 0);
  const roles = chart.roles.map((role) => {
    let serves: string[] | null = null;
    targets.forEach((target, index) => {
      if (!target.matches(role)) return;
      matched[index]!++;
      const current = serves ?? role.serves;
      if (current.includes(target.id)) return;
      serves = [...current, target.id];
    });
    return serves ? { ...role, serves } : role;
  });
  return { chart: { ...chart, customers, roles }, matched };
}
