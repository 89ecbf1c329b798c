/**
 * The reporting hierarchy as integer arrays, built fresh for every layout.
 *
 * Roles are indexed 0..n-1 in document order; index n is a virtual root whose
 * children are the top leaders, so a forest lays out as one tree. Children are
 * kept in compressed rows (`childStart`/`childCount` into `childList`) in
 * document order, which is the order siblings are drawn.
 */
import type { Role } from '../../domain/chart';

export interface Forest {
  /** Number of roles placed (duplicate ids after the first are left out). */
  n: number;
  /** The placed roles, in document order; index i is node i. */
  roles: Role[];
  /** Role id → node index. */
  indexOf: Map<string, number>;
  /** Parent node index; top leaders have the virtual root `n`; the root has -1. */
  parent: Int32Array;
  childStart: Int32Array;
  childCount: Int32Array;
  childList: Int32Array;
  /** Position among siblings (0 for the first child). */
  sibling: Int32Array;
  /** Depth of each role (top leader 0); the virtual root has -1. */
  depth: Int32Array;
  /** Every node (virtual root first), parents before children, last sibling first. */
  preorder: Int32Array;
  /** Deepest depth + 1; 0 when there are no roles. */
  rows: number;
}

/**
 * Indexes the roles and their reporting lines. Bad input never crashes it:
 * a role whose manager is unknown (or itself), and every role on a reporting
 * cycle, is treated as a top leader. Linear in the number of roles.
 */
export function buildForest(allRoles: readonly Role[]): Forest {
  const roles: Role[] = [];
  const indexOf = new Map<string, number>();
  for (const role of allRoles) {
    if (!indexOf.has(role.id)) {
      indexOf.set(role.id, roles.length);
      roles.push(role);
    }
  }
  const n = roles.length;
  const root = n;
  const parent = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const managerId = (roles[i] as Role).reportsTo;
    const manager = managerId == null ? undefined : indexOf.get(managerId);
    parent[i] = manager === undefined || manager === i ? root : manager;
  }
  parent[root] = -1;
  breakCycles(parent, n);

  const childCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    childCount[p] = childCount[p]! + 1;
  }
  const childStart = new Int32Array(n + 1);
  for (let v = 1; v <= n; v++) childStart[v] = childStart[v - 1]! + childCount[v - 1]!;
  const childList = new Int32Array(n);
  const sibling = new Int32Array(n + 1);
  const fill = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    const k = fill[p]!;
    fill[p] = k + 1;
    sibling[i] = k;
    childList[childStart[p]! + k] = i;
  }

  // Depth-first from the virtual root with an explicit stack: children pushed
  // first to last, so the last sibling comes out first. Reversed, this order is
  // the post-order (first sibling first) the tidy tree's first walk needs.
  const depth = new Int32Array(n + 1);
  depth[root] = -1;
  const preorder = new Int32Array(n + 1);
  const stack = new Int32Array(n + 1);
  let top = 0;
  let count = 0;
  let maxDepth = -1;
  stack[top++] = root;
  while (top > 0) {
    const v = stack[--top]!;
    preorder[count++] = v;
    const d = depth[v]! + 1;
    const start = childStart[v]!;
    const end = start + childCount[v]!;
    for (let k = start; k < end; k++) {
      const c = childList[k]!;
      depth[c] = d;
      if (d > maxDepth) maxDepth = d;
      stack[top++] = c;
    }
  }

  return {
    n,
    roles,
    indexOf,
    parent,
    childStart,
    childCount,
    childList,
    sibling,
    depth,
    preorder,
    rows: maxDepth + 1,
  };
}

/**
 * Makes every role on a reporting cycle a top leader (mutates `parent`).
 * Roles hanging below a cycle keep their manager. Each role is walked once.
 */
function breakCycles(parent: Int32Array, n: number): void {
  const root = n;
  // 0 unvisited, 1 on the current walk, 2 settled
  const state = new Uint8Array(n + 1);
  state[root] = 2;
  const path = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    let length = 0;
    let v = start;
    while (state[v] === 0) {
      state[v] = 1;
      path[length++] = v;
      v = parent[v]!;
    }
    if (state[v] === 1) {
      // v is on this walk: the roles from v to the end of the path form a cycle.
      let k = length - 1;
      while (path[k] !== v) k--;
      for (; k < length; k++) parent[path[k]!] = root;
    }
    for (let k = 0; k < length; k++) state[path[k]!] = 2;
  }
}
