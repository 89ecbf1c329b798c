/** Which dialog is open (Import, Export, chart list): one explicit state, not a heap of booleans. */
import { useMemo } from 'react';
import { create } from 'zustand';

export type DialogName = 'import' | 'export' | 'charts';

interface DialogState {
  open: DialogName | null;
  show(name: DialogName): void;
  close(): void;
}

export const useDialogState = create<DialogState>()((set) => ({
  open: null,
  show: (name) => set({ open: name }),
  close: () => set({ open: null }),
}));

/** Stable functions to open and close dialogs, for the command registry. */
export function useDialogs() {
  const show = useDialogState((state) => state.show);
  const close = useDialogState((state) => state.close);
  return useMemo(() => ({ open: show, close }), [show, close]);
}
