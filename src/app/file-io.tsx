/**
 * Files in and out, wired: the Import dialog and the Export menu (opened
 * through the store's `dialog`, from the toolbar or Ctrl+O / Ctrl+E), and the
 * canvas as a drop target that hands a dropped file to the Import dialog.
 */
import { useCallback, type ReactNode } from 'react';
import { create } from 'zustand';
import type { Chart } from '../domain/chart';
import type { ChartSession } from '../editor/persistence/chart-library-session';
import { useEditor, useEditorStore } from '../editor/use-editor';
import { ExportMenuWithoutToolbar } from '../ui/export/export-menu';
import { ImportDialog, type PendingImport } from '../ui/import/import-dialog';
import { ImportDropZone } from '../ui/import/import-drop-zone';
import { openImportedChart } from './open-imported-chart';

/** A file dropped on the canvas, waiting for the Import dialog to read it. */
const usePendingImport = create<{ pending: PendingImport | null }>()(() => ({ pending: null }));

/** The Import dialog, or the Export menu while presenting (else it is the toolbar's). */
export function FileDialogs({ session }: { session: ChartSession | null }) {
  const store = useEditorStore();
  const open = useEditor((state) => state.dialog);
  const close = useEditor((state) => state.closeDialog);
  const pending = usePendingImport((state) => state.pending);
  const presenting = useEditor((state) => state.mode === 'presenting');

  const closeImport = useCallback(() => {
    usePendingImport.setState({ pending: null });
    close();
  }, [close]);

  const openChart = useCallback(
    async (chart: Chart, warnings: readonly string[]) => {
      // Loaded without a kept viewport, the canvas fits it (use-kept-viewport.ts).
      await openImportedChart(store, session, chart, warnings);
    },
    [store, session],
  );

  if (open === 'import') {
    return (
      <ImportDialog
        pending={pending}
        onOpenChart={openChart}
        onClose={closeImport}
        replacesOpenChart={session === null}
      />
    );
  }
  // The Export menu hangs from the toolbar's Export button; while presenting there is none.
  if (open === 'export' && presenting) return <ExportMenuWithoutToolbar onClose={close} />;
  return null;
}

/** The canvas as a drop target: a dropped file opens the Import dialog on it. */
export function CanvasFileDrop({ children }: { children: ReactNode }) {
  const presenting = useEditor((state) => state.mode === 'presenting');
  const show = useEditor((state) => state.openDialog);
  const onFile = useCallback(
    (file: File) => {
      usePendingImport.setState({ pending: { file } });
      show('import');
    },
    [show],
  );
  return (
    <ImportDropZone onFile={onFile} disabled={presenting}>
      {children}
    </ImportDropZone>
  );
}
