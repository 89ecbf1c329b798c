/**
 * The Export menu, under the toolbar's Export button: the chart in the
 * current view as Upturn JSON, CSV, SVG, PNG or PDF, each downloaded under
 * the chart name's slug. A menu (role="menu", arrow keys, Escape closes and
 * gives focus back), not a dialog: one choice and it is done.
 */
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { Chart, View } from '../../domain/chart';
import { analysisOf, layoutOf } from '../../editor/derived';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import {
  describePng,
  exportSvg,
  textExport,
  type ExportSource,
} from '../../files/export/chart-export';
import { describePdfPlan, pdfPlanFor } from '../../files/export/pdf-plan';
import { svgExtent } from '../../files/image/svg-export';
import { saveFile } from '../../files/export/download-browser';
import { exportFileName, type ExportFormat } from '../../files/export/file-names';
import { VIEW_NAMES } from '../../theme/view-names';

interface Item {
  format: ExportFormat;
  label: string;
  detail: string;
}

const ITEMS: readonly Item[] = [
  {
    format: 'json',
    label: 'JSON',
    detail: 'Upturn file (.upturn.json): everything, reopens in Upturn',
  },
  { format: 'csv', label: 'CSV', detail: 'Spreadsheet, one row per role: imports back' },
  { format: 'svg', label: 'SVG', detail: 'Vector image of this view: reopens in Upturn' },
  { format: 'png', label: 'PNG', detail: 'Image of this view at 2×: reopens in Upturn' },
  { format: 'pdf', label: 'PDF', detail: 'Printable, with the title, date and page numbers' },
];

/** What the exports draw from: the chart in `view`, laid out as on screen. */
function sourceOf(chart: Chart, view: View): ExportSource {
  return { chart, view, layout: layoutOf(chart, view), analysis: analysisOf(chart) };
}

/** The notes under PNG and PDF for this chart: the image's size, the paper chosen. */
function notesOf(chart: Chart, view: View): Partial<Record<ExportFormat, string>> {
  const source = sourceOf(chart, view);
  const { width, height } = svgExtent(source.layout, Boolean(chart.name));
  return {
    png: `${describePng(width, height)}: reopens in Upturn`,
    pdf: `${describePdfPlan(pdfPlanFor(source))}; title, date, page numbers`,
  };
}

/** Writes the chart in `view` as `format` and saves it; resolves with what to tell the user. */
async function exportChart(format: ExportFormat, chart: Chart, view: View): Promise<string> {
  const source = sourceOf(chart, view);
  if (format === 'json' || format === 'csv' || format === 'svg') {
    const file = textExport(format, source);
    saveFile(file.content, file.fileName, file.mime);
    return `Exported ${file.fileName}`;
  }
  const fileName = exportFileName(chart.name, format);
  if (format === 'png') {
    const { svgToPng } = await import('../../files/image/png-browser');
    const png = await svgToPng(exportSvg(source), chart);
    saveFile(png.bytes, fileName, 'image/png');
    const size = `${png.width.toLocaleString('en')} × ${png.height.toLocaleString('en')} px`;
    return png.limited
      ? `Exported ${fileName}, scaled down to ${size} (${Math.round(png.scale * 100)}%): the chart is larger than the browser's largest image`
      : `Exported ${fileName}`;
  }
  const { svgToPdf } = await import('../../files/image/pdf-browser');
  // The PDF prints its own title and date above the chart.
  const pdf = await svgToPdf(exportSvg(source, ''), chart, view);
  saveFile(pdf.bytes, fileName, 'application/pdf');
  return `Exported ${fileName}: ${describePdfPlan(pdf.plan)}`;
}

/** The toolbar's Export button, which the menu hangs under (found by its visible name). */
function exportButton(): HTMLElement | null {
  const buttons = document.querySelectorAll<HTMLElement>('nav[aria-label="Chart actions"] button');
  return [...buttons].find((button) => button.textContent?.trim() === 'Export') ?? null;
}

export function ExportMenu({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const chart = useEditor((state) => state.chart);
  const name = chart.name;
  const view = useEditor((state) => state.view);
  const notes = useMemo(() => notesOf(chart, view), [chart, view]);
  const panel = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [position, setPosition] = useState<CSSProperties>({ top: 64, right: 16 });

  useLayoutEffect(() => {
    const box = exportButton()?.getBoundingClientRect();
    if (box)
      setPosition({ top: box.bottom + 8, right: Math.max(8, window.innerWidth - box.right) });
  }, []);

  // Focus moves to the first item, and back where it was on close.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => {
      const target = before?.isConnected && before !== document.body ? before : exportButton();
      target?.focus();
    };
  }, []);

  // A press outside closes the menu (the Export button itself just keeps it open).
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!target || panel.current?.contains(target) || exportButton()?.contains(target)) return;
      onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(panel.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focus = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      onClose();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focus(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focus(index - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focus(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focus(items.length - 1);
    }
  };

  return (
    <div
      ref={panel}
      onKeyDown={onKeyDown}
      style={position}
      className="fixed z-50 w-[320px] max-w-[calc(100vw-16px)] overflow-hidden rounded-xl border border-slate-200 bg-white text-ink shadow-xl shadow-slate-900/10"
    >
      <div className="border-b border-slate-100 px-4 pt-3 pb-2.5">
        <p className="truncate text-sm font-semibold text-ink">Export “{name}”</p>
        <p className="text-xs text-ink-faint">{VIEW_NAMES[view]} view, as on screen</p>
      </div>
      <div
        role="menu"
        aria-label="Export"
        aria-busy={busy !== null}
        className="flex flex-col p-1.5"
      >
        {ITEMS.map((item) => (
          <button
            key={item.format}
            type="button"
            role="menuitem"
            aria-label={item.label}
            aria-describedby={`export-detail-${item.format}`}
            aria-disabled={busy !== null && busy !== item.format}
            tabIndex={-1}
            onClick={() => void run(item.format)}
            className="group flex items-center gap-3 rounded-lg px-2.5 py-2 text-left transition outline-none hover:bg-slate-50 focus-visible:bg-brand-soft focus:bg-brand-soft aria-disabled:opacity-45"
          >
            <span className="flex h-8 w-11 shrink-0 items-center justify-center rounded-md border border-slate-200 bg-white text-[11px] font-bold tracking-wide text-ink-soft group-focus:border-brand/40 group-focus:text-brand">
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
              <span
                id={`export-detail-${item.format}`}
                className="text-xs leading-snug text-ink-faint"
              >
                {notes[item.format] ?? item.detail}
              </span>
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
