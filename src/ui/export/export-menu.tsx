/**
 * The Export menu, under the toolbar's Export button: the chart in the
 * current view as Upturn JSON, CSV, SVG, PNG or PDF. React Aria's MenuTrigger,
 * Menu and MenuItem (role="menu", arrow keys wrapping, Home/End, typeahead;
 * Escape or a press outside closes it and gives focus back), not a dialog:
 * one choice and it is done. Open or closed is the store's `dialog`, so
 * Ctrl/Cmd+E opens the same menu; while presenting, with no toolbar, it hangs
 * from the top right corner.
 */
import { DownloadIcon } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import type { CommandContext } from '../../editor/commands/command-registry';
import type { EditorRegistry } from '../../editor/commands/editor-commands';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import type { ExportFormat } from '../../files/export/file-names';
import { VIEW_NAMES } from '../../theme/view-names';
import { ToolTrigger } from '../toolbar/tool-button';
import { EXPORT_ITEMS, exportChart, notesOf } from './export-run';

const POPOVER =
  'w-[320px] max-w-[calc(100vw-16px)] overflow-hidden rounded-xl border border-slate-200 bg-white text-ink shadow-xl shadow-slate-900/10 outline-none';

/** The menu's content: what is exported, then one item a format. */
function ExportList({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const chart = useEditor((state) => state.chart);
  const view = useEditor((state) => state.view);
  const notes = useMemo(() => notesOf(chart, view), [chart, view]);
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(format);
    const { chart, view: current } = store.getState();
    try {
      store.getState().notify(await exportChart(format, chart, current));
      onClose();
    } catch (error) {
      const reason = error instanceof Error ? ` (${error.message})` : '';
      store
        .getState()
        .notify(
          `The ${format.toUpperCase()} export failed${reason}. The chart is unchanged.`,
          'error',
        );
      setBusy(null);
    }
  };

  return (
    // Tab closes the menu (one choice or none), focus going back to what opened it.
    <div
      onKeyDown={(event) => {
        if (event.key === 'Tab') onClose();
      }}
    >
      <div className="border-b border-slate-100 px-4 pt-3 pb-2.5">
        <p className="truncate text-sm font-semibold text-ink">Export “{chart.name}”</p>
        <p className="text-xs text-ink-faint">{VIEW_NAMES[view]} view, as on screen</p>
      </div>
      <Menu
        aria-label="Export"
        aria-busy={busy !== null}
        // Focus on the first format however the menu opened (click, Enter, Ctrl/Cmd+E).
        autoFocus="first"
        shouldFocusWrap
        // A PNG or PDF takes a moment: the menu stays, saying so, and closes when it is saved.
        shouldCloseOnSelect={false}
        disabledKeys={busy ? EXPORT_ITEMS.map((item) => item.format).filter((f) => f !== busy) : []}
        onAction={(key) => void run(key as ExportFormat)}
        className="flex flex-col p-1.5 outline-none"
      >
        {EXPORT_ITEMS.map((item) => (
          <MenuItem
            key={item.format}
            id={item.format}
            aria-label={item.label}
            textValue={item.label}
            className="group flex cursor-default items-center gap-3 rounded-lg px-2.5 py-2 text-left transition outline-none hover:bg-slate-50 data-[disabled]:opacity-45 data-[focused]:bg-brand-soft"
          >
            <span className="flex h-8 w-11 shrink-0 items-center justify-center rounded-md border border-slate-200 bg-white text-[11px] font-bold tracking-wide text-ink-soft group-data-[focused]:border-brand/40 group-data-[focused]:text-brand">
              {busy === item.format ? (
                <span
                  aria-hidden="true"
                  className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-brand/25 border-t-brand"
                />
              ) : (
                item.label
              )}
            </span>
            <span className="flex min-w-0 flex-col">
              <span className="text-sm font-medium text-ink">
                {busy === item.format ? `Preparing ${item.label}…` : item.label}
              </span>
              <Text slot="description" className="text-xs leading-snug text-ink-faint">
                {notes[item.format] ?? item.detail}
              </Text>
            </span>
          </MenuItem>
        ))}
      </Menu>
    </div>
  );
}

/** The toolbar's Export button and its menu; label, shortcut and command from the registry. */
export function ExportMenu({
  registry,
  context,
}: {
  registry: EditorRegistry;
  context: CommandContext;
}) {
  const open = useEditor((state) => state.dialog === 'export');
  const close = useEditor((state) => state.closeDialog);
  const presenting = useEditor((state) => state.mode === 'presenting');
  return (
    <MenuTrigger
      isOpen={open && !presenting}
      onOpenChange={(next) => (next ? registry.run('export', context) : close())}
    >
      <ToolTrigger
        label={registry.get('export').label}
        icon={<DownloadIcon size={15} />}
        shortcut={registry.shortcutLabel('export')}
      />
      <Popover placement="bottom end" offset={8} className={POPOVER}>
        <ExportList onClose={close} />
      </Popover>
    </MenuTrigger>
  );
}

/** The menu while presenting (Ctrl/Cmd+E with no toolbar on screen): from the top right corner. */
export function ExportMenuWithoutToolbar({ onClose }: { onClose: () => void }) {
  const corner = useRef<HTMLSpanElement>(null);
  return (
    <>
      <span ref={corner} aria-hidden="true" className="fixed top-14 right-4 h-0 w-0" />
      <Popover
        triggerRef={corner}
        isOpen
        onOpenChange={(next) => {
          if (!next) onClose();
        }}
        placement="bottom end"
        offset={8}
        className={POPOVER}
      >
        <ExportList onClose={onClose} />
      </Popover>
    </>
  );
}
