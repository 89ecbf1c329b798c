/**
 * The edges of an SVG export: reporting lines (solid) and service links
 * (dashed), as smooth vertical curves between the facing sides of two boxes.
 * Customer first, reporting lines run from the manager up to its report
 * (service flows upward); traditional, they point at the boss.
 */
import type { Chart, View } from '../../domain/chart';
import type { Layout, PlacedNode } from '../../layout/layout';
import { LINK_COLOURS } from '../../theme/link-kinds';
import { el, type SvgElement } from './svg-tree';

function marker(id: string, colour: string): SvgElement {
  return el(
    'marker',
    {
      id,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 7,
      markerHeight: 7,
      orient: 'auto-start-reverse',
    },
    el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: colour }),
  );
}

/** The arrow heads the edges refer to; goes in the SVG once. */
export const SVG_MARKERS: SvgElement = el(
  'defs',
  {},
  marker('arrow-reporting', LINK_COLOURS.reporting),
  marker('arrow-service', LINK_COLOURS.toCustomer),
  marker('arrow-service-role', LINK_COLOURS.toRole),
);

/** A curve from `a` to `b`, leaving and entering through the sides that face each other. */
export function edgePath(a: PlacedNode, b: PlacedNode): string {
  const ax = a.x + a.width / 2;
  const bx = b.x + b.width / 2;
  const aCentre = a.y + a.height / 2;
  const bCentre = b.y + b.height / 2;
  if (Math.abs(aCentre - bCentre) < (a.height + b.height) / 2) {
    // Side by side on one row: an arch over the top.
    const lift = Math.min(a.y, b.y) - 36;
    return `M ${r(ax)} ${r(a.y)} C ${r(ax)} ${r(lift)}, ${r(bx)} ${r(lift)}, ${r(bx)} ${r(b.y)}`;
  }
  const down = aCentre < bCentre;
  const ay = down ? a.y + a.height : a.y;
  const by = down ? b.y : b.y + b.height;
  const mid = (ay + by) / 2;
  return `M ${r(ax)} ${r(ay)} C ${r(ax)} ${r(mid)}, ${r(bx)} ${r(mid)}, ${r(bx)} ${r(by)}`;
}

function r(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Every reporting line and service link between nodes the layout placed. */
export function svgEdges(chart: Chart, layout: Layout, view: View): SvgElement[] {
  const edges: SvgElement[] = [];
  for (const role of chart.roles) {
    const box = layout.nodes.get(role.id);
    if (!box || role.reportsTo === null) continue;
    const manager = layout.nodes.get(role.reportsTo);
    if (!manager) continue;
    const [from, to] = view === 'traditional' ? [box, manager] : [manager, box];
    edges.push(
      el('path', {
        class: 'edge reporting',
        'data-from': from.id,
        'data-to': to.id,
        d: edgePath(from, to),
        fill: 'none',
        stroke: LINK_COLOURS.reporting,
        'stroke-width': 1.5,
        'marker-end': 'url(#arrow-reporting)',
      }),
    );
  }
  const customers = new Set(chart.customers.map((customer) => customer.id));
  for (const role of chart.roles) {
    const box = layout.nodes.get(role.id);
    if (!box) continue;
    for (const target of role.serves) {
      const served = layout.nodes.get(target);
      if (!served) continue;
      const toCustomer = customers.has(target);
      edges.push(
        el('path', {
          class: 'edge service',
          'data-from': role.id,
          'data-to': target,
          d: edgePath(box, served),
          fill: 'none',
          stroke: toCustomer ? LINK_COLOURS.toCustomer : LINK_COLOURS.toRole,
          'stroke-width': 1.5,
          'stroke-dasharray': '6 4',
          'marker-end': toCustomer ? 'url(#arrow-service)' : 'url(#arrow-service-role)',
        }),
      );
    }
  }
  return edges;
}
