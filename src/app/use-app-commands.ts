/**
 * Wires the command registry to what only the app can do: the React Flow
 * viewport, full screen, dialogs and the inspector. Also routes the keyboard.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { FIT_PADDING } from '../canvas/org-canvas';
import type { CommandContext, UiActions } from '../editor/command-registry';
import { layoutOf } from '../editor/derived';
import { editorRegistry } from '../editor/editor-commands';
import { useEditorStore } from '../editor/use-editor';
import { useShortcuts } from '../editor/use-shortcuts';
import { useDialogs } from './dialogs';

/** Moves keyboard focus to an inspector field once React has drawn it. */
function focusField(field: string | undefined) {
  window.setTimeout(() => {
    const element = document.getElementById(`inspector-${field ?? 'title'}`);
    if (element instanceof HTMLElement) {
      element.focus();
      if (element instanceof HTMLInputElement) element.select();
    }
  }, 60);
}

export function useAppCommands() {
  const store = useEditorStore();
  const { fitView, setCenter, getZoom } = useReactFlow();
  const dialogs = useDialogs();

  const context = useMemo<CommandContext>(() => {
    const ui: UiActions = {
      fitView: () => void fitView({ duration: 350, padding: FIT_PADDING }),
      centreOn(id) {
        // Wait a frame: the node may have been added by the command just run.
        window.requestAnimationFrame(() => {
          const { chart, view } = store.getState();
          const placed = layoutOf(chart, view).nodes.get(id);
          if (!placed) return;
          void setCenter(placed.x + placed.width / 2, placed.y + placed.height / 2, {
            zoom: Math.max(getZoom(), 0.9),
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
        window.setTimeout(() => void fitView({ duration: 300, padding: FIT_PADDING }), 80);
      },
      exitPresent() {
        store.getState().setMode('editing');
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        window.setTimeout(() => void fitView({ duration: 300, padding: FIT_PADDING }), 80);
      },
      openImport: () => dialogs.open('import'),
      openExport: () => dialogs.open('export'),
      renameInPlace: (id) => store.getState().setRenaming(id),
      focusInspector: focusField,
    };
    return { store, ui };
  }, [store, fitView, setCenter, getZoom, dialogs]);

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
