/**
 * A tidy tree (Reingold–Tilford in Buchheim, Jünger and Leipert's linear-time
 * form) with variable node widths, on integer arrays.
 *
 * It follows d3-hierarchy's `tree()` step by step, but every node gets the
 * separation its own width asks for: two neighbours on a row, a left of b, sit
 * `(width(a) + width(b)) / 2 + gap` apart, centre to centre. The separation is
 * evaluated for contour nodes too, so deep subtrees pack against each other by
 * their real widths, still in linear time. All nodes of one depth share a row,
 * so comparing contours row by row is exactly what prevents overlaps.
 */
import type { Forest } from './forest';

/** What the tidy tree reads of a forest (a block layout passes a smaller tree of the same shape). */
export type TreeArrays = Pick<
  Forest,
  'n' | 'parent' | 'childStart' | 'childCount' | 'childList' | 'sibling' | 'preorder'
>;

/**
 * Horizontal centre of every node (index n is the virtual root, at x = 0).
 * `width[v]` is node v's width; the virtual root's is ignored.
 */
export function tidyTreeX(forest: TreeArrays, width: Float64Array, gap: number): Float64Array {
  const { n, parent, childStart, childCount, childList, sibling, preorder } = forest;
  const size = n + 1;
  const prelim = new Float64Array(size);
  const mod = new Float64Array(size);
  const change = new Float64Array(size);
  const shift = new Float64Array(size);
  const thread = new Int32Array(size).fill(-1);
  const ancestor = new Int32Array(size);
  for (let v = 0; v < size; v++) ancestor[v] = v;
  // The "default ancestor" kept per parent while its children are walked.
  const defaultAncestor = new Int32Array(size).fill(-1);

  const separation = (a: number, b: number): number => (width[a]! + width[b]!) / 2 + gap;
  const firstChild = (v: number): number => childList[childStart[v]!]!;
  const nextLeft = (v: number): number =>
    childCount[v]! > 0 ? childList[childStart[v]!]! : thread[v]!;
  const nextRight = (v: number): number =>
    childCount[v]! > 0 ? childList[childStart[v]! + childCount[v]! - 1]! : thread[v]!;

  function moveSubtree(wm: number, wp: number, amount: number): void {
    const step = amount / (sibling[wp]! - sibling[wm]!);
    change[wp] = change[wp]! - step;
    shift[wp] = shift[wp]! + amount;
    change[wm] = change[wm]! + step;
    prelim[wp] = prelim[wp]! + amount;
    mod[wp] = mod[wp]! + amount;
  }

  function executeShifts(v: number): void {
    let total = 0;
    let delta = 0;
    const start = childStart[v]!;
    for (let k = start + childCount[v]! - 1; k >= start; k--) {
      const w = childList[k]!;
      prelim[w] = prelim[w]! + total;
      mod[w] = mod[w]! + total;
      delta += change[w]!;
      total += shift[w]! + delta;
    }
  }

  // Combines the subtree of v with those of its left siblings (w is the one
  // right before it): walks the inside contours row by row, pushes v's subtree
  // right when they come closer than their separation, and threads contours.
  function apportion(v: number, w: number, defaultAnc: number): number {
    const p = parent[v]!;
    let vip = v;
    let vop = v;
    let vim = w;
    let vom = firstChild(p);
    let sip = mod[vip]!;
    let sop = mod[vop]!;
    let sim = mod[vim]!;
    let som = mod[vom]!;
    vim = nextRight(vim);
    vip = nextLeft(vip);
    while (vim >= 0 && vip >= 0) {
      vom = nextLeft(vom);
      vop = nextRight(vop);
      ancestor[vop] = v;
      const amount = prelim[vim]! + sim - prelim[vip]! - sip + separation(vim, vip);
      if (amount > 0) {
        const a = ancestor[vim]!;
        moveSubtree(parent[a] === p ? a : defaultAnc, v, amount);
        sip += amount;
        sop += amount;
      }
      sim += mod[vim]!;
      sip += mod[vip]!;
      som += mod[vom]!;
      sop += mod[vop]!;
      vim = nextRight(vim);
      vip = nextLeft(vip);
    }
    if (vim >= 0 && nextRight(vop) < 0) {
      thread[vop] = vim;
      mod[vop] = mod[vop]! + sim - sop;
    }
    if (vip >= 0 && nextLeft(vom) < 0) {
      thread[vom] = vip;
      mod[vom] = mod[vom]! + sip - som;
      return v;
    }
    return defaultAnc;
  }

  // First walk: post-order, first sibling first (the preorder reversed).
  for (let k = size - 1; k >= 0; k--) {
    const v = preorder[k]!;
    const p = parent[v]!;
    const w = sibling[v]! > 0 ? childList[childStart[p]! + sibling[v]! - 1]! : -1;
    if (childCount[v]! > 0) {
      executeShifts(v);
      const start = childStart[v]!;
      const first = childList[start]!;
      const last = childList[start + childCount[v]! - 1]!;
      const midpoint = (prelim[first]! + prelim[last]!) / 2;
      if (w >= 0) {
        prelim[v] = prelim[w]! + separation(v, w);
        mod[v] = prelim[v]! - midpoint;
      } else {
        prelim[v] = midpoint;
      }
    } else if (w >= 0) {
      prelim[v] = prelim[w]! + separation(v, w);
    }
    if (p >= 0 && w >= 0) {
      const current = defaultAncestor[p]!;
      defaultAncestor[p] = apportion(v, w, current >= 0 ? current : firstChild(p));
    }
  }

  // Second walk: pre-order, summing the modifiers down each path.
  const x = new Float64Array(size);
  const root = n;
  mod[root] = mod[root]! - prelim[root]!;
  x[root] = 0;
  for (let k = 1; k < size; k++) {
    const v = preorder[k]!;
    const pm = mod[parent[v]!]!;
    x[v] = prelim[v]! + pm;
    mod[v] = mod[v]! + pm;
  }
  return x;
}
