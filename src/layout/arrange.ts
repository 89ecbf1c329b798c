/**
 * Where every role goes (before the view's mirror): the tidy tree over the
 * tree with blocks (tree/blocks.ts), the rows, and the cells of each block.
 *
 * The aspect search: every automatic block takes at most C columns, one C for
 * the whole chart. More columns make the chart wider and shorter, so the
 * width : height grows with C; a binary search over C = 1 .. the largest
 * automatic block finds the C whose shape is nearest the target (by ratio),
 * in O(log C) passes of the tidy tree on the reduced tree. C = the largest
 * block puts every block in one row, the shape without stacking.
 */
import type { Forest } from './tree/forest';
import { blockColumns, blockRows, type Blocks } from './tree/blocks';
import { tidyTreeX } from './tree/tidy-tree';

export interface Arranged {
  /** Centre x of each role. */
  roleX: Float64Array;
  /** Top of each role's box, in traditional coordinates (y grows downward). */
  roleTop: Float64Array;
  rowTop: Float64Array;
  rowHeight: Float64Array;
  /** The column cap the aspect search chose (0 when nothing was searched). */
  columns: number;
  /**
   * For a role drawn in a block of two or more rows: the x of the line its
   * reporting line runs along (in the gap left of its column); NaN otherwise.
   */
  busX: Float64Array;
  /** With busX: the top and height of the block's first row (nearest the manager), traditional y. */
  busRowTop: Float64Array;
  busRowHeight: Float64Array;
  /** With busX: the top of the block's last row (farthest from the manager), traditional y. */
  busLastTop: Float64Array;
}

interface Pass {
  blocks: Blocks;
  cellWidth: Float64Array;
  cellHeight: Float64Array;
  x: Float64Array;
  blockWidth: Float64Array;
  blockRowsOf: Int32Array;
  rowTop: Float64Array;
  rowHeight: Float64Array;
  rowCard: Float64Array;
  aspect: number;
}

export function arrangeRoles(
  forest: Forest,
  blocks: Blocks,
  /** The same chart's blocks with automatic ones left side by side (the shape without stacking), when aiming. */
  unstacked: Blocks | null,
  roleWidth: Float64Array,
  roleHeight: Float64Array,
  gapX: number,
  gapY: number,
  aim: {
    target: number | undefined;
    extraHeight: number;
    /**
     * The width : height of the whole picture for a placement (the customer
     * row included, which the passes only estimate by its height). The last
     * choice among the search's candidates is made by it.
     */
    aspectOf?: (placed: Arranged) => number;
  },
): Arranged {
  const stacked = passesOf(forest, blocks, roleWidth, roleHeight, gapX, gapY, aim.extraHeight);
  if (aim.target !== undefined && unstacked !== null && blocks.largestAuto >= 2) {
    const target = aim.target;
    const memo = new Map<number, Pass>();
    const at = (cap: number): Pass => {
      let p = memo.get(cap);
      if (!p) {
        p = stacked(cap);
        memo.set(cap, p);
      }
      return p;
    };
    const flat = passesOf(forest, unstacked, roleWidth, roleHeight, gapX, gapY, aim.extraHeight)(1);
    // The smallest cap whose shape is at least as wide as the target (the flat shape above the largest cap).
    let lo = 1;
    let hi = blocks.largestAuto;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(mid).aspect >= target) hi = mid;
      else lo = mid + 1;
    }
    // The candidates: the cap found, the one below it, and the flat shape; the nearest wins.
    const candidates: [number, Pass][] = [[lo, at(lo)]];
    if (lo > 1) candidates.push([lo - 1, at(lo - 1)]);
    candidates.push([blocks.largestAuto, flat]);
    let best = Infinity;
    let picked: Arranged | null = null;
    for (const [cap, pass] of candidates) {
      const placed = place(forest, pass, roleHeight, gapX, gapY, cap);
      const aspect = aim.aspectOf ? aim.aspectOf(placed) : pass.aspect;
      const distance = Math.abs(Math.log(aspect / target));
      // A tie keeps the cap found over the one below it, and goes to the flat shape.
      if (distance < best || (pass === flat && distance === best)) {
        best = distance;
        picked = placed;
      }
    }
    return picked!;
  }
  return place(forest, stacked(1), roleHeight, gapX, gapY, 0);
}

