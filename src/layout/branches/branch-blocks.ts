/**
 * Branch blocks: when a chart is drawn too small for its titles to be read,
 * a manager's branch is drawn as one labelled block (its title and team, its
 * roles and people, the share with a path to a customer, its flags), so a
 * big chart at fit shows its departments, not a thousand unreadable boxes.
 *
 * - `branchIndex` reads a chart, its layout and its analysis once (linear):
 *   each branch's box around the nodes drawn in it, and its figures, always
 *   of the whole branch (folded roles count too: the analysis reads the
 *   whole chart; only what is drawn has a place).
 * - `chooseBlocks` picks the branches to draw as blocks at a zoom: from the
 *   top leaders down, a branch is split into its reports' branches while
 *   one of them at least is big enough on screen for a label (the others
 *   become blocks without one); otherwise it is one block. Blocks never
 *   nest, so none covers another's label.
 * - `blockOutline` is a block's shape: the extent of its nodes on each of
 *   its rows, so two sibling blocks (which never interleave on a row) never
 *   overlap, where their boxes might.
 *
 * Pure: the canvas draws what these return.
 */
import type { Analysis } from '../../domain/analysis/service-paths';
import type { Forest } from '../tree/forest';
import { headcountOf, type ChartTree } from '../folding/visible-chart';
import type { Layout } from '../layout';

export interface BranchFigures {
  /** Roles in the branch, its manager included. */
  roles: number;
  headcount: number;
  /** Roles of the branch with a service path to a customer. */
  rolesWithPath: number;
  /** Flags raised on roles of the branch. */
  flags: number;
}

export interface BranchIndex {
  forest: Forest;
  /** Per role: its branch's box around the nodes drawn in it (NaN when none is drawn). */
  left: Float64Array;
  top: Float64Array;
  right: Float64Array;
  bottom: Float64Array;
  figures: BranchFigures[];
  layout: Layout;
  /** Per depth: the top and bottom of the row as drawn (every node of that depth). */
  rowTop: Float64Array;
  rowBottom: Float64Array;
}

/** A block to draw: the branch of role `id`, its box and its figures. */
export interface BranchBlock {
  id: string;
  title: string;
  team: string | undefined;
  box: { x: number; y: number; width: number; height: number };
  figures: BranchFigures;
  /** The manager's node: where the label sits. */
  manager: { x: number; y: number; width: number; height: number };
  /** False for a block too small on screen for its label (a sibling's was big enough). */
  labelled: boolean;
}

/**
 * `tree` is the whole chart's (folding/visible-chart.ts; the editor keeps one
 * per chart, `treeOf`): its branch sizes and headcounts are the figures'.
 */
export function branchIndex(tree: ChartTree, layout: Layout, analysis: Analysis): BranchIndex {
  const { forest, branchRoles, branchHeadcount } = tree;
  const { n, roles, parent, preorder } = forest;
  const left = new Float64Array(n).fill(Infinity);
  const top = new Float64Array(n).fill(Infinity);
  const right = new Float64Array(n).fill(-Infinity);
  const bottom = new Float64Array(n).fill(-Infinity);
  const withPath = new Int32Array(n);
  const flags = new Int32Array(n);
  const rowTop = new Float64Array(forest.rows).fill(Infinity);
  const rowBottom = new Float64Array(forest.rows).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const role = roles[i]!;
    const placed = layout.nodes.get(role.id);
    if (placed) {
      const d = forest.depth[i]!;
      rowTop[d] = Math.min(rowTop[d]!, placed.y);
      rowBottom[d] = Math.max(rowBottom[d]!, placed.y + placed.height);
      left[i] = placed.x;
      top[i] = placed.y;
      right[i] = placed.x + placed.width;
      bottom[i] = placed.y + placed.height;
    }
    withPath[i] = analysis.roles.get(role.id)?.hasPath ? 1 : 0;
    flags[i] = analysis.flagsByRole.get(role.id)?.length ?? 0;
  }
  // Children before parents: the preorder backwards.
  for (let k = preorder.length - 1; k >= 0; k--) {
    const v = preorder[k]!;
    const p = v < n ? parent[v]! : -1;
    if (p < 0 || p >= n) continue;
    left[p] = Math.min(left[p]!, left[v]!);
    top[p] = Math.min(top[p]!, top[v]!);
    right[p] = Math.max(right[p]!, right[v]!);
    bottom[p] = Math.max(bottom[p]!, bottom[v]!);
    withPath[p] = withPath[p]! + withPath[v]!;
    flags[p] = flags[p]! + flags[v]!;
  }
  const figures: BranchFigures[] = [];
  for (let i = 0; i < n; i++) {
    figures.push({
      roles: branchRoles[i]! + 1,
      headcount: branchHeadcount[i]! + headcountOf(roles[i]!.headcount),
      rolesWithPath: withPath[i]!,
      flags: flags[i]!,
    });
  }
  return { forest, left, top, right, bottom, figures, layout, rowTop, rowBottom };
}

/** The least on-screen size (px) of a block: room for its three lines of label. */
export const BLOCK_MIN = { width: 190, height: 64 } as const;

/**
 * The branches drawn as blocks at `zoom` (screen px per layout unit): see the
 * module comment. A branch whose manager is not drawn, or that has no reports,
 * is never a block; a chart too small on screen for any label gets none.
 */
