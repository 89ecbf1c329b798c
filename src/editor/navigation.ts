/**
 * What navigating a big chart derives from the editor state, cached per chart
 * object like `layoutOf` (charts are immutable, so a WeakMap is a correct
 * cache that frees itself): the reporting tree with branch sizes, the chart
 * as drawn under the collapsed set, the search index, and the ids on a
 * highlighted service path.
 */
import type { Chart, View } from '../domain/chart';
import { buildSearchIndex, type SearchIndex } from '../domain/role-search';
import type { Layout } from '../layout/layout';
import { chartTree, visibleChart, type ChartTree } from '../layout/folding/visible-chart';
import { analysisOf, layoutOf } from './derived';

const trees = new WeakMap<Chart, ChartTree>();
const visibles = new WeakMap<Chart, { collapsed: ReadonlySet<string>; visible: Chart }>();
const searchIndexes = new WeakMap<Chart, SearchIndex>();

/** The reporting tree of a chart, with the size of every branch (cached). */
export function treeOf(chart: Chart): ChartTree {
  let tree = trees.get(chart);
  if (!tree) {
    tree = chartTree(chart);
    trees.set(chart, tree);
  }
  return tree;
}

/**
 * The chart as drawn: the roles below collapsed managers left out. Cached for
 * the last collapsed set seen with this chart, so the layout (cached by chart
 * object) is computed once per fold; `chart` itself when nothing is hidden.
 */
export function visibleChartOf(chart: Chart, collapsed: ReadonlySet<string>): Chart {
  if (collapsed.size === 0) return chart;
  const cached = visibles.get(chart);
  if (cached && cached.collapsed === collapsed) return cached.visible;
  const visible = visibleChart(chart, collapsed, treeOf(chart));
  visibles.set(chart, { collapsed, visible });
  return visible;
}

/** The layout of what the canvas draws (the visible chart), as the canvas lays it out. */
export function drawnLayoutOf(
  state: { chart: Chart; collapsed: ReadonlySet<string>; view: View; layoutAspect?: number },
  scale = 1,
): Layout {
  return layoutOf(
    visibleChartOf(state.chart, state.collapsed),
    state.view,
    scale,
    state.layoutAspect,
  );
}

/** The search index of a chart's roles (cached). */
export function searchIndexOf(chart: Chart): SearchIndex {
  let index = searchIndexes.get(chart);
  if (!index) {
    index = buildSearchIndex(chart);
    searchIndexes.set(chart, index);
  }
  return index;
}

/** A highlighted service path: the role it starts from and every id on it (roles and the customer). */
export interface PathHighlight {
  roleId: string;
  ids: ReadonlySet<string>;
  /** Ids of the canvas edges along the path (see `pathEdgeIds`). */
  edges: ReadonlySet<string>;
}

/**
 * The ids of the canvas edges along a path. Each step a → b is a manager
 * supporting its report (edge `r:b`, when b reports to a) or a service link
 * (edge `s:a->b`); the ids follow flow-model.ts.
 */
export function pathEdgeIds(chart: Chart, path: readonly string[]): Set<string> {
  const edges = new Set<string>();
  if (path.length < 2) return edges;
  const tree = treeOf(chart);
  for (let k = 0; k + 1 < path.length; k++) {
    const from = path[k]!;
    const to = path[k + 1]!;
    const report = tree.forest.indexOf.get(to);
    if (report !== undefined && tree.forest.roles[report]!.reportsTo === from) edges.add(`r:${to}`);
    edges.add(`s:${from}->${to}`);
  }
  return edges;
}

/**
 * The highlight of a role's service path in a chart, or null when the role is
 * gone. A role with no path highlights itself alone (nothing else lights up).
 */
export function pathHighlightOf(chart: Chart, roleId: string): PathHighlight | null {
  const facts = analysisOf(chart).roles.get(roleId);
  if (!facts) return null;
  const path = facts.path.length > 0 ? facts.path : [roleId];
  return { roleId, ids: new Set(path), edges: pathEdgeIds(chart, path) };
}
