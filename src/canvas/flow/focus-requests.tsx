/**
 * Where keyboard focus goes on the canvas: a node asked for (`requestFocus`:
 * after a name is committed or cancelled, after a search pick) is focused as
 * soon as React Flow has drawn it, which for a folded branch or a big chart's
 * window is only after the view has moved there. Rendered inside <ReactFlow>,
 * it wakes on every change to the nodes React Flow holds, not on a timer.
 */
import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../../editor/use-editor';

/** The node's element on the canvas, if React Flow has drawn it. */
export function nodeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

export function FocusRequests() {
  const store = useEditorStore();
  const request = useEditor((state) => state.focusRequest);
  const wanted = request && 'node' in request ? request.node : null;
  const drawn = useStore((state) => state.nodes);
  useEffect(() => {
    if (!wanted) return;
    const { chart } = store.getState();
    const exists = [...chart.roles, ...chart.customers].some((node) => node.id === wanted);
    const element = exists ? nodeElement(wanted) : null;
    // Not drawn yet: the next change to the drawn nodes looks again.
    if (exists && !element) return;
    element?.focus();
    store.getState().requestFocus(null);
  }, [store, wanted, drawn]);
  return null;
}
