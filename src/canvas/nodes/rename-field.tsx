import { useEffect, useRef, useState } from 'react';
import { useEditor, useEditorStore } from '../../editor/use-editor';

/**
 * In-place rename on the canvas (double-click or F2): Enter or leaving the
 * field keeps the new name as one undo step; Escape puts the old one back.
 * Enter and Escape give keyboard focus back to the node.
 */
export function RenameField({
  id,
  kind,
  value,
  className,
}: {
  id: string;
  kind: 'role' | 'customer';
  value: string;
  className?: string;
}) {
  const store = useEditorStore();
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    const state = store.getState();
    state.setRenaming(null);
    const next = draft.trim();
    if (!keep || next === value) return;
    if (kind === 'role') state.run({ type: 'updateRole', id, changes: { title: next } });
    else state.run({ type: 'updateCustomer', id, changes: { name: next } });
  };

  return (
    <input
      ref={input}
      aria-label={kind === 'role' ? 'Role title' : 'Customer name'}
      className={`nodrag nopan nowheel w-full rounded border border-brand bg-white px-1 py-0.5 text-ink outline-none ${className ?? ''}`}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key !== 'Enter' && event.key !== 'Escape') return;
        finish(event.key === 'Enter');
        store.getState().requestFocus({ node: id });
      }}
    />
  );
}

/** True while this node is being renamed in place. */
export function useRenaming(id: string): boolean {
  return useEditor((state) => state.renaming === id);
}
