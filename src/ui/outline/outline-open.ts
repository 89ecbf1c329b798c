/**
 * Whether the Outline is open: view state of this window only (never chart
 * data, never an undo step), shared by its toolbar toggle and the screen.
 */
import { create } from 'zustand';

export const useOutlineOpen = create<{ open: boolean; toggle: () => void; close: () => void }>()(
  (set) => ({
    open: false,
    toggle: () => set((state) => ({ open: !state.open })),
    close: () => set({ open: false }),
  }),
);
