/**
 * The chart list, in the toolbar: a button with the open chart's name that
 * opens a popover of the charts kept in this browser (name, roles, last
 * edited). Click one to switch; create an empty chart or a fresh sample;
 * rename inline, duplicate, delete after a confirmation.
 *
 * The list is a dialog (it holds rows with their own actions, not a menu of
 * choices) in React Aria's Popover, opened by its DialogTrigger: focus moves
 * to the open chart's row, Tab stays inside, Escape or a press outside closes
 * it, and focus goes back to the button.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ChevronDownIcon, PlusIcon } from 'lucide-react';
import { Dialog, DialogTrigger, Heading, Popover, Pressable } from 'react-aria-components';
import type { ChartSummary } from '../../editor/persistence/chart-library';
import type { ChartSession } from '../../editor/persistence/chart-library-session';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { ChartRow, type RowMode } from './chart-menu-row';
import { orderCharts } from './chart-order';

/** The toolbar's chart switcher; `session` is null when this browser keeps no charts. */
export function ChartMenu({
  session,
  onNewScenario,
}: {
  session: ChartSession | null;
  /** Copies the open chart into a scenario of it and opens it (the app's "New scenario"). */
  onNewScenario?: () => Promise<unknown>;
}) {
  const store = useEditorStore();
  const name = useEditor((state) => state.chart.name);
  const roleCount = useEditor((state) => state.chart.roles.length);
  const popover = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const [charts, setCharts] = useState<ChartSummary[] | null>(null);
  const [currentId, setCurrentId] = useState(() => session?.currentId() ?? null);
  const [rowMode, setRowMode] = useState<{ id: string; mode: RowMode } | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async () => {
    if (!session) return;
    try {
      const list = await session.list();
      setCharts(list);
      setCurrentId(session.currentId());
      setNow(Date.now());
    } catch {
      store.getState().notify('The list of charts could not be read.', 'error');
    }
  }, [session, store]);

  const openChange = (next: boolean) => {
    setOpen(next);
    if (!next) setRowMode(null);
  };

  // While open: a fresh list, kept fresh as charts change here or in other tabs.
  useEffect(() => {
    if (!open || !session) return;
    void refresh();
    return session.subscribe(() => void refresh());
  }, [open, session, refresh]);

  // Focus the open chart (or the first action) once the list is drawn.
  const focusedOnOpen = useRef(false);
  useEffect(() => {
    if (!open) {
      focusedOnOpen.current = false;
      return;
    }
    if (focusedOnOpen.current || (session && charts === null)) return;
    focusedOnOpen.current = true;
    const element = popover.current;
    const target =
      element?.querySelector<HTMLElement>('[aria-current="true"]') ??
      element?.querySelector<HTMLElement>('button');
    target?.focus();
  }, [open, charts, session]);

  const close = () => openChange(false);

  /** Runs one list action at a time. */
  const act = async (work: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const focusRow = (id: string | undefined) => {
    window.requestAnimationFrame(() => {
      const element = popover.current;
      const row = id ? element?.querySelector(`[data-chart-id="${CSS.escape(id)}"]`) : null;
      const target =
        row?.querySelector<HTMLElement>('[data-role="open-chart"]') ??
        element?.querySelector<HTMLElement>('[data-role="open-chart"]');
      target?.focus();
    });
  };

  const openChart = (id: string) =>
    act(async () => {
      if (!session) return;
      if (await session.open(id)) close();
      await refresh();
    });

  const create = (kind: 'empty' | 'sample') =>
    act(async () => {
      if (!session) return;
      if (await session.create(kind)) close();
      await refresh();
    });

  const rename = (id: string, next: string) =>
    act(async () => {
      if (!session) return;
      if (await session.rename(id, next)) setRowMode(null);
      await refresh();
      focusRow(id);
    });

  const duplicate = (id: string) =>
    act(async () => {
      if (!session) return;
      const copy = await session.duplicate(id);
      await refresh();
      if (copy) {
        store.getState().notify(`Duplicated as “${copy.name}”.`);
        focusRow(copy.id);
      }
    });

  const remove = (id: string, removedName: string) =>
    act(async () => {
      if (!session) return;
      const removed = await session.remove(id);
      setRowMode(null);
      await refresh();
      if (removed) store.getState().notify(`Deleted “${removedName}”.`);
      focusRow(undefined);
    });

  const newScenario = () =>
    act(async () => {
      if (!onNewScenario) return;
      await onNewScenario();
      close();
    });

  const list = orderCharts(
    (charts ?? []).map((chart) =>
      chart.id === currentId ? { ...chart, name, roles: roleCount } : chart,
    ),
  );

  return (
    <DialogTrigger isOpen={open} onOpenChange={openChange}>
      <Pressable>
        <button
          type="button"
          aria-label={`Chart list: ${name}`}
          title="Your charts"
          className={`inline-flex h-9 max-w-[min(340px,30vw)] items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium text-ink transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand ${
            open ? 'bg-slate-100' : ''
          }`}
        >
          <span className="truncate">{name}</span>
          <span className="shrink-0 text-ink-faint">
            <ChevronDownIcon size={14} />
          </span>
        </button>
      </Pressable>
      <Popover
        placement="bottom start"
        offset={8}
        className="w-[400px] max-w-[calc(100vw-16px)] overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-ink shadow-xl shadow-slate-900/10 outline-none"
      >
        <Dialog
          ref={(element) => {
            popover.current = element;
          }}
          className="outline-none"
        >
          <div className="flex items-baseline justify-between gap-3 border-b border-slate-100 px-4 pt-3.5 pb-2.5">
            <Heading slot="title" className="text-sm font-semibold text-ink">
              Your charts
            </Heading>
            <span className="text-xs text-ink-faint">
              {session ? 'Saved in this browser as you work' : 'Not saved in this browser'}
            </span>
          </div>
          {session ? (
            <ul
              aria-label="Saved charts"
              aria-busy={busy || charts === null}
              className="flex max-h-[min(420px,60vh)] flex-col gap-0.5 overflow-y-auto p-1.5"
            >
              {charts === null && <li className="px-3 py-2 text-sm text-ink-faint">Loading…</li>}
              {list.map(({ chart, depth, baseName }) => (
                <ChartRow
                  key={chart.id}
                  chart={chart}
                  depth={depth}
                  baseName={baseName}
                  current={chart.id === currentId}
                  mode={rowMode?.id === chart.id ? rowMode.mode : 'idle'}
                  busy={busy}
                  now={now}
                  onOpen={() => void openChart(chart.id)}
                  onMode={(mode) => {
                    setRowMode(mode === 'idle' ? null : { id: chart.id, mode });
                    if (mode === 'idle') focusRow(chart.id);
                  }}
                  onRename={(next) => void rename(chart.id, next)}
                  onDuplicate={() => void duplicate(chart.id)}
                  onDelete={() => void remove(chart.id, chart.name)}
                />
              ))}
            </ul>
          ) : (
            <p className="px-4 py-3 text-sm leading-relaxed text-ink-soft">
              This browser is not keeping charts (private browsing, or storage is turned off), so
              this chart lives only in this tab. Use Export to keep your work.
            </p>
          )}
          {session && (
            <div className="flex gap-2 border-t border-slate-100 bg-slate-50/70 px-3 py-2.5">
              <button
                type="button"
                onClick={() => void create('empty')}
                disabled={busy}
                className="inline-flex h-8 items-center gap-1.5 rounded-lg bg-brand px-3 text-sm font-medium text-white shadow-sm hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-50"
              >
                <PlusIcon size={14} />
                New chart
              </button>
              <button
                type="button"
                onClick={() => void create('sample')}
                disabled={busy}
                className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-slate-200 bg-white px-3 text-sm font-medium text-ink-soft hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-50"
              >
                New from sample
              </button>
              {onNewScenario && (
                <button
                  type="button"
                  onClick={() => void newScenario()}
                  disabled={busy}
                  title="Copy the open chart into a scenario to compare with it"
                  className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-slate-200 bg-white px-3 text-sm font-medium text-ink-soft hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-50"
                >
                  New scenario
                </button>
              )}
            </div>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
