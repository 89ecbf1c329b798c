/**
 * The Outline's rows: the chart's reporting tree as plain data, each role
 * with what its columns show (title, person, team, headcount, distance to a
 * customer, flags), and its reports in sibling order. Built once per chart
 * (charts are immutable, so a WeakMap caches it and frees itself).
 */
import type { Chart } from '../../domain/chart';
import type { Analysis } from '../../domain/analysis/service-paths';
import { FLAG_WORDS } from '../../theme/flags';

/** One role as the Outline shows it. */
export interface OutlineRow {
  id: string;
  title: string;
  person: string;
  team: string;
  headcount: number;
  /** Steps to the nearest customer, or null with no path. */
  distance: number | null;
  /** The role's flags in words, most serious first. */
  flags: string[];
  /** Direct reports, in the chart's order. */
  children: OutlineRow[];
}

/** The tree and an index into it. */
export interface OutlineModel {
  roots: OutlineRow[];
  /** Each role's manager as the Outline nests it (null at the top). */
  parentOf: Map<string, string | null>;
}

const models = new WeakMap<Chart, OutlineModel>();

/**
 * The Outline of `chart`: top leaders (and roles whose manager is missing)
 * at the root, every other role under its manager. A role caught in a
 * reporting cycle (invalid data) is shown at the root rather than lost.
 */
export function outlineOf(
  chart: Chart,
  analysis: Pick<Analysis, 'roles' | 'flagsByRole'>,
): OutlineModel {
  const cached = models.get(chart);
  if (cached) return cached;
  const rows = new Map<string, OutlineRow>();
  for (const role of chart.roles) {
    if (rows.has(role.id)) continue;
    rows.set(role.id, {
      id: role.id,
      title: role.title,
      person: role.person ?? '',
      team: role.team ?? '',
      headcount: role.headcount,
      distance: analysis.roles.get(role.id)?.distance ?? null,
      flags: [...new Set((analysis.flagsByRole.get(role.id) ?? []).map((f) => FLAG_WORDS[f.kind]))],
      children: [],
    });
  }
  const parentOf = new Map<string, string | null>();
  const roots: OutlineRow[] = [];
  for (const role of chart.roles) {
    const row = rows.get(role.id)!;
    if (parentOf.has(role.id)) continue;
    const manager = role.reportsTo ? rows.get(role.reportsTo) : undefined;
    if (manager && manager !== row) {
      manager.children.push(row);
      parentOf.set(role.id, manager.id);
    } else {
      roots.push(row);
      parentOf.set(role.id, null);
    }
  }
  // Roles whose chain of managers loops never reach a root: lift them to the top.
  const reached = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const row = stack.pop()!;
    reached.add(row.id);
    for (const child of row.children) stack.push(child);
  }
  for (const row of rows.values()) {
    if (reached.has(row.id)) continue;
    const manager = parentOf.get(row.id);
    const siblings = manager ? rows.get(manager)?.children : undefined;
    if (siblings) siblings.splice(siblings.indexOf(row), 1);
    parentOf.set(row.id, null);
    roots.push(row);
    const below = [row];
    while (below.length > 0) {
      const next = below.pop()!;
      reached.add(next.id);
      below.push(...next.children);
    }
  }
  const model = { roots, parentOf };
  models.set(chart, model);
  return model;
}

/** The managers above `id`, nearest first. */
export function managersOf(model: OutlineModel, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([id]);
  for (
    let up = model.parentOf.get(id) ?? null;
    up !== null && !seen.has(up);
    up = model.parentOf.get(up) ?? null
  ) {
    out.push(up);
    seen.add(up);
  }
  return out;
}

/** What a screen reader reads for a row: every column, in words. */
export function rowLabel(row: OutlineRow): string {
  return [
    row.title || 'Untitled role',
    row.person,
    row.team,
    `headcount ${row.headcount}`,
    distanceWords(row.distance),
    ...row.flags,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The distance column in words: "2 steps to a customer", "No path". */
export function distanceWords(distance: number | null): string {
  if (distance === null) return 'no path to a customer';
  if (distance === 0) return 'serves a customer';
  return `${distance} ${distance === 1 ? 'step' : 'steps'} to a customer`;
}
