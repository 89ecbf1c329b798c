/**
 * One side of the compare view as React Flow and the canvas scene see it:
 * the read-only nodes (with their overlay marks), the edges (service links
 * added labelled "added", removed ones dashed and labelled "removed"), and how
 * the scene tones a role in the overview of a big chart (added, changed, a
 * ghost). `only`, when given, keeps the nodes and edges of a big chart's
 * window (use-chart-window.ts). Pure.
 */
import type { Chart, View } from '../../domain/chart';
import { TONE, type Tone } from '../../canvas/big-chart/chart-scene';
import type { ChartFlowEdge } from '../../canvas/flow/flow-model';
import { toFlowEdges } from '../../canvas/flow/flow-edges';
import type { Layout } from '../../layout/layout';
import { linkKey, type RoleMark } from './compare-model';
import type { CompareNode } from './compare-nodes';

export interface CompareMarks {
  marks?: ReadonlyMap<string, readonly RoleMark[]>;
  ghosts?: ReadonlySet<string>;
  linksAdded?: ReadonlySet<string>;
  linksRemoved?: ReadonlySet<string>;
}

type Only = ((id: string) => boolean) | null;

const NO_MARKS: readonly RoleMark[] = [];

export function compareNodes(
  chart: Chart,
  layout: Layout,
  { marks, ghosts }: CompareMarks,
  focusId: string | null,
  only: Only,
): CompareNode[] {
  const result: CompareNode[] = [];
  for (const role of chart.roles) {
    const box = layout.nodes.get(role.id);
    if (!box || (only && !only(role.id))) continue;
    result.push({
      id: role.id,
      type: 'compareRole',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      draggable: false,
      selectable: false,
      data: {
        title: role.title,
        ...(role.person ? { person: role.person } : {}),
        headcount: role.headcount,
        marks: marks?.get(role.id) ?? NO_MARKS,
        ghost: ghosts?.has(role.id) ?? false,
        focused: role.id === focusId,
      },
    });
  }
  for (const customer of chart.customers) {
    const box = layout.nodes.get(customer.id);
    if (!box || (only && !only(customer.id))) continue;
    result.push({
      id: customer.id,
      type: 'compareCustomer',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      draggable: false,
      selectable: false,
      data: { name: customer.name, ghost: ghosts?.has(customer.id) ?? false },
    });
  }
  return result;
}

export function compareEdges(
  chart: Chart,
  view: View,
  { linksAdded, linksRemoved }: CompareMarks,
  only: Only,
): ChartFlowEdge[] {
  return toFlowEdges(chart, view, only).map((edge) => {
    const data = edge.data;
    if (!data || data.kind !== 'service') return { ...edge, selectable: false };
    const key = linkKey(data.from, data.to);
    if (linksRemoved?.has(key)) {
      return {
        ...edge,
        selectable: false,
        label: 'removed',
        style: { ...edge.style, strokeDasharray: '6 5', stroke: '#64748b' },
        ariaLabel: `${edge.ariaLabel ?? ''} (removed)`,
      };
    }
    if (linksAdded?.has(key)) {
      return {
        ...edge,
        selectable: false,
        label: 'added',
        style: { ...edge.style, strokeWidth: 3 },
        ariaLabel: `${edge.ariaLabel ?? ''} (added)`,
      };
    }
    return { ...edge, selectable: false };
  });
}

/** A role's tone in the overview: as its card's border says (compare-nodes.tsx). */
export function compareTones({ marks, ghosts }: CompareMarks): (id: string) => Tone {
  return (id) => {
    if (ghosts?.has(id)) return TONE.ghost;
    const own = marks?.get(id);
    if (!own || own.length === 0) return TONE.role;
    return own.some((mark) => mark.kind === 'added') ? TONE.added : TONE.changed;
  };
}
