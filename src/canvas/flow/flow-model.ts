/**
 * Chart + layout + analysis -> React Flow nodes and edges. Positions always
 * come from the layout; nothing here is placed by hand. Node sizes are given
 * up front (the layout knows them), which spares React Flow a measuring pass.
 * The edges are built in flow-edges.ts.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Chart, View } from '../../domain/chart';
import type { Analysis, FlagKind } from '../../domain/analysis/service-paths';
import type { Layout } from '../../layout/layout';
import { branchOf, type ChartTree } from '../../layout/folding/visible-chart';
import type { LinkRef } from '../../theme/link-kinds';

export type RoleNodeData = {
  title: string;
  person: string;
  team: string;
  headcount: number;
  flags: FlagKind[];
  /** The first flag's sentence, for the tooltip. */
  flagMessage: string;
  distance: number | null;
  view: View;
  /** The roles below a manager and whether they are folded away; null for a role with no reports. */
  branch: BranchData | null;
  /** What the node shows beyond the role itself; part of the reuse check. */
  key: string;
};

/** A manager's branch on its node: how much is below it, and whether it is folded away. */
export type BranchData = { roles: number; headcount: number; collapsed: boolean };

/** What navigating adds to the nodes: folded branches and a highlighted service path. */
export interface NodeNavigation {
  tree: ChartTree;
  collapsed: ReadonlySet<string>;
  /** Ids on the highlighted path (their nodes get PATH_CLASS); null when nothing is highlighted. */
  highlighted: ReadonlySet<string> | null;
}

/** The class of a node or edge on a highlighted service path (the canvas dims the rest). */
export const PATH_CLASS = 'is-on-path';

export type CustomerNodeData = {
  name: string;
  /** Roles that serve this customer directly. */
  servedBy: number;
  view: View;
  key: string;
};

export type RoleFlowNode = Node<RoleNodeData, 'role'>;
export type CustomerFlowNode = Node<CustomerNodeData, 'customer'>;
export type ChartFlowNode = RoleFlowNode | CustomerFlowNode;

/** What an edge stands for: a manager supporting a report, or a service link. */
export type ChartEdgeData = LinkRef & {
  /**
   * The link's route on the layout (layout/links/link-routes.ts) as a path,
   * and where React Flow puts its ends while the nodes stand where the layout
   * put them (the handles); the edge draws the route only then.
   */
  route?: { d: string; sx: number; sy: number; tx: number; ty: number };
};
export type ChartFlowEdge = Edge<ChartEdgeData>;

/** Handle ids on every node: a source and a target at the top and at the bottom. */
export const HANDLES = {
  topOut: 'top',
  topIn: 'top-in',
  bottomOut: 'bottom',
  bottomIn: 'bottom-in',
} as const;

export const HANDLE_SIZE = 10;

/**
 * The four handles of a node, given up front: with sizes and handles known,
 * React Flow need not measure every node before it can draw (PERFORMANCE.md:
 * first paint at 5,000 nodes fell from 1.6 s to 0.68 s).
 */
function handlesFor(width: number, height: number): NodeHandle[] {
  const x = width / 2 - HANDLE_SIZE / 2;
  const top = -HANDLE_SIZE / 2;
  const bottom = height - HANDLE_SIZE / 2;
  const size = { width: HANDLE_SIZE, height: HANDLE_SIZE };
  return [
    { id: HANDLES.topIn, type: 'target', position: Position.Top, x, y: top, ...size },
    { id: HANDLES.bottomIn, type: 'target', position: Position.Bottom, x, y: bottom, ...size },
    { id: HANDLES.topOut, type: 'source', position: Position.Top, x, y: top, ...size },
    { id: HANDLES.bottomOut, type: 'source', position: Position.Bottom, x, y: bottom, ...size },
  ];
}

/** What one build handed out, for the next build to reuse: nodes and the objects they were made from. */
export interface NodeReuse {
  readonly nodes: ReadonlyMap<string, ChartFlowNode>;
  readonly sources: ReadonlyMap<string, unknown>;
}

/**
 * Builds the React Flow nodes for a laid-out chart, reusing `previous`'s node
 * objects: a pure function (it reads `previous`, changes nothing), so a render
 * may call it twice. Roles are immutable (every change makes a new object for
 * what changed and shares the rest), so when a role, its flags, its distance,
 * its position and its selection are the same as last time, the very same
 * node object is handed back and React Flow skips it: an edit on a 1,000-role
 * chart re-renders the few nodes it touched. `only`: build just the nodes it
 * accepts (a big chart's window, see use-big-chart.ts).
 */
