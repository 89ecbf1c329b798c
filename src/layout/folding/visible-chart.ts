/**
 * What is drawn of a chart when some managers' branches are collapsed.
 *
 * Collapsing is view state: it changes what the canvas draws, never what the
 * chart means (the analysis always reads the whole chart). A collapsed
 * manager stays on screen; every role below it (its reports, their reports…)
 * is left out, and so are the edges to them. Customers always stay.
 *
 * Pure and linear in the number of roles. `chartTree` indexes a chart once;
 * the editor caches it per chart object (see editor/navigation.ts).
 */
import type { Chart } from '../../domain/chart';
import { buildForest, type Forest } from '../tree/forest';

/** What a manager's branch holds: every role below it, and their headcount. */
export interface Branch {
  roles: number;
  headcount: number;
}

/** The reporting hierarchy of a chart, with the size of every branch. */
export interface ChartTree {
  forest: Forest;
  /** Per role index: the number of roles below it (0 for a role with no reports). */
  branchRoles: Int32Array;
  /** Per role index: the headcount below it. */
  branchHeadcount: Float64Array;
}

/** Roles count at their stored headcount; bad stored data counts as the default, 1 (as the analysis does). */
export function headcountOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;
}

/** Indexes a chart's reporting hierarchy (never throws: bad lines become top leaders, as in the layout). */
export function chartTree(chart: Chart): ChartTree {
  const forest = buildForest(chart.roles);
  const { n, parent, preorder, roles } = forest;
  const branchRoles = new Int32Array(n + 1);
  const branchHeadcount = new Float64Array(n + 1);
  // Children come after their parent in preorder, so walking it backwards sums each branch bottom-up.
  for (let k = preorder.length - 1; k >= 0; k--) {
    const v = preorder[k]!;
    if (v === n) continue;
    const p = parent[v]!;
    branchRoles[p] = branchRoles[p]! + branchRoles[v]! + 1;
    branchHeadcount[p] =
      branchHeadcount[p]! + branchHeadcount[v]! + headcountOf(roles[v]!.headcount);
  }
  return { forest, branchRoles, branchHeadcount };
}

/** The branch below a role (its reports and everything under them), or null when it manages no one. */
export function branchOf(tree: ChartTree, id: string): Branch | null {
  const i = tree.forest.indexOf.get(id);
  if (i === undefined || tree.branchRoles[i] === 0) return null;
  return { roles: tree.branchRoles[i]!, headcount: tree.branchHeadcount[i]! };
}

/**
 * Per role index, whether it is hidden: some manager above it is collapsed.
 * A collapsed manager itself stays visible.
 */
function hiddenRoles(tree: ChartTree, collapsed: ReadonlySet<string>): Uint8Array | null {
  const { n, parent, preorder, roles } = tree.forest;
  if (collapsed.size === 0) return null;
  const hidden = new Uint8Array(n + 1);
  // 1 when the role's own reports are out of sight (it is hidden, or collapsed).
  const closed = new Uint8Array(n + 1);
  let any = false;
  for (let k = 0; k < preorder.length; k++) {
    const v = preorder[k]!;
    if (v === n) continue;
    const p = parent[v]!;
    if (p !== n && closed[p]) {
      hidden[v] = 1;
      closed[v] = 1;
      any = true;
    } else if (collapsed.has(roles[v]!.id)) {
      closed[v] = 1;
    }
  }
  return any ? hidden : null;
}

/**
 * The chart as drawn: every role below a collapsed manager left out, the rest
 * (roles, customers, settings) as they are. Returns `chart` itself when nothing
 * is hidden, so caches keyed by the chart keep working. Service links to
 * hidden roles stay in the data; the canvas draws no edge to a node it lacks.
 */
export function visibleChart(
  chart: Chart,
  collapsed: ReadonlySet<string>,
  tree: ChartTree = chartTree(chart),
): Chart {
  const hidden = hiddenRoles(tree, collapsed);
  if (!hidden) return chart;
  const { indexOf } = tree.forest;
  const roles = chart.roles.filter((role) => !hidden[indexOf.get(role.id) ?? -1]);
  return { ...chart, roles };
}

