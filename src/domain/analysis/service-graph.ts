/**
 * The service graph as integer arrays, and the two walks the analysis needs
 * (service distance and reporting depth). Kept apart from service-paths.ts so
 * the hot, index-based code stays small and the wording stays readable.
 *
 * Nodes are numbered once: roles in document order (0 … roleCount-1), then
 * customers. Every walk is over Int32Array CSR lists, so a 10,000-role chart
 * costs a few milliseconds, and nothing here allocates per node in a loop.
 *
 * Stored data is not trusted: unknown ids, self links and a role pointing at a
 * customer as its manager are ignored; a reporting cycle is cut, never walked
 * forever. Duplicate ids resolve to their first occurrence (roles before
 * customers), the same way everywhere.
 */
import type { Chart } from '../chart';

/** A chart's service graph, indexed. Node i < roleCount is `chart.roles[i]`; the rest are customers. */
export interface ServiceGraph {
  roleCount: number;
  nodeCount: number;
  /** Id of each node (roles, then customers). */
  ids: string[];
  /** Manager of each role, or -1 (top leader, or a manager that is unknown, a customer or itself). */
  manager: Int32Array;
  /** Direct reports of role i: `reportList[reportStart[i] … reportStart[i+1])`, in document order. */
  reportStart: Int32Array;
  reportList: Int32Array;
  /** What role i serves, resolved: `servesList[servesStart[i] … servesStart[i+1])`, in listed order. */
  servesStart: Int32Array;
  servesList: Int32Array;
  /** Reversed service edges: the roles with an edge into node v (its manager, and roles serving it). */
  inStart: Int32Array;
  inList: Int32Array;
}

/** Builds the indexed service graph in time linear in roles + customers + links. */
export function buildServiceGraph(chart: Chart): ServiceGraph {
  const roles = chart.roles;
  const customers = chart.customers;
  const roleCount = roles.length;
  const nodeCount = roleCount + customers.length;
  const ids: string[] = new Array<string>(nodeCount);
  const index = new Map<string, number>();
  // Set in reverse so the first occurrence of a repeated id wins, without a lookup per id.
  for (let j = customers.length - 1; j >= 0; j--) {
    const id = customers[j]!.id;
    ids[roleCount + j] = id;
    index.set(id, roleCount + j);
  }
  for (let i = roleCount - 1; i >= 0; i--) {
    const id = roles[i]!.id;
    ids[i] = id;
    index.set(id, i);
  }

  // Managers and the report counts they imply; also how many serves entries to resolve.
  const manager = new Int32Array(roleCount);
  const reportStart = new Int32Array(roleCount + 1);
  const servesStart = new Int32Array(roleCount + 1);
  // Incoming-edge counts per node, shifted by one so the prefix sum lands in place.
  const inStart = new Int32Array(nodeCount + 1);
  let servesTotal = 0;
  for (let i = 0; i < roleCount; i++) {
    const role = roles[i]!;
    const m = role.reportsTo == null ? undefined : index.get(role.reportsTo);
    if (m !== undefined && m < roleCount && m !== i) {
      manager[i] = m;
      reportStart[m + 1]!++;
      inStart[i + 1]!++; // the manager supports i
    } else {
      manager[i] = -1;
    }
    servesTotal += Array.isArray(role.serves) ? role.serves.length : 0;
  }

  // Resolve serves once; an unknown id or a self link is dropped here, so nothing later checks again.
  const servesList = new Int32Array(servesTotal);
  let written = 0;
  for (let i = 0; i < roleCount; i++) {
    servesStart[i] = written;
    const serves = roles[i]!.serves;
    if (!Array.isArray(serves)) continue;
    for (let k = 0; k < serves.length; k++) {
      const t = index.get(serves[k]!);
      if (t === undefined || t === i) continue;
      servesList[written++] = t;
      inStart[t + 1]!++;
    }
  }
  servesStart[roleCount] = written;

  for (let i = 0; i < roleCount; i++) reportStart[i + 1]! += reportStart[i]!;
  for (let v = 0; v < nodeCount; v++) inStart[v + 1]! += inStart[v]!;

  // Fill reports (document order) and incoming edges, using a cursor per list.
  const reportList = new Int32Array(reportStart[roleCount]!);
  const inList = new Int32Array(inStart[nodeCount]!);
  const reportCursor = reportStart.slice(0, roleCount);
  const inCursor = inStart.slice(0, nodeCount);
  for (let i = 0; i < roleCount; i++) {
    const m = manager[i]!;
    if (m >= 0) {
      reportList[reportCursor[m]!++] = i;
      inList[inCursor[i]!++] = m;
    }
    for (let k = servesStart[i]!; k < servesStart[i + 1]!; k++) {
      inList[inCursor[servesList[k]!]!++] = i;
    }
  }

  return {
    roleCount,
    nodeCount,
    ids,
    manager,
    reportStart,
    reportList,
    servesStart,
    servesList,
    inStart,
    inList,
  };
}