/** The passes of one set of blocks: `cap` → the tidy tree, rows and shape with that column cap. */
function passesOf(
  forest: Forest,
  blocks: Blocks,
  roleWidth: Float64Array,
  roleHeight: Float64Array,
  gapX: number,
  gapY: number,
  extraHeight: number,
): (cap: number) => Pass {
  const { n, depth, rows } = forest;
  const { tree, nodeOf, blockOf, count, manager, size, auto } = blocks;
  const stackGap = Math.min(gapX, gapY);

  // What no pass changes: each block's cell (its widest and tallest member).
  const cellWidth = new Float64Array(count);
  const cellHeight = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const b = blockOf[i]!;
    if (b < 0) continue;
    if (roleWidth[i]! > cellWidth[b]!) cellWidth[b] = roleWidth[i]!;
    if (roleHeight[i]! > cellHeight[b]!) cellHeight[b] = roleHeight[i]!;
  }
  const width = new Float64Array(tree.n + 1);
  for (let i = 0; i < n; i++) if (nodeOf[i]! >= 0) width[nodeOf[i]!] = roleWidth[i]!;
  const blockDepth = new Int32Array(count);
  for (let b = 0; b < count; b++) blockDepth[b] = depth[manager[b]!]! + 1;
  const first = tree.n - count;

  return (cap: number): Pass => {
    const blockWidth = new Float64Array(count);
    const blockRowsOf = new Int32Array(count);
    for (let b = 0; b < count; b++) {
      const r = blockRows(size[b]!, auto[b] ? cap : 1);
      const c = blockColumns(size[b]!, r);
      blockRowsOf[b] = r;
      blockWidth[b] = c * cellWidth[b]! + (c - 1) * gapX;
      width[first + b] = blockWidth[b]!;
    }
    const x = tidyTreeX(tree, width, gapX);
    let left = Infinity;
    let right = -Infinity;
    for (let k = 0; k < tree.n; k++) {
      const half = width[k]! / 2;
      if (x[k]! - half < left) left = x[k]! - half;
      if (x[k]! + half > right) right = x[k]! + half;
    }
    // A row's cards share a line (as tall as its tallest card or block cell); blocks hang from it.
    const rowCard = new Float64Array(rows);
    for (let i = 0; i < n; i++) {
      if (nodeOf[i]! >= 0 && roleHeight[i]! > rowCard[depth[i]!]!)
        rowCard[depth[i]!] = roleHeight[i]!;
    }
    for (let b = 0; b < count; b++) {
      const d = blockDepth[b]!;
      if (cellHeight[b]! > rowCard[d]!) rowCard[d] = cellHeight[b]!;
    }
    const rowHeight = Float64Array.from(rowCard);
    for (let b = 0; b < count; b++) {
      const d = blockDepth[b]!;
      const r = blockRowsOf[b]!;
      const bottom = (rowCard[d]! - cellHeight[b]!) / 2 + r * cellHeight[b]! + (r - 1) * stackGap;
      if (bottom > rowHeight[d]!) rowHeight[d] = bottom;
    }
    const rowTop = new Float64Array(rows);
    for (let d = 1; d < rows; d++) rowTop[d] = rowTop[d - 1]! + rowHeight[d - 1]! + gapY;
    const height = rows === 0 ? 0 : rowTop[rows - 1]! + rowHeight[rows - 1]! + extraHeight;
    const aspect = height > 0 && right > left ? (right - left) / height : 1;
    return {
      blocks,
      cellWidth,
      cellHeight,
      x,
      blockWidth,
      blockRowsOf,
      rowTop,
      rowHeight,
      rowCard,
      aspect,
    };
  };
}

/** Every role's centre and top from a pass: its own node, or its cell in its block. */
function place(
  forest: Forest,
  chosen: Pass,
  roleHeight: Float64Array,
  gapX: number,
  gapY: number,
  columns: number,
): Arranged {
  const { n, depth } = forest;
  const { blocks, cellWidth, cellHeight, x, blockWidth, blockRowsOf, rowTop, rowHeight, rowCard } =
    chosen;
  const { tree, nodeOf, blockOf, slot, count } = blocks;
  const stackGap = Math.min(gapX, gapY);
  const roleX = new Float64Array(n);
  const roleTop = new Float64Array(n);
  const busX = new Float64Array(n).fill(NaN);
  const busRowTop = new Float64Array(n);
  const busRowHeight = new Float64Array(n);
  const busLastTop = new Float64Array(n);
  const first = tree.n - count;
  for (let i = 0; i < n; i++) {
    const d = depth[i]!;
    const b = blockOf[i]!;
    if (b < 0) {
      roleX[i] = x[nodeOf[i]!]!;
      roleTop[i] = rowTop[d]! + (rowCard[d]! - roleHeight[i]!) / 2;
      continue;
    }
    const r = blockRowsOf[b]!;
    const column = Math.floor(slot[i]! / r);
    const row = slot[i]! % r;
    const cw = cellWidth[b]!;
    const ch = cellHeight[b]!;
    const columnLeft = x[first + b]! - blockWidth[b]! / 2 + column * (cw + gapX);
    roleX[i] = columnLeft + cw / 2;
    if (r > 1) {
      busX[i] = columnLeft - gapX / 2;
      busRowTop[i] = rowTop[d]! + (rowCard[d]! - ch) / 2;
      busRowHeight[i] = ch;
      busLastTop[i] = busRowTop[i]! + (r - 1) * (ch + stackGap);
    }
    roleTop[i] =
      rowTop[d]! + (rowCard[d]! - ch) / 2 + row * (ch + stackGap) + (ch - roleHeight[i]!) / 2;
  }
  return {
    roleX,
    roleTop,
    rowTop,
    rowHeight,
    columns,
    busX,
    busRowTop,
    busRowHeight,
    busLastTop,
  };
}
