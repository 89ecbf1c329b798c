/**
 * The service-path analysis: which roles can reach a customer through the
 * service graph, how far, and what an HR lead should look at (flags and chart
 * figures). Pure and linear in roles + links; see service-graph.ts for the
 * graph itself and service-wording.ts for the sentences.
 */
import type { Chart } from '../chart';
import {
  buildServiceGraph,
  reportingDepths,
  serviceDistances,
  spanFigures,
  type ServiceGraph,
} from './service-graph';
import {
  farMessage,
  nameNodes,
  noPathHint,
  noPathMessage,
  pathInWords,
  spanOneMessage,
  steps,
  wideSpanMessage,
} from './service-wording';

import type { FlagKind } from '../../theme/flags';

export type { FlagKind } from '../../theme/flags';

/** Something about a role worth a second look. */
export interface Flag {
  roleId: string;
  kind: FlagKind;
  /** one sentence, names roles by title */
  message: string;
  /** optional hint */
  hint?: string;
}

/** What the analysis knows about one role. */
export interface RoleAnalysis {
  id: string;
  hasPath: boolean;
  /** edges on the shortest path to a customer; null when none */
  distance: number | null;
  /** ids from this role to the customer, inclusive of both ends; [] when none */
  path: string[];
  /** direct reports */
  reports: number;
  /** 0 for a top leader */
  depth: number;
}

/** The chart figures an HR lead compares before and after a redesign. */
export interface ChartFigures {
  roles: number;
  headcount: number;
  rolesWithPath: number;
  headcountWithPath: number;
  /** 0..1 (1 when there are no roles) */
  shareRolesWithPath: number;
  /** 0..1 (1 when there are no roles) */
  shareHeadcountWithPath: number;
  /** over roles with a path; null when none has one */
  meanDistance: number | null;
  maxDistance: number | null;
  /** depth of the reporting hierarchy (1 = only top leaders); 0 for no roles */
  layers: number;
  /** spans of control over managers (roles with at least one report); null when there are none */
  spanMin: number | null;
  /** median of an even count is the mean of the two middle spans */
  spanMedian: number | null;
  spanMax: number | null;
  managers: number;
}

/** The whole analysis of one chart. */
export interface Analysis {
  /** Every role by id (the first, if stored data repeats an id). */
  roles: Map<string, RoleAnalysis>;
  /** In role document order, then kind order no-path, far, span-one, wide-span. */
  flags: Flag[];
  /** Only roles with at least one flag have an entry. */
  flagsByRole: Map<string, Flag[]>;
  figures: ChartFigures;
}

/** Walks the chosen next hops; they strictly shorten the distance, so this ends. */
function pathFrom(graph: ServiceGraph, next: Int32Array, start: number): string[] {
  const path: string[] = [];
  for (let v = start; v >= 0; v = next[v]!) path.push(graph.ids[v]!);
  return path;
}

/** Builds the analysis of role `i` from its distance (-1: no path), report count and depth. */
type RoleMaker = (
  graph: ServiceGraph,
  next: Int32Array,
  i: number,
  distance: number,
  reports: number,
  depth: number,
) => RoleAnalysis;

/**
 * A role's analysis with its path built now. This is the normal case: plain
 * data, cheap to create, safe to spread, compare and send to a worker.
 */
const eagerRole: RoleMaker = (graph, next, i, distance, reports, depth) => ({
  id: graph.ids[i]!,
  hasPath: distance >= 0,
  distance: distance >= 0 ? distance : null,
  path: distance >= 0 ? pathFrom(graph, next, i) : [],
  reports,
  depth,
});

/**
 * The same, with `path` built on first read and then kept. Only for charts
 * whose paths together would exceed PATH_BUDGET (a long chain makes their total
 * quadratic): accessor objects cost far more to create than plain ones, so the
 * normal case stays eager.
 */
const lazyRole: RoleMaker = (graph, next, i, distance, reports, depth) => {
  let path: string[] | undefined;
  return {
    id: graph.ids[i]!,
    hasPath: distance >= 0,
    distance: distance >= 0 ? distance : null,
    get path(): string[] {
      path ??= distance >= 0 ? pathFrom(graph, next, i) : [];
      return path;
    },
    set path(value: string[]) {
      path = value;
    },
    reports,
    depth,
  };
};

/** Path entries per role the eager form may spend in total; real charts stay far below. */
const PATH_BUDGET = 32;

/** Roles count at their stored headcount; bad stored data counts as the default, 1. */
function headcountOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;
}

/**
 * Analyses a chart: service paths, flags and figures. Linear in roles + links,
 * and safe on bad stored data (unknown ids are ignored, a reporting cycle is cut).
 */
