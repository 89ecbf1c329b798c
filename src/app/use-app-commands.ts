/**
 * Wires the command registry to what only the app can do: the React Flow
 * viewport, full screen, dialogs and the inspector. Also routes the keyboard.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { FIT_MAX_ZOOM, FIT_PADDING } from '../canvas/viewport/fit-options';
import type { CommandContext, UiActions } from '../editor/commands/command-registry';
import { drawnLayoutOf } from '../editor/navigation';
import { editorRegistry } from '../editor/commands/editor-commands';
import { useEditorStore } from '../editor/use-editor';
import { useShortcuts } from '../editor/commands/use-shortcuts';
import { ROLE_SEARCH_ID } from '../ui/toolbar/role-search';

/**
 * The zoom a node is centred at: legible, but never the 2x a fit of a nearly
 * empty chart gives, at which the next roles added would fall off screen.
 */
const CENTRE_ZOOM = { min: 0.9, max: 1.2 } as const;

export function useAppCommands() {
  const store = useEditorStore();
  const { fitView, setCenter, getZoom } = useReactFlow();

  const context = useMemo<CommandContext>(() => {
    const ui: UiActions = {
      fitView: () =>
        void fitView({ duration: 350, padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM }).then(() =>
          // Observable only: the benchmark waits for the fit's end on this mark, not a timer.
          performance.mark('upturn:fit-view-done'),
        ),
      centreOn(id) {
        // Wait a frame: the node may have been added by the command just run.
        window.requestAnimationFrame(() => {
          // Where it is drawn: the layout of the chart minus folded branches.
          const placed = drawnLayoutOf(store.getState()).nodes.get(id);
          if (!placed) return;
          void setCenter(placed.x + placed.width / 2, placed.y + placed.height / 2, {
            zoom: Math.min(Math.max(getZoom(), CENTRE_ZOOM.min), CENTRE_ZOOM.max),
            duration: 350,
          });
        });
      },
      present() {
        store.getState().setMode('presenting');
        store.getState().select([]);
        document.documentElement.requestFullscreen?.().catch(() => {
          // Full screen can be refused (an iframe, a headless browser): presenting still works in the window.
        });
        window.setTimeout(
          () => void fitView({ duration: 300, padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM }),
          80,
        );
      },
      exitPresent() {
        store.getState().setMode('editing');
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        window.setTimeout(
          () => void fitView({ duration: 300, padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM }),
          80,
        );
      },
      teach() {
        // Teach draws its own stage over the editor; the editor is left as it was.
        store.getState().setRenaming(null);
        store.getState().setMode('teaching');
      },
      openImport: () => store.getState().openDialog('import'),
      openExport: () => store.getState().openDialog('export'),
      renameInPlace: (id) => store.getState().setRenaming(id),
      focusInspector: (field) => store.getState().requestFocus({ field: field ?? 'title' }),
      openSearch() {
        const input = document.getElementById(ROLE_SEARCH_ID);
        if (input instanceof HTMLInputElement) {
          input.focus();
          input.select();
        }
      },
    };
    return { store, ui };
  }, [store, fitView, setCenter, getZoom]);

  // Leaving full screen with the browser's own Escape ends the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && store.getState().mode === 'presenting') {
        context.ui.exitPresent?.();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store, context]);

  useShortcuts(editorRegistry, context);
  return { registry: editorRegistry, context };
}
