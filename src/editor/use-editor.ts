/**
 * React access to the editor store: a context holding the store, and a hook
 * that selects the smallest slice a component needs (so a node re-renders only
 * when its own slice changes).
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './store';

export const EditorContext = createContext<EditorStore | null>(null);

/** The store itself, for event handlers that read state without subscribing. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore must be used inside <EditorContext>');
  return store;
}

/** Subscribes to one slice of the editor state. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}
