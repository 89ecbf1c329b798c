/**
 * Files in and out, wired: the Import dialog and the Export menu (opened
 * through the store's `dialog`, from the toolbar or Ctrl+O / Ctrl+E), and the
 * canvas as a drop target that hands a dropped file to the Import dialog.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, type ReactNode } from 'react';
import { create } from 'zustand';
import { FIT_PADDING } from '../canvas/org-canvas';
import type { Chart } from '../domain/chart';
import type { ChartSession } from '../editor/persistence/chart-library-session';
import { useEditor, useEditorStore } from '../editor/use-editor';
import { ExportMenu } from '../ui/export/export-menu';
import { ImportDialog, type PendingImport } from '../ui/import/import-dialog';
import { ImportDropZone } from '../ui/import/import-drop-zone';
import { openImportedChart } from './open-imported-chart';

/** A file dropped on the canvas, waiting for the Import dialog to read it. */
const usePendingImport = create<{ pending: PendingImport | null }>()(() => ({ pending: null }));

/** The Import dialog and the Export menu, whichever is open. */
export function FileDialogs({ session }: { session: ChartSession | null }) {
  const store = useEditorStore();
  const open = useEditor((state) => state.dialog);
  const close = useEditor((state) => state.closeDialog);
  const pending = usePendingImport((state) => state.pending);
  const { fitView, getNodes } = useReactFlow();

  const closeImport = useCallback(() => {
    usePendingImport.setState({ pending: null });
    close();
  }, [close]);

  const openChart = useCallback(
    async (chart: Chart, warnings: readonly string[]) => {
      await openImportedChart(store, session, chart, warnings);
      // The new chart whole in view, as soon as React Flow holds its nodes (a few frames on).
      const ids = new Set([...chart.roles, ...chart.customers].map((node) => node.id));
      let frames = 0;
      const fitOnceDrawn = () => {
        const nodes = getNodes();
        const drawn = nodes.length === ids.size && nodes.every((node) => ids.has(node.id));
        if (drawn || ++frames > 300) void fitView({ padding: FIT_PADDING, duration: 0 });
        else window.requestAnimationFrame(fitOnceDrawn);
      };
      window.requestAnimationFrame(fitOnceDrawn);
    },
    [store, session, fitView, getNodes],
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
  if (open === 'export') return <ExportMenu onClose={close} />;
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
