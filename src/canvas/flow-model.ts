/**
 * Chart + layout + analysis -> React Flow nodes and edges. Positions always
 * come from the layout; nothing here is placed by hand. Node sizes are given
 * up front (the layout knows them), which spares React Flow a measuring pass.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Chart, View } from '../domain/chart';
import type { Analysis, FlagKind } from '../domain/service-paths';
import type { Layout } from '../layout/layout';

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
  /** What the node shows beyond the role itself; part of the reuse check. */
  key: string;
};

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
export type LinkKind = 'reporting' | 'service';
export type ChartEdgeData = { kind: LinkKind; from: string; to: string };
export type ChartFlowEdge = Edge<ChartEdgeData>;

/** Handle ids on every node: a source and a target at the top and at the bottom. */
export const HANDLES = {
  topOut: 'top',
  topIn: 'top-in',
  bottomOut: 'bottom',
  bottomIn: 'bottom-in',
} as const;

const SERVICE_COLOUR = '#0d9488';
const CROSS_COLOUR = '#6366f1';
const REPORTING_COLOUR = '#94a3b8';

/**
 * Reuses node objects between builds. Roles are immutable (every change makes
 * a new object for what changed and shares the rest), so when a role, its
 * flags, its distance, its position and its selection are the same as last
 * time, the very same node object is handed back and React Flow skips it:
 * an edit on a 1,000-role chart re-renders the few nodes it touched.
 */
export class FlowNodeCache {
  private previous = new Map<string, ChartFlowNode>();
  private sources = new Map<string, unknown>();

  /** Builds the React Flow nodes for a laid-out chart. */
  build(
    chart: Chart,
    layout: Layout,
    analysis: Analysis,
    view: View,
    selection: ReadonlySet<string>,
  ): ChartFlowNode[] {
    const nodes: ChartFlowNode[] = [];
    const nextNodes = new Map<string, ChartFlowNode>();
    const nextSources = new Map<string, unknown>();
    const servedBy = new Map<string, number>();
    for (const role of chart.roles) {
      for (const target of role.serves) servedBy.set(target, (servedBy.get(target) ?? 0) + 1);
    }
    const keep = (node: ChartFlowNode, source: unknown, key: string) => {
      const old = this.previous.get(node.id);
      const same =
        old !== undefined &&
        this.sources.get(node.id) === source &&
        old.position.x === node.position.x &&
        old.position.y === node.position.y &&
        old.width === node.width &&
        old.height === node.height &&
        old.selected === node.selected &&
        (old.data as { key?: string }).key === key;
      const chosen = same ? old : node;
      nextNodes.set(node.id, chosen);
      nextSources.set(node.id, source);
      nodes.push(chosen);
    };
    for (const customer of chart.customers) {
      const placed = layout.nodes.get(customer.id);
      if (!placed) continue;
      const served = servedBy.get(customer.id) ?? 0;
      const key = `${view}|${served}`;
      keep(
        {
          id: customer.id,
          type: 'customer',
          position: { x: placed.x, y: placed.y },
          width: placed.width,
          height: placed.height,
          selected: selection.has(customer.id),
          ariaLabel: `Customer ${customer.name}`,
          data: { name: customer.name, servedBy: served, view, key },
        },
        customer,
        key,
      );
    }
    for (const role of chart.roles) {
      const placed = layout.nodes.get(role.id);
      if (!placed) continue;
      const flags = analysis.flagsByRole.get(role.id) ?? [];
      const distance = analysis.roles.get(role.id)?.distance ?? null;
      const flagMessage = flags.map((flag) => flag.message).join(' ');
      const key = `${view}|${distance}|${flags.map((flag) => flag.kind).join(',')}|${flagMessage}`;
      keep(
        {
          id: role.id,
          type: 'role',
          position: { x: placed.x, y: placed.y },
          width: placed.width,
          height: placed.height,
          selected: selection.has(role.id),
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
            key,
          },
        },
        role,
        key,
      );
    }
    this.previous = nextNodes;
    this.sources = nextSources;
    return nodes;
  }
}

/** Builds the React Flow nodes for a laid-out chart (no reuse; for one-off use and tests). */
export function toFlowNodes(
  chart: Chart,
  layout: Layout,
  analysis: Analysis,
  view: View,
  selection: ReadonlySet<string>,
): ChartFlowNode[] {
  return new FlowNodeCache().build(chart, layout, analysis, view, selection);
}

/**
 * Builds the edges. Customer first: service flows up, so a manager's edge runs
 * from the manager (below) up to each report, and a role's service link runs
 * up to what it serves. Traditional: reporting lines point at the boss, and
 * service links run down to the customers at the bottom.
 */
export function toFlowEdges(chart: Chart, view: View): ChartFlowEdge[] {
  const ids = new Set<string>();
  const customers = new Set<string>();
  for (const role of chart.roles) ids.add(role.id);
  for (const customer of chart.customers) {
    ids.add(customer.id);
    customers.add(customer.id);
  }
  const up = view === 'customer-first';
  const edges: ChartFlowEdge[] = [];
  for (const role of chart.roles) {
    if (role.reportsTo && ids.has(role.reportsTo)) {
      const manager = role.reportsTo;
      edges.push({
        id: `r:${role.id}`,
        type: 'smoothstep',
        // Customer first: the manager supports the report above it. Traditional: the report points at the boss.
        source: up ? manager : role.id,
        target: up ? role.id : manager,
        sourceHandle: HANDLES.topOut,
        targetHandle: HANDLES.bottomIn,
        data: { kind: 'reporting', from: role.id, to: manager },
        style: { stroke: REPORTING_COLOUR, strokeWidth: 1.5 },
        markerEnd: { type: MarkerType.ArrowClosed, color: REPORTING_COLOUR, width: 16, height: 16 },
        selectable: true,
        ariaLabel: `${role.id} reports to ${manager}`,
      });
    }
    for (const target of role.serves) {
      if (!ids.has(target)) continue;
      const toCustomer = customers.has(target);
      const colour = toCustomer ? SERVICE_COLOUR : CROSS_COLOUR;
      edges.push({
        id: `s:${role.id}->${target}`,
        type: 'default',
        source: role.id,
        target,
        sourceHandle: up ? HANDLES.topOut : HANDLES.bottomOut,
        targetHandle: up ? HANDLES.bottomIn : HANDLES.topIn,
        data: { kind: 'service', from: role.id, to: target },
        style: { stroke: colour, strokeWidth: toCustomer ? 2 : 1.75 },
        markerEnd: { type: MarkerType.ArrowClosed, color: colour, width: 16, height: 16 },
        selectable: true,
        ariaLabel: `${role.id} serves ${target}`,
      });
    }
  }
  return edges;
}

/** Reuses edge objects whose ends, view and look are unchanged (see FlowNodeCache). */
export class FlowEdgeCache {
  private previous = new Map<string, ChartFlowEdge>();

  build(chart: Chart, view: View): ChartFlowEdge[] {
    const fresh = toFlowEdges(chart, view);
    const next = new Map<string, ChartFlowEdge>();
    const edges = fresh.map((edge) => {
      const old = this.previous.get(edge.id);
      const same =
        old !== undefined &&
        old.source === edge.source &&
        old.target === edge.target &&
        old.sourceHandle === edge.sourceHandle &&
        old.targetHandle === edge.targetHandle &&
        old.style?.stroke === edge.style?.stroke;
      const chosen = same ? old : edge;
      next.set(edge.id, chosen);
      return chosen;
    });
    this.previous = next;
    return edges;
  }
}
