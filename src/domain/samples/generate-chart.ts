/**
 * Realistic random charts, for benchmarks and property tests. Pure and
 * deterministic: the same options always give the same chart.
 */
import { DEFAULT_SETTINGS, type Chart, type Customer, type Role } from '../chart';

export interface GenerateChartOptions {
  /** Number of roles (0 or more). */
  roles: number;
  /** Any integer; the same seed gives the same chart. */
  seed: number;
  /** Share of roles (0..1) that also serve a role in another division; default 0. */
  crossLinkShare?: number;
  /** Number of customer groups; default 3. */
  customers?: number;
}

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CUSTOMER_NAMES = [
  'Shoppers',
  'Online buyers',
  'Business accounts',
  'Wholesale partners',
  'Subscribers',
  'Franchisees',
];
const MANAGER_TITLES = [
  'Chief Executive Officer',
  'Vice President',
  'Director',
  'Senior Manager',
  'Manager',
  'Team Lead',
  'Supervisor',
  'Shift Lead',
];
const FRONT_LINE_TITLES = [
  'Sales Associate',
  'Cashier',
  'Support Agent',
  'Field Technician',
  'Account Executive',
];
const STAFF_TITLES = ['Executive Assistant', 'Analyst', 'Internal Auditor', 'Strategy Advisor'];
const DIVISIONS = ['Stores', 'Online', 'Operations', 'Finance', 'Support', 'Logistics', 'IT'];
/** Chance that a new role is a staff role: it never gets reports nor serves a customer. */
const STAFF_SHARE = 0.1;
/** Chance that a front-line role serves a second customer group. */
const SECOND_CUSTOMER_SHARE = 0.15;

/**
 * A company of `roles` roles: one top leader, every manager with 3–8 direct
 * reports, filled breadth first (so the hierarchy has 4 levels at a few
 * hundred roles and about 7–8 at 50,000). About 10% of roles are staff
 * (assistants, analysts) with no reports and no service link, so some roles
 * have no path to a customer. Every other role without reports is front line
 * and serves its division's customer group (sometimes a second one).
 * `crossLinkShare` of the roles then get a service link to a random role in
 * another division, across the hierarchy.
 */
export function generateChart(options: GenerateChartOptions): Chart {
  const n = Math.max(0, Math.floor(options.roles));
  const customerCount = Math.max(0, Math.floor(options.customers ?? 3));
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const customers: Customer[] = [];
  for (let c = 0; c < customerCount; c++) {
    const name = CUSTOMER_NAMES[c] ?? `Customer group ${c + 1}`;
    customers.push({ id: `customer-${c + 1}`, name });
  }

  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  const division = new Int32Array(n);
  const staff = new Uint8Array(n);
  const reports = new Int32Array(n);
  const managers: number[] = n > 0 ? [0] : [];
  let head = 0;
  let count = Math.min(n, 1);
  while (count < n) {
    if (head === managers.length) {
      // Only staff roles left to grow from (very unlikely): promote the newest.
      staff[count - 1] = 0;
      managers.push(count - 1);
    }
    const manager = managers[head++]!;
    const span = Math.min(3 + Math.floor(random() * 6), n - count);
    for (let k = 0; k < span; k++) {
      const r = count++;
      parent[r] = manager;
      depth[r] = depth[manager]! + 1;
      division[r] = depth[r] === 1 ? r : division[manager]!;
      if (random() < STAFF_SHARE) staff[r] = 1;
      else managers.push(r);
    }
    reports[manager] = span;
  }

  const roles: Role[] = [];
  for (let r = 0; r < n; r++) {
    const d = depth[r]!;
    const team = DIVISIONS[division[r]! % DIVISIONS.length]!;
    const role: Role = {
      id: `role-${r + 1}`,
      title: '',
      team,
      headcount: 1,
      reportsTo: r === 0 ? null : `role-${parent[r]! + 1}`,
      serves: [],
    };
    if (reports[r]! > 0 || r === 0) {
      role.title = MANAGER_TITLES[Math.min(d, MANAGER_TITLES.length - 1)]!;
    } else if (staff[r]) {
      role.title = pick(STAFF_TITLES);
    } else {
      role.title = pick(FRONT_LINE_TITLES);
      role.headcount = 1 + Math.floor(random() * 20);
      if (customerCount > 0) {
        const first = division[r]! % customerCount;
        role.serves.push(`customer-${first + 1}`);
        if (customerCount > 1 && random() < SECOND_CUSTOMER_SHARE) {
          const second = (first + 1 + Math.floor(random() * (customerCount - 1))) % customerCount;
          role.serves.push(`customer-${second + 1}`);
        }
      }
    }
    roles.push(role);
  }

  // Cross links: distinct sources (a partial Fisher–Yates shuffle), each to a
  // role in another division; skipped when a few tries find none.
  const share = Math.min(1, Math.max(0, options.crossLinkShare ?? 0));
  const links = Math.min(Math.round(share * n), Math.max(0, n - 1));
  const candidates = new Int32Array(Math.max(0, n - 1));
  for (let k = 0; k < candidates.length; k++) candidates[k] = k + 1;
  for (let k = 0; k < links; k++) {
    const j = k + Math.floor(random() * (candidates.length - k));
    const source = candidates[j]!;
    candidates[j] = candidates[k]!;
    candidates[k] = source;
    for (let attempt = 0; attempt < 8; attempt++) {
      const target = 1 + Math.floor(random() * (n - 1));
      if (division[target] === division[source]) continue;
      roles[source]!.serves.push(`role-${target + 1}`);
      break;
    }
  }

  return {
    name: `Generated chart (${n} roles, seed ${options.seed})`,
    customers,
    roles,
    settings: { ...DEFAULT_SETTINGS },
  };
}
