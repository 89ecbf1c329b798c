/**
 * Teach on a big chart: its branches as labelled blocks. A room cannot read
 * thousands of boxes, and a stage cannot glide them, so above a budget the
 * chart Teach draws is folded the way the editor opens a big chart
 * (`defaultCollapsed`): the top levels as roles, each manager below them as
 * one block standing for its whole branch, labelled with its size. A block
 * carries its branch's service links (to the block or customer their target
 * is drawn in), so customers stay linked and the service-distance view puts
 * the block in the row of its nearest member. Pure and linear in roles.
 */
import type { Chart, Role } from '../../domain/chart';
import type { StepFocus } from '../../domain/teaching/step-focus';
import { chartTree, defaultCollapsed } from '../folding/visible-chart';

/** Charts with more roles than this are drawn as blocks in Teach. */
export const TEACH_BLOCKS_OVER = 60;
/** At most this many roles and blocks on the stage (unless the top leaders alone are more). */
const TEACH_BUDGET = 40;

export interface BranchBlocks {
  /** The chart as Teach draws it: the roles on the stage, a block's role standing for its branch (its `person` the block's label). */
  chart: Chart;
  /** Per block (its manager's id), the number of roles below the manager. */
  below: ReadonlyMap<string, number>;
  /** Per role of the whole chart, the id drawn for it: itself, or the block it is in. */
  drawnAs: ReadonlyMap<string, string>;
}

/** The whole chart, as it is (a chart small enough for every role to be read). */
function asItIs(chart: Chart): BranchBlocks {
  const drawnAs = new Map<string, string>();
  for (const role of chart.roles) drawnAs.set(role.id, role.id);
  return { chart, below: new Map(), drawnAs };
}

/** What Teach draws of `chart`: every role, or above TEACH_BLOCKS_OVER roles its branches as blocks. */
export function branchBlocks(chart: Chart, over = TEACH_BLOCKS_OVER): BranchBlocks {
  if (chart.roles.length <= over) return asItIs(chart);
  const tree = chartTree(chart);
  const collapsed = defaultCollapsed(tree, { threshold: over, budget: TEACH_BUDGET });
  const { n, parent, preorder, roles, indexOf } = tree.forest;
  // Per role index, the index drawn for it; preorder puts a manager before its reports.
  const drawn = new Int32Array(n);
  const shown: number[] = [];
  for (const v of preorder) {
    if (v === n) continue;
    const p = parent[v]!;
    const hidden = p !== n && (drawn[p] !== p || collapsed.has(roles[p]!.id));
    drawn[v] = hidden ? drawn[p]! : v;
    if (!hidden) shown.push(v);
  }
  const drawnAs = new Map<string, string>();
  for (let i = 0; i < n; i++) drawnAs.set(roles[i]!.id, roles[drawn[i]!]!.id);
  const below = new Map<string, number>();
  for (const v of shown) {
    if (collapsed.has(roles[v]!.id)) below.set(roles[v]!.id, tree.branchRoles[v]!);
  }
  // A block serves what its branch serves; a link to a hidden role goes to its block.
  const serves = new Map<number, Set<string>>();
  for (let i = 0; i < n; i++) {
    const own = drawn[i]!;
    const set = serves.get(own) ?? new Set<string>();
    serves.set(own, set);
    for (const target of roles[i]!.serves) {
      const at = indexOf.get(target);
      const to = at === undefined ? target : roles[drawn[at]!]!.id;
      if (to !== roles[own]!.id) set.add(to);
    }
  }
  const kept = new Set(shown);
  const drawnRoles: Role[] = chart.roles
    .filter((role) => kept.has(indexOf.get(role.id) ?? -1))
    .map((role) => {
      const v = indexOf.get(role.id)!;
      const own = [...(serves.get(v) ?? [])];
      const count = below.get(role.id);
      // A block's second line says what it stands for (where a person's name would be).
      if (count !== undefined) return { ...role, serves: own, person: blockLabel(count) };
      const same = own.length === role.serves.length && own.every((id, k) => id === role.serves[k]);
      return same ? role : { ...role, serves: own };
    });
  return { chart: { ...chart, roles: drawnRoles }, below, drawnAs };
}

/** A block's second line: how many roles it stands for. */
export function blockLabel(below: number): string {
  return `${below.toLocaleString('en')} ${below === 1 ? 'role' : 'roles'}`;
}

/**
 * A step's focus on the whole chart, as the stage draws it: a block lights
 * when any role of its branch does, at the level of its nearest one (so the
 * light still climbs from the customers to the leader). The figure is the
 * whole chart's.
 */
export function drawnFocus(focus: StepFocus, blocks: BranchBlocks): StepFocus {
  if (blocks.below.size === 0 || focus.lit === null) return focus;
  const lit = new Set<string>();
  for (const id of focus.lit) lit.add(blocks.drawnAs.get(id) ?? id);
  let levels: Map<string, number> | null = null;
  if (focus.levels) {
    levels = new Map();
    for (const [id, level] of focus.levels) {
      const at = blocks.drawnAs.get(id) ?? id;
      levels.set(at, Math.min(level, levels.get(at) ?? Infinity));
    }
  }
  return { ...focus, lit, levels };
}
