/**
 * Drawing a link by connecting handles. What the link means follows from
 * where it goes (see link-intent.ts); a connection dropped on a node's body,
 * not exactly on a handle, counts too. Refusals (a self-link, two customers,
 * and whatever the domain refuses: a cycle, a duplicate) are told in an alert
 * and change nothing.
 */
import type { Connection, FinalConnectionState } from '@xyflow/react';
import { useCallback } from 'react';
import type { EditorStore } from '../../editor/store';
import { linkCommand } from './link-intent';

/** The node id under a screen point, if any (a connection dropped on a node's body). */
function nodeAt(x: number, y: number): string | null {
  const element = document.elementFromPoint(x, y)?.closest('.react-flow__node');
  return element?.getAttribute('data-id') ?? null;
}

export function useConnect(store: EditorStore): {
  onConnect: (connection: Connection) => void;
  onConnectEnd: (event: MouseEvent | TouchEvent, state: FinalConnectionState) => void;
} {
  const connect = useCallback(
    (source: string, sourceHandle: string | null | undefined, target: string) => {
      if (source === target) {
        store.getState().notify('Refused: a role cannot be linked to itself.', 'error');
        return;
      }
      const { chart, view } = store.getState();
      const command = linkCommand(chart, view, source, sourceHandle, target);
      if (!command) {
        store.getState().notify('Refused: two customers cannot be linked.', 'error');
        return;
      }
      store.getState().run(command);
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) =>
      connect(connection.source, connection.sourceHandle, connection.target),
    [connect],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      // Back onto its own node is a self-link: refused with a message, as on a handle.
      const target = nodeAt(point.clientX, point.clientY);
      if (!target) return;
      const fromHandle = state.fromHandle;
      if (fromHandle?.type === 'target') connect(target, null, state.fromNode.id);
      else connect(state.fromNode.id, fromHandle?.id, target);
    },
    [connect],
  );

  return { onConnect, onConnectEnd };
}