export function chooseBlocks(index: BranchIndex, zoom: number): BranchBlock[] {
  const { forest, left, top, right, bottom, figures, layout } = index;
  const { n, roles, childStart, childCount, childList } = forest;
  const fits = (i: number): boolean =>
    (right[i]! - left[i]!) * zoom >= BLOCK_MIN.width &&
    (bottom[i]! - top[i]!) * zoom >= BLOCK_MIN.height;
  const isBranch = (i: number): boolean =>
    childCount[i]! > 0 && layout.nodes.has(roles[i]!.id) && Number.isFinite(left[i]!);
  const blocks: BranchBlock[] = [];
  const push = (i: number, labelled: boolean): void => {
    const role = roles[i]!;
    const placed = layout.nodes.get(role.id)!;
    blocks.push({
      id: role.id,
      title: role.title,
      team: role.team,
      box: { x: left[i]!, y: top[i]!, width: right[i]! - left[i]!, height: bottom[i]! - top[i]! },
      figures: figures[i]!,
      manager: { x: placed.x, y: placed.y, width: placed.width, height: placed.height },
      labelled,
    });
  };
  // Branches to decide, each with whether it is labelled if it becomes a block.
  const stack: number[] = [];
  const root = n;
  for (let k = childStart[root]! + childCount[root]! - 1; k >= childStart[root]!; k--) {
    const c = childList[k]!;
    if (isBranch(c) && fits(c)) stack.push(c);
  }
  while (stack.length > 0) {
    const i = stack.pop()!;
    const start = childStart[i]!;
    const end = start + childCount[i]!;
    let anyFits = false;
    for (let k = start; k < end && !anyFits; k++) {
      const c = childList[k]!;
      anyFits = isBranch(c) && fits(c);
    }
    if (!anyFits) {
      push(i, true);
      continue;
    }
    // Split: the reports' branches that fit are decided in turn; the others are blocks unlabelled.
    for (let k = end - 1; k >= start; k--) {
      const c = childList[k]!;
      if (!isBranch(c)) continue;
      if (fits(c)) stack.push(c);
      else push(c, false);
    }
  }
  return blocks;
}

/**
 * A block's outline: one rectangle per row of its branch (the nodes of one
 * depth), from the leftmost to the rightmost node drawn there, `pad` wider on
 * each side, as tall as that row of the chart and reaching halfway across the
 * gaps to the rows beside it, so the outline is one shape; a sibling's rows
 * stop at the same lines and never interleave with these, so none overlap.
 * Top to bottom as drawn.
 */
export function blockOutline(
  index: BranchIndex,
  id: string,
  pad: number,
): { x: number; y: number; width: number; height: number }[] {
  const { forest, layout, rowTop, rowBottom } = index;
  const { roles, indexOf, childStart, childCount, childList, depth } = forest;
  const start = indexOf.get(id);
  if (start === undefined) return [];
  const extents = new Map<number, [number, number]>();
  const stack = [start];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const placed = layout.nodes.get(roles[v]!.id);
    if (placed) {
      const d = depth[v]!;
      const row = extents.get(d);
      const x0 = placed.x;
      const x1 = placed.x + placed.width;
      extents.set(d, row ? [Math.min(row[0], x0), Math.max(row[1], x1)] : [x0, x1]);
    }
    for (let k = childStart[v]!; k < childStart[v]! + childCount[v]!; k++)
      stack.push(childList[k]!);
  }
  const rows = [...extents.entries()].sort((a, b) => rowTop[a[0]]! - rowTop[b[0]]!);
  // The rows of the whole picture (every depth, and the customers), top to bottom: a block's
  // first and last rows reach `pad` past their cards but never past halfway to the next one.
  const lines = rowLines(index);
  return rows.map(([d, [x0, x1]], k) => {
    const top = rowTop[d]!;
    const bottom = rowBottom[d]!;
    const g = lines.findIndex((line) => line.depth === d);
    const halfUp = g > 0 ? (lines[g - 1]!.bottom + top) / 2 : -Infinity;
    const halfDown = g < lines.length - 1 ? (bottom + lines[g + 1]!.top) / 2 : Infinity;
    const above = k > 0 ? halfUp : Math.max(top - pad, halfUp);
    const below = k < rows.length - 1 ? halfDown : Math.min(bottom + pad, halfDown);
    return { x: x0 - pad, y: above, width: x1 - x0 + 2 * pad, height: below - above };
  });
}

/** Every row of the picture as drawn, top to bottom: role rows by depth, and the customers' (depth -1). */
function rowLines(index: BranchIndex): { depth: number; top: number; bottom: number }[] {
  const { rowTop, rowBottom, layout } = index;
  const lines: { depth: number; top: number; bottom: number }[] = [];
  for (let d = 0; d < rowTop.length; d++) {
    if (Number.isFinite(rowTop[d]!))
      lines.push({ depth: d, top: rowTop[d]!, bottom: rowBottom[d]! });
  }
  let top = Infinity;
  let bottom = -Infinity;
  for (const placed of layout.nodes.values()) {
    if (placed.kind !== 'customer') continue;
    top = Math.min(top, placed.y);
    bottom = Math.max(bottom, placed.y + placed.height);
  }
  if (Number.isFinite(top)) lines.push({ depth: -1, top, bottom });
  return lines.sort((a, b) => a.top - b.top);
}
