/**
 * Dragging a role onto another role moves it under that manager. While a drag
 * is under way the dragged nodes follow the pointer (a local overlay on the
 * layout's positions); on release the chart changes once (one undo step), or
 * nothing changes and the nodes glide back to where the layout puts them.
 */
import { useReactFlow, type NodeChange, type XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { Command } from '../../domain/commands/apply-command';
import type { EditorStore } from '../../editor/store';
import type { ChartFlowNode } from './flow-model';

export interface NodeDrag {
  /** Positions of nodes being dragged, overriding the layout's. */
  overrides: ReadonlyMap<string, XYPosition>;
  /** The role a release would move the dragged roles under. */
  dropTarget: string | null;
  /** Counts releases, so the canvas can glide the dropped nodes to their place (new or old). */
  released: number;
  onPositionChanges(changes: NodeChange<ChartFlowNode>[]): void;
  onNodeDrag(event: unknown, node: ChartFlowNode): void;
  onNodeDragStop(event: unknown, node: ChartFlowNode, nodes: ChartFlowNode[]): void;
}

export function useNodeDrag(store: EditorStore): NodeDrag {
  const { getIntersectingNodes } = useReactFlow<ChartFlowNode>();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, XYPosition>>(new Map());
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [released, setReleased] = useState(0);

  const onPositionChanges = useCallback((changes: NodeChange<ChartFlowNode>[]) => {
    // Only a pointer drag under way moves a node; the drop itself is handled on drag stop.
    const moves = changes.filter(
      (change) => change.type === 'position' && change.position && change.dragging,
    );
    if (moves.length === 0) return;
    setOverrides((previous) => {
      const next = new Map(previous);
      for (const change of moves) {
        if (change.type === 'position' && change.position) next.set(change.id, change.position);
      }
      return next;
    });
  }, []);

  /** The role under the dragged node that overlaps it most (never one being dragged). */
  const findTarget = useCallback(
    (node: ChartFlowNode, dragged: ReadonlySet<string>): string | null => {
      const candidates = getIntersectingNodes(node).filter(
        (other) => other.type === 'role' && !dragged.has(other.id),
      );
      if (candidates.length === 0) return null;
      const centre = {
        x: node.position.x + (node.width ?? 0) / 2,
        y: node.position.y + (node.height ?? 0) / 2,
      };
      let best = candidates[0] as ChartFlowNode;
      let bestDistance = Infinity;
      for (const other of candidates) {
        const dx = other.position.x + (other.width ?? 0) / 2 - centre.x;
        const dy = other.position.y + (other.height ?? 0) / 2 - centre.y;
        const distance = dx * dx + dy * dy;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = other;
        }
      }
      return best.id;
    },
    [getIntersectingNodes],
  );

  const onNodeDrag = useCallback(
    (_event: unknown, node: ChartFlowNode) => {
      if (node.type !== 'role') return;
      setDropTarget(findTarget(node, new Set([node.id, ...store.getState().selection])));
    },
    [findTarget, store],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, node: ChartFlowNode, nodes: ChartFlowNode[]) => {
      const dragged = new Set(nodes.map((each) => each.id));
      dragged.add(node.id);
      const target = node.type === 'role' ? findTarget(node, dragged) : null;
      setOverrides(new Map());
      setDropTarget(null);
      setReleased((count) => count + 1);
      if (!target) return;
      const { chart } = store.getState();
      const roles = chart.roles.filter((role) => dragged.has(role.id));
      const commands: Command[] = roles
        .filter((role) => role.reportsTo !== target)
        .map((role) => ({ type: 'setManager', id: role.id, managerId: target }));
      if (commands.length === 0) return;
      const manager = chart.roles.find((role) => role.id === target)?.title ?? target;
      const label =
        roles.length === 1
          ? `Move ${roles[0]?.title} under ${manager}`
          : `Move ${roles.length} roles under ${manager}`;
      store.getState().run(commands, label);
    },
    [findTarget, store],
  );

  return { overrides, dropTarget, released, onPositionChanges, onNodeDrag, onNodeDragStop };
}

/** The layout's nodes with the drag's overlay: dragged nodes where the pointer has them, the drop target marked. */
export function useDraggedNodes(nodes: ChartFlowNode[], drag: NodeDrag): ChartFlowNode[] {
  const { overrides, dropTarget } = drag;
  return useMemo(() => {
    if (overrides.size === 0 && !dropTarget) return nodes;
    return nodes.map((node) => {
      const position = overrides.get(node.id);
      const target = node.id === dropTarget;
      if (!position && !target) return node;
      return {
        ...node,
        position: position ?? node.position,
        className: target ? `${node.className ?? ''} is-drop-target`.trim() : node.className,
        dragging: Boolean(position),
      };
    });
  }, [nodes, overrides, dropTarget]);
}