export function analyseChart(chart: Chart): Analysis {
  const graph = buildServiceGraph(chart);
  const { distance, next, front, target } = serviceDistances(graph);
  const depths = reportingDepths(graph);
  const { roleCount, reportStart } = graph;
  const { farThreshold, spanThreshold } = chart.settings;
  const names = nameNodes(chart);

  // Every path has distance + 1 ids; sum them first, so the total work stays linear.
  let pathEntries = 0;
  for (let i = 0; i < roleCount; i++) pathEntries += distance[i]! + 1;
  const makeRole = pathEntries <= PATH_BUDGET * roleCount ? eagerRole : lazyRole;

  const roles = new Map<string, RoleAnalysis>();
  const flags: Flag[] = [];
  const flagsByRole = new Map<string, Flag[]>();
  const addFlag = (flag: Flag): void => {
    flags.push(flag);
    const list = flagsByRole.get(flag.roleId);
    if (list) list.push(flag);
    else flagsByRole.set(flag.roleId, [flag]);
  };

  let headcount = 0;
  let rolesWithPath = 0;
  let headcountWithPath = 0;
  let distanceSum = 0;
  let maxDistance = -1;
  let maxDepth = -1;
  for (let i = 0; i < roleCount; i++) {
    const id = graph.ids[i]!;
    const d = distance[i]!;
    const reports = reportStart[i + 1]! - reportStart[i]!;
    const heads = headcountOf(chart.roles[i]!.headcount);
    if (!roles.has(id)) roles.set(id, makeRole(graph, next, i, d, reports, depths[i]!));

    headcount += heads;
    if (d >= 0) {
      rolesWithPath++;
      headcountWithPath += heads;
      distanceSum += d;
      if (d > maxDistance) maxDistance = d;
    }
    if (depths[i]! > maxDepth) maxDepth = depths[i]!;

    if (d < 0) {
      addFlag({
        roleId: id,
        kind: 'no-path',
        message: noPathMessage(chart, graph, names, i),
        hint: noPathHint(chart),
      });
    } else if (reports === 0 && d > farThreshold) {
      addFlag({
        roleId: id,
        kind: 'far',
        message: farMessage(names, next, i, d, farThreshold, front[i]!, target[i]!),
        hint: 'Link it to a role closer to the customer, or to the customer it serves.',
      });
    }
    if (reports === 1) {
      addFlag({ roleId: id, kind: 'span-one', message: spanOneMessage(names[i]!) });
    }
    if (reports > spanThreshold) {
      addFlag({
        roleId: id,
        kind: 'wide-span',
        message: wideSpanMessage(names[i]!, reports, spanThreshold),
      });
    }
  }

  return {
    roles,
    flags,
    flagsByRole,
    figures: {
      roles: roleCount,
      headcount,
      rolesWithPath,
      headcountWithPath,
      shareRolesWithPath: roleCount === 0 ? 1 : rolesWithPath / roleCount,
      shareHeadcountWithPath: headcount === 0 ? 1 : headcountWithPath / headcount,
      meanDistance: rolesWithPath === 0 ? null : distanceSum / rolesWithPath,
      maxDistance: rolesWithPath === 0 ? null : maxDistance,
      layers: maxDepth + 1,
      ...spanFigures(graph),
    },
  };
}

/**
 * A role's service path in words, or why it has none (which roles it supports,
 * and that none of them reaches a customer). Unknown ids get a sentence too,
 * so a stale selection never throws.
 */
export function explainPath(chart: Chart, analysis: Analysis, roleId: string): string {
  const role = analysis.roles.get(roleId);
  if (!role) return `There is no role with id "${roleId}" in this chart.`;
  if (!role.hasPath || role.distance === null) {
    const flag = analysis.flagsByRole.get(roleId)?.find((f) => f.kind === 'no-path');
    if (flag) return flag.message;
    const title = chart.roles.find((r) => r.id === roleId)?.title ?? roleId;
    return `${title} has no path to a customer.`;
  }
  const byId = new Map<string, string>();
  for (const customer of chart.customers)
    if (!byId.has(customer.id)) byId.set(customer.id, customer.name);
  // Roles after customers so that, as in the graph, a role wins a clash of ids.
  for (let i = chart.roles.length - 1; i >= 0; i--)
    byId.set(chart.roles[i]!.id, chart.roles[i]!.title);
  const words = role.path.map((id) => byId.get(id) ?? id);
  const title = words[0]!;
  const customer = words[words.length - 1]!;
  if (role.distance === 1) return `${title} serves ${customer} directly.`;
  return `${title} is ${steps(role.distance)} from a customer: ${pathInWords(words)}.`;
}
