/**
 * Chart -> React Flow edges, apart from the nodes (flow-model.ts): edges need
 * no layout, only the chart and the view, and are reused on their own terms.
 */
import { MarkerType } from '@xyflow/react';
import type { Chart, View } from '../../domain/chart';
import type { Layout, PlacedNode } from '../../layout/layout';
import { routeLinks } from '../../layout/links/link-routes';
import { LINK_COLOURS } from '../../theme/link-kinds';
import { HANDLES, HANDLE_SIZE, PATH_CLASS, type ChartFlowEdge } from './flow-model';
import { routePath } from './route-path';

const SERVICE_COLOUR = LINK_COLOURS.toCustomer;
const CROSS_COLOUR = LINK_COLOURS.toRole;
const REPORTING_COLOUR = LINK_COLOURS.reporting;

/**
 * Builds the edges. Customer first: service flows up, so a manager's edge runs
 * from the manager (below) up to each report, and a role's service link runs
 * up to what it serves. Traditional: reporting lines point at the boss, and
 * service links run down to the customers at the bottom.
 */
export function toFlowEdges(
  chart: Chart,
  view: View,
  only?: ((id: string) => boolean) | null,
  layout?: Layout,
): ChartFlowEdge[] {
  const ids = new Set<string>();
  const customers = new Set<string>();
  for (const role of chart.roles) ids.add(role.id);
  for (const customer of chart.customers) {
    ids.add(customer.id);
    customers.add(customer.id);
  }
  // Edges are named in the user's words ("Cashier serves Shoppers"), not by ids.
  const names = new Map<string, string>();
  for (const customer of chart.customers) names.set(customer.id, customer.name);
  for (const role of chart.roles) names.set(role.id, role.title);
  // Customers on top (customer first, service distance): service and support flow up.
  const up = view !== 'traditional';
  const edges: ChartFlowEdge[] = [];
  for (const role of chart.roles) {
    // `only`: edges between two of the nodes it accepts (a big chart's window).
    if (only && !only(role.id)) continue;
    if (role.reportsTo && ids.has(role.reportsTo) && (!only || only(role.reportsTo))) {
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
        // A named group, not React Flow's role="img" for a link that is no Tab stop.
        ariaRole: 'group',
        ariaLabel: `${role.title} reports to ${names.get(manager)}`,
      });
    }
    for (const target of role.serves) {
      if (!ids.has(target) || (only && !only(target))) continue;
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
        ariaRole: 'group',
        ariaLabel: `${role.title} serves ${names.get(target)}`,
      });
    }
  }
  if (layout) routeEdges(edges, layout, view);
  return edges;
}

/** Where React Flow puts an edge's end on a handle of a node standing where the layout put it. */
function handlePoint(
  node: PlacedNode,
  handle: string | null | undefined,
): { x: number; y: number } {
  const top = handle === HANDLES.topOut || handle === HANDLES.topIn;
  return {
    x: node.x + node.width / 2,
    y: top ? node.y - HANDLE_SIZE / 2 : node.y + node.height + HANDLE_SIZE / 2,
  };
}

/** Gives every edge its route over the layout: drawn as type 'routed' (routed-edge.tsx). */
function routeEdges(edges: ChartFlowEdge[], layout: Layout, view: View): void {
  const routes = routeLinks(
    layout,
    view,
    edges.map((edge) => ({
      id: edge.id,
      kind: edge.data!.kind,
      from: edge.data!.from,
      to: edge.data!.to,
    })),
  );
  for (const edge of edges) {
    const points = routes.get(edge.id);
    const source = layout.nodes.get(edge.source);
    const target = layout.nodes.get(edge.target);
    if (!points || !source || !target) continue;
    const s = handlePoint(source, edge.sourceHandle);
    const t = handlePoint(target, edge.targetHandle);
    edge.type = 'routed';
    edge.data = {
      ...edge.data!,
      route: { d: routePath(points), sx: s.x, sy: s.y, tx: t.x, ty: t.y },
    };
  }
}

/** Reuses edge objects whose ends, view and look are unchanged (see FlowNodeCache). */
export class FlowEdgeCache {
  private previous = new Map<string, ChartFlowEdge>();

  /**
   * `onPath`: ids of the edges along a highlighted service path (they get PATH_CLASS).
   * `only`: edges between two nodes it accepts (see `toFlowEdges`).
   */
  build(
    chart: Chart,
    view: View,
    onPath?: ReadonlySet<string> | null,
    only?: ((id: string) => boolean) | null,
    layout?: Layout,
  ): ChartFlowEdge[] {
    const fresh = toFlowEdges(chart, view, only, layout);
    const next = new Map<string, ChartFlowEdge>();
    const edges = fresh.map((built) => {
      const edge = onPath?.has(built.id) ? { ...built, className: PATH_CLASS, zIndex: 1 } : built;
      const old = this.previous.get(edge.id);
      const same =
        old !== undefined &&
        old.source === edge.source &&
        old.target === edge.target &&
        old.sourceHandle === edge.sourceHandle &&
        old.targetHandle === edge.targetHandle &&
        old.style?.stroke === edge.style?.stroke &&
        old.className === edge.className &&
        old.data?.route?.d === edge.data?.route?.d &&
        old.ariaLabel === edge.ariaLabel;
      const chosen = same ? old : edge;
      next.set(edge.id, chosen);
      return chosen;
    });
    this.previous = next;
    return edges;
  }
}
