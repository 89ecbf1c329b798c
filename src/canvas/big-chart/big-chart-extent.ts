/**
 * The pure pieces of use-big-chart.ts: which laid-out nodes fall in the
 * window, and the invisible node that lets a fit see the whole chart. Apart
 * from the hook so they carry no React state and read on their own.
 */
import type { Rect } from './chart-scene';
import type { ChartFlowNode } from '../flow/flow-model';

/** The id of the invisible node spanning the chart (see `extentNode`). */
export const EXTENT_NODE_ID = '__upturn-extent';
/** Whether a box overlaps a rectangle (edges touching count, as in `forEachBoxIn`). */
export function overlaps(box: Rect, rect: Rect): boolean {
  return (
    box.x <= rect.x + rect.width &&
    box.x + box.width >= rect.x &&
    box.y <= rect.y + rect.height &&
    box.y + box.height >= rect.y
  );
}

/**
 * An invisible node as large as the chart: React Flow fits the view to the
 * nodes it has, and with a window it has only some; this one makes every fit
 * (Fit view, a flip, opening a chart) fit the whole chart. It draws nothing,
 * takes no pointer, is never focused, selected or dragged.
 */
export function extentNode(bounds: Rect): ChartFlowNode {
  const node = {
    id: EXTENT_NODE_ID,
    type: 'extent',
    position: { x: bounds.x, y: bounds.y },
    width: bounds.width,
    height: bounds.height,
    measured: { width: bounds.width, height: bounds.height },
    handles: [],
    selectable: false,
    draggable: false,
    connectable: false,
    focusable: false,
    deletable: false,
    zIndex: -1,
    style: { pointerEvents: 'none' },
    ariaRole: 'presentation',
    domAttributes: { 'aria-hidden': true },
    data: {},
  };
  // Not a role nor a customer, but React Flow holds it beside them.
  return node as unknown as ChartFlowNode;
}
