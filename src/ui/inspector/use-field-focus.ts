/**
 * Moves keyboard focus to a field of the selection's panel when asked
 * (`requestFocus({ field })`: Add role focuses "title", M "manager"), once
 * the panel holding it is drawn: the effect runs after React has drawn the
 * panel for the new selection, so no timer guesses when that is. A field the
 * drawn panel does not have (M with a customer selected) drops the request.
 */
import { useEffect } from 'react';
import type { EditorStore } from '../../editor/store';
import { useEditor } from '../../editor/use-editor';

export function useFieldFocus(store: EditorStore, drawn: boolean): void {
  const request = useEditor((state) => state.focusRequest);
  const field = request && 'field' in request ? request.field : null;
  useEffect(() => {
    if (!field) return;
    store.getState().requestFocus(null);
    if (!drawn) return;
    const element = document.getElementById(`inspector-${field}`);
    if (!(element instanceof HTMLElement)) return;
    element.focus();
    if (element instanceof HTMLInputElement) element.select();
  }, [store, field, drawn]);
}