export function buildFlowNodes(
  previous: NodeReuse | null,
  chart: Chart,
  layout: Layout,
  analysis: Analysis,
  view: View,
  selection: ReadonlySet<string>,
  navigation?: NodeNavigation,
  only?: ((id: string) => boolean) | null,
): { nodes: ChartFlowNode[]; reuse: NodeReuse } {
  const highlighted = navigation?.highlighted ?? null;
  const pathClass = (id: string) => (highlighted?.has(id) ? PATH_CLASS : undefined);
  const nodes: ChartFlowNode[] = [];
  const nextNodes = new Map<string, ChartFlowNode>();
  const nextSources = new Map<string, unknown>();
  const servedBy = new Map<string, number>();
  for (const role of chart.roles) {
    for (const target of role.serves) servedBy.set(target, (servedBy.get(target) ?? 0) + 1);
  }
  const keep = (node: ChartFlowNode, source: unknown, key: string) => {
    const old = previous?.nodes.get(node.id);
    const same =
      old !== undefined &&
      previous?.sources.get(node.id) === source &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      old.width === node.width &&
      old.height === node.height &&
      old.selected === node.selected &&
      old.className === node.className &&
      (old.data as { key?: string }).key === key;
    const chosen = same ? old : node;
    nextNodes.set(node.id, chosen);
    nextSources.set(node.id, source);
    nodes.push(chosen);
  };
  for (const customer of chart.customers) {
    const placed = layout.nodes.get(customer.id);
    if (!placed || (only && !only(customer.id))) continue;
    const served = servedBy.get(customer.id) ?? 0;
    const key = `${view}|${served}`;
    keep(
      {
        id: customer.id,
        type: 'customer',
        position: { x: placed.x, y: placed.y },
        width: placed.width,
        height: placed.height,
        measured: { width: placed.width, height: placed.height },
        handles: handlesFor(placed.width, placed.height),
        selected: selection.has(customer.id),
        className: pathClass(customer.id),
        ariaLabel: `Customer ${customer.name}`,
        data: { name: customer.name, servedBy: served, view, key },
      },
      customer,
      key,
    );
  }
  for (const role of chart.roles) {
    const placed = layout.nodes.get(role.id);
    if (!placed || (only && !only(role.id))) continue;
    const flags = analysis.flagsByRole.get(role.id) ?? [];
    const distance = analysis.roles.get(role.id)?.distance ?? null;
    const flagMessage = flags.map((flag) => flag.message).join(' ');
    const below = navigation ? branchOf(navigation.tree, role.id) : null;
    const branch = below && { ...below, collapsed: navigation!.collapsed.has(role.id) };
    const folded = branch
      ? `${branch.collapsed ? '+' : '-'}${branch.roles}/${branch.headcount}`
      : '';
    const key = `${view}|${distance}|${flags.map((flag) => flag.kind).join(',')}|${flagMessage}|${folded}`;
    keep(
      {
        id: role.id,
        type: 'role',
        position: { x: placed.x, y: placed.y },
        width: placed.width,
        height: placed.height,
        measured: { width: placed.width, height: placed.height },
        handles: handlesFor(placed.width, placed.height),
        selected: selection.has(role.id),
        className: pathClass(role.id),
        ariaLabel: `Role ${role.title}${role.person ? `, ${role.person}` : ''}`,
        data: {
          title: role.title,
          person: role.person ?? '',
          team: role.team ?? '',
          headcount: role.headcount,
          flags: flags.map((flag) => flag.kind),
          flagMessage,
          distance,
          view,
          branch,
          key,
        },
      },
      role,
      key,
    );
  }
  return { nodes, reuse: { nodes: nextNodes, sources: nextSources } };
}

/** buildFlowNodes with its reuse kept from call to call (for tests and benchmarks). */
export class FlowNodeCache {
  private previous: NodeReuse | null = null;

  build(...args: DropFirst<Parameters<typeof buildFlowNodes>>): ChartFlowNode[] {
    const { nodes, reuse } = buildFlowNodes(this.previous, ...args);
    this.previous = reuse;
    return nodes;
  }
}

type DropFirst<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;
