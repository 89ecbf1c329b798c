/**
 * Blocks of reports (the compact layout): a manager's reports that have no
 * reports of their own are packed into one block of columns, and the tidy
 * tree lays the block out as ONE box, in the place of the first of those
 * reports among its siblings. The box is in the tree's contour like any node,
 * so no neighbouring subtree can reach into it.
 *
 * Inside a block the reports are stacked column-major in sibling order: down
 * the first column (the first report nearest the manager), then down the
 * next. Every column but the last is full. The manager is centred over the
 * block (it is the box's parent, and the box is centred in it).
 *
 * `findBlocks` runs once per layout (linear); the number of columns is chosen
 * per pass without rebuilding the tree, so an aspect search costs a few
 * passes of the tidy tree on the smaller tree.
 */
import type { ReportsLayout } from '../../domain/chart';
import type { Forest } from './forest';
import type { TreeArrays } from './tidy-tree';

/** How a manager's reports with no reports of their own are drawn. */
export type BlockMode = ReportsLayout;

export interface Blocks {
  /** The tree the tidy tree lays out: roles not in a block, then one node per block, then the virtual root. */
  tree: TreeArrays;
  /** Reduced index of each role, or -1 for a role drawn in a block. */
  nodeOf: Int32Array;
  /** Reduced index of the node at the tree's index k: a role index (< n), or n + block number. */
  origin: Int32Array;
  /** Block of each role, -1 when it is not in one. */
  blockOf: Int32Array;
  /** Position of each role in its block (sibling order). */
  slot: Int32Array;
  count: number;
  /** Per block: the manager's role index, the members' count, and whether its columns follow the aspect search. */
  manager: Int32Array;
  size: Int32Array;
  auto: Uint8Array;
  /** The largest block that follows the aspect search (0 when none does). */
  largestAuto: number;
}

/**
 * Finds the blocks: every manager whose mode is not side by side and who has
 * 2 or more reports with no reports gets one. `modeOf(i)` is role i's mode.
 */
export function findBlocks(forest: Forest, modeOf: (role: number) => BlockMode): Blocks {
  const { n, childStart, childCount, childList } = forest;
  const blockOf = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const managers: number[] = [];
  const sizes: number[] = [];
  const autos: number[] = [];
  let largestAuto = 0;
  for (let m = 0; m < n; m++) {
    const start = childStart[m]!;
    const end = start + childCount[m]!;
    let leaves = 0;
    for (let k = start; k < end; k++) if (childCount[childList[k]!] === 0) leaves++;
    if (leaves < 2) continue;
    const mode = modeOf(m);
    if (mode === 'side-by-side') continue;
    const b = managers.length;
    let s = 0;
    for (let k = start; k < end; k++) {
      const c = childList[k]!;
      if (childCount[c] !== 0) continue;
      blockOf[c] = b;
      slot[c] = s++;
    }
    managers.push(m);
    sizes.push(leaves);
    autos.push(mode === 'auto' ? 1 : 0);
    if (mode === 'auto' && leaves > largestAuto) largestAuto = leaves;
  }
  const count = managers.length;

  // Reduced indices: roles not in a block in document order, then the blocks, then the root.
  const nodeOf = new Int32Array(n).fill(-1);
  let size = 0;
  const origin: number[] = [];
  for (let i = 0; i < n; i++) {
    if (blockOf[i]! >= 0) continue;
    nodeOf[i] = size++;
    origin.push(i);
  }
  const blockNode = new Int32Array(count);
  for (let b = 0; b < count; b++) {
    blockNode[b] = size++;
    origin.push(n + b);
  }
  const root = size;
  origin.push(-1);
  const reducedOf = (v: number): number => (v === n ? root : nodeOf[v]!);

  // Children in sibling order, a block in the place of its first member.
  const rParent = new Int32Array(size + 1);
  const rChildStart = new Int32Array(size + 1);
  const rChildCount = new Int32Array(size + 1);
  const rChildList = new Int32Array(size);
  const rSibling = new Int32Array(size + 1);
  rParent[root] = -1;
  let fill = 0;
  const visitChildren = (v: number): void => {
    const rv = reducedOf(v);
    rChildStart[rv] = fill;
    const start = childStart[v]!;
    const end = start + childCount[v]!;
    for (let k = start; k < end; k++) {
      const c = childList[k]!;
      const b = blockOf[c]!;
      let rc: number;
      if (b >= 0) {
        if (slot[c] !== 0) continue;
        rc = blockNode[b]!;
      } else {
        rc = nodeOf[c]!;
      }
      rParent[rc] = rv;
      rSibling[rc] = fill - rChildStart[rv]!;
      rChildList[fill++] = rc;
    }
    rChildCount[rv] = fill - rChildStart[rv]!;
  };
  for (let i = 0; i < n; i++) if (blockOf[i]! < 0) visitChildren(i);
  visitChildren(n);
  // Blocks are leaves of the reduced tree.
  for (let b = 0; b < count; b++) rChildStart[blockNode[b]!] = fill;

  // Preorder from the root, the last sibling first (as buildForest does).
  const preorder = new Int32Array(size + 1);
  const stack = new Int32Array(size + 1);
  let top = 0;
  let k = 0;
  stack[top++] = root;
  while (top > 0) {
    const v = stack[--top]!;
    preorder[k++] = v;
    const start = rChildStart[v]!;
    const end = start + rChildCount[v]!;
    for (let j = start; j < end; j++) stack[top++] = rChildList[j]!;
  }

  return {
    tree: {
      n: size,
      parent: rParent,
      childStart: rChildStart,
      childCount: rChildCount,
      childList: rChildList,
      sibling: rSibling,
      preorder,
    },
    nodeOf,
    origin: Int32Array.from(origin),
    blockOf,
    slot,
    count,
    manager: Int32Array.from(managers),
    size: Int32Array.from(sizes),
    auto: Uint8Array.from(autos),
    largestAuto,
  };
}

/** Rows of a block of `size` reports in at most `maxColumns` columns (full columns, column-major). */
export function blockRows(size: number, maxColumns: number): number {
  return Math.ceil(size / Math.max(1, Math.min(maxColumns, size)));
}

/** Columns of a block of `size` reports in `rows` rows. */
export function blockColumns(size: number, rows: number): number {
  return Math.ceil(size / rows);
}