/** Shortest service paths from every node to the nearest customer. */
export interface ServiceDistances {
  /** Edges to the nearest customer; 0 for a customer, -1 when none is reachable. */
  distance: Int32Array;
  /** The next node on the chosen shortest path, or -1 (customers, and roles with no path). */
  next: Int32Array;
  /** The last role on the chosen path (the one serving the customer), or -1. */
  front: Int32Array;
  /** The customer the chosen path ends at, or -1. */
  target: Int32Array;
}

/**
 * Multi-source BFS from all customers over the reversed edges, so the whole
 * chart costs one pass instead of a search per role.
 *
 * Ties are broken by document order, independent of BFS visiting order: a
 * role's next hop is the first node one step closer in the role's own order,
 * what it serves (as listed) before its direct reports (in document order).
 * Direct service is the more telling explanation of a path.
 */
export function serviceDistances(graph: ServiceGraph): ServiceDistances {
  const { roleCount, nodeCount, inStart, inList, servesStart, servesList } = graph;
  const { reportStart, reportList } = graph;
  const distance = new Int32Array(nodeCount).fill(-1);
  const next = new Int32Array(nodeCount).fill(-1);
  const front = new Int32Array(nodeCount).fill(-1);
  const target = new Int32Array(nodeCount).fill(-1);
  // Every node enters the queue at most once, so it doubles as "nodes by distance".
  const queue = new Int32Array(nodeCount);
  let tail = 0;
  for (let v = roleCount; v < nodeCount; v++) {
    distance[v] = 0;
    target[v] = v;
    queue[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const d = distance[v]! + 1;
    for (let k = inStart[v]!; k < inStart[v + 1]!; k++) {
      const u = inList[k]!;
      if (distance[u]! < 0) {
        distance[u] = d;
        queue[tail++] = u;
      }
    }
  }

  // Choose next hops in queue order: a node one step closer was handled before,
  // so its front and target are already known.
  for (let q = 0; q < tail; q++) {
    const u = queue[q]!;
    if (u >= roleCount) continue;
    const want = distance[u]! - 1;
    let hop = -1;
    for (let k = servesStart[u]!; k < servesStart[u + 1]! && hop < 0; k++) {
      if (distance[servesList[k]!] === want) hop = servesList[k]!;
    }
    for (let k = reportStart[u]!; k < reportStart[u + 1]! && hop < 0; k++) {
      if (distance[reportList[k]!] === want) hop = reportList[k]!;
    }
    next[u] = hop;
    front[u] = want === 0 ? u : front[hop]!;
    target[u] = target[hop]!;
  }
  return { distance, next, front, target };
}

/**
 * Depth of each role in the reporting hierarchy (0 for a top leader).
 * Walks up with an explicit stack and memoises, so it is linear; a reporting
 * cycle (only in bad stored data) is cut where the walk meets itself, and the
 * role it was entered from counts as a top leader.
 */
export function reportingDepths(graph: ServiceGraph): Int32Array {
  const { roleCount, manager } = graph;
  const depth = new Int32Array(roleCount).fill(-1);
  const onStack = new Uint8Array(roleCount);
  const stack = new Int32Array(roleCount);
  for (let i = 0; i < roleCount; i++) {
    if (depth[i]! >= 0) continue;
    let size = 0;
    let v = i;
    while (v >= 0 && depth[v]! < 0 && onStack[v] === 0) {
      onStack[v] = 1;
      stack[size++] = v;
      v = manager[v]!;
    }
    // v is a known ancestor, or -1 (a top leader above), or on the stack (a cycle: cut it).
    let d = v >= 0 && depth[v]! >= 0 ? depth[v]! : -1;
    while (size > 0) depth[stack[--size]!] = ++d;
  }
  return depth;
}

/** Spans of control over managers (roles with at least one direct report). */
export interface SpanFigures {
  managers: number;
  spanMin: number | null;
  /** Of an even count, the mean of the two middle spans. */
  spanMedian: number | null;
  spanMax: number | null;
}

/** Min, median and max span by counting, not sorting: spans are at most the role count. */
export function spanFigures(graph: ServiceGraph): SpanFigures {
  const { roleCount, reportStart } = graph;
  let managers = 0;
  let maxSpan = 0;
  for (let i = 0; i < roleCount; i++) {
    const span = reportStart[i + 1]! - reportStart[i]!;
    if (span > 0) managers++;
    if (span > maxSpan) maxSpan = span;
  }
  if (managers === 0) return { managers, spanMin: null, spanMedian: null, spanMax: null };
  const histogram = new Int32Array(maxSpan + 1);
  for (let i = 0; i < roleCount; i++) histogram[reportStart[i + 1]! - reportStart[i]!]!++;
  histogram[0] = 0; // roles without reports are not managers
  /** The k-th smallest span (0-based). */
  const kth = (k: number): number => {
    let seen = 0;
    for (let s = 1; s <= maxSpan; s++) {
      seen += histogram[s]!;
      if (seen > k) return s;
    }
    return maxSpan;
  };
  const middle = managers >> 1;
  const spanMedian = managers % 2 === 1 ? kth(middle) : (kth(middle - 1) + kth(middle)) / 2;
  return { managers, spanMin: kth(0), spanMedian, spanMax: maxSpan };
}