/** The number of roles that `collapsed` hides (0 when every role is drawn). */
export function hiddenCount(tree: ChartTree, collapsed: ReadonlySet<string>): number {
  const hidden = hiddenRoles(tree, collapsed);
  if (!hidden) return 0;
  let count = 0;
  for (let i = 0; i < tree.forest.n; i++) count += hidden[i]!;
  return count;
}

/** The managers above a role, nearest first ([] for a top leader or an unknown id). */
export function ancestorsOf(tree: ChartTree, id: string): string[] {
  const { n, parent, roles, indexOf } = tree.forest;
  const ancestors: string[] = [];
  const start = indexOf.get(id);
  if (start === undefined) return ancestors;
  // The forest has no cycles (they are cut when it is built), so this ends.
  for (let v = parent[start]!; v !== n && v >= 0; v = parent[v]!) ancestors.push(roles[v]!.id);
  return ancestors;
}

/** Every role below a manager (its reports, their reports…), in no particular order. */
export function descendantsOf(tree: ChartTree, id: string): string[] {
  const { childStart, childCount, childList, roles, indexOf } = tree.forest;
  const start = indexOf.get(id);
  if (start === undefined) return [];
  const below: string[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const from = childStart[v]!;
    for (let k = from; k < from + childCount[v]!; k++) {
      const c = childList[k]!;
      below.push(roles[c]!.id);
      stack.push(c);
    }
  }
  return below;
}

/**
 * `collapsed` with every manager above each of `ids` expanded, so all of them
 * are drawn. Returns the very same set when nothing had to change.
 */
export function expandedTo(
  tree: ChartTree,
  collapsed: ReadonlySet<string>,
  ids: Iterable<string>,
): ReadonlySet<string> {
  if (collapsed.size === 0) return collapsed;
  let next: Set<string> | null = null;
  for (const id of ids) {
    for (const ancestor of ancestorsOf(tree, id)) {
      if (!(next ?? collapsed).has(ancestor)) continue;
      next ??= new Set(collapsed);
      next.delete(ancestor);
    }
  }
  return next ?? collapsed;
}

/**
 * `collapsed` without the ids that no longer name a manager (a role deleted,
 * or its last report moved away), so a role later put under it is not hidden
 * by a fold the user can no longer see. The same set when nothing is dropped.
 */
export function prunedCollapsed(
  tree: ChartTree,
  collapsed: ReadonlySet<string>,
): ReadonlySet<string> {
  let next: Set<string> | null = null;
  for (const id of collapsed) {
    if (branchOf(tree, id)) continue;
    next ??= new Set(collapsed);
    next.delete(id);
  }
  return next ?? collapsed;
}

export interface DefaultCollapseOptions {
  /** Charts with more roles than this open collapsed; default 300. */
  threshold?: number;
  /** Roles drawn at most when it opens (unless the top leaders alone are more); default 300. */
  budget?: number;
}

export const COLLAPSE_THRESHOLD = 300;

/**
 * How a big chart opens: every manager from some depth down collapsed, that
 * depth chosen as the deepest at which at most `budget` roles are drawn (the
 * top leaders are always drawn). Collapsing every manager below it too (not
 * only those at that depth) means expanding one branch shows one more level,
 * never thousands of roles at once. Small charts open fully expanded.
 */
export function defaultCollapsed(
  tree: ChartTree,
  options: DefaultCollapseOptions = {},
): ReadonlySet<string> {
  const threshold = options.threshold ?? COLLAPSE_THRESHOLD;
  const budget = options.budget ?? COLLAPSE_THRESHOLD;
  const { n, depth, rows, roles } = tree.forest;
  if (n <= threshold) return new Set();
  const perDepth = new Int32Array(rows);
  for (let i = 0; i < n; i++) perDepth[depth[i]!] = perDepth[depth[i]!]! + 1;
  let fold = 0;
  let drawn = perDepth[0] ?? 0;
  while (fold + 1 < rows && drawn + perDepth[fold + 1]! <= budget) {
    fold++;
    drawn += perDepth[fold]!;
  }
  const collapsed = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (depth[i]! >= fold && tree.branchRoles[i]! > 0) collapsed.add(roles[i]!.id);
  }
  return collapsed;
}
