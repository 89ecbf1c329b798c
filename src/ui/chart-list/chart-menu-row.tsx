/**
 * One chart in the chart list: open it by clicking, or rename (inline),
 * duplicate or delete (after a confirmation) it. Names from storage are text.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CopyIcon, NetworkIcon, PencilIcon, TrashIcon } from 'lucide-react';
import type { ChartSummary } from '../../editor/persistence/chart-library';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "edited just now", "edited 5 minutes ago", "edited yesterday", "edited 3 Mar 2025". */
export function editedAgo(at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return 'edited just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `edited ${relative.format(-minutes, 'minute')}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `edited ${relative.format(-hours, 'hour')}`;
  const days = Math.round(hours / 24);
  if (days < 7) return `edited ${relative.format(-days, 'day')}`;
  const date = new Date(at).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return `edited ${date}`;
}

function IconButton({
  label,
  onClick,
  disabled,
  danger,
  children,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className={`inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md text-ink-faint transition hover:bg-white hover:shadow-sm focus-visible:outline-2 focus-visible:outline-brand disabled:opacity-40 ${
        danger ? 'hover:text-flag' : 'hover:text-ink'
      }`}
    >
      {children}
    </button>
  );
}

export type RowMode = 'idle' | 'renaming' | 'confirming-delete';

/** A chart in the list; `mode` says whether it is being renamed or its deletion confirmed. */
export function ChartRow({
  chart,
  depth = 0,
  baseName = null,
  current,
  mode,
  busy,
  now,
  onOpen,
  onMode,
  onRename,
  onDuplicate,
  onDelete,
}: {
  chart: ChartSummary;
  /** How far in it is listed: a scenario sits one level under its base. */
  depth?: number;
  /** The base's name, for a scenario listed under it. */
  baseName?: string | null;
  current: boolean;
  mode: RowMode;
  busy: boolean;
  now: number;
  onOpen: () => void;
  onMode: (mode: RowMode) => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const scenario = baseName !== null ? `Scenario of ${baseName} · ` : '';
  const meta = `${scenario}${chart.roles} ${chart.roles === 1 ? 'role' : 'roles'} · ${editedAgo(chart.updatedAt, now)}`;
  const base = `flex items-center gap-1 rounded-lg px-1.5 py-1 ${current ? 'bg-brand-soft/70' : 'hover:bg-slate-50'}`;
  const indent = depth > 0 ? { marginLeft: `${Math.min(depth, 4) * 20}px` } : undefined;

  if (mode === 'renaming') {
    return (
      <li className={base} style={indent} data-chart-id={chart.id}>
        <RenameForm name={chart.name} onSave={onRename} onCancel={() => onMode('idle')} />
      </li>
    );
  }

  if (mode === 'confirming-delete') {
    return (
      <li
        className="flex flex-col gap-2 rounded-lg border border-flag-line/40 bg-flag-soft px-3 py-2.5"
        style={indent}
        data-chart-id={chart.id}
      >
        <p className="text-sm text-ink">
          Delete <span className="font-semibold break-words">{chart.name}</span>? This cannot be
          undone.
        </p>
        <div className="flex justify-end gap-2">
          <ConfirmCancel onCancel={() => onMode('idle')} />
          <button
            type="button"
            onClick={onDelete}
            disabled={busy}
            className="h-8 rounded-md bg-flag px-3 text-sm font-medium text-white shadow-sm hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-flag disabled:opacity-50"
          >
            Delete
          </button>
        </div>
      </li>
    );
  }

  return (
    <li
      className={`group ${base}`}
      style={indent}
      data-chart-id={chart.id}
      data-scenario={baseName !== null ? 'true' : undefined}
    >
      <button
        type="button"
        onClick={onOpen}
        disabled={busy}
        aria-label={chart.name}
        aria-describedby={`chart-meta-${chart.id}`}
        aria-current={current ? 'true' : undefined}
        title={chart.name}
        data-role="open-chart"
        className="flex min-w-0 flex-1 items-center gap-2.5 rounded-md px-1.5 py-1 text-left focus-visible:outline-2 focus-visible:outline-brand"
      >
        <span
          className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-md border ${
            current
              ? 'border-brand/30 bg-white text-brand'
              : 'border-slate-200 bg-white text-ink-faint'
          }`}
        >
          <NetworkIcon size={16} />
        </span>
        <span className="flex min-w-0 flex-col">
          <span className="flex items-center gap-1.5">
            <span className="truncate text-sm font-medium text-ink">{chart.name}</span>
            {baseName !== null && (
              <span className="shrink-0 rounded-full border border-slate-300 px-1.5 py-px text-[10px] font-semibold tracking-wide text-ink-soft uppercase">
                Scenario
              </span>
            )}
            {current && (
              <span className="shrink-0 rounded-full bg-brand px-1.5 py-px text-[10px] font-semibold tracking-wide text-white uppercase">
                Open
              </span>
            )}
          </span>
          <span id={`chart-meta-${chart.id}`} className="truncate text-xs text-ink-soft">
            {meta}
          </span>
        </span>
      </button>
      <span className="flex shrink-0 items-center opacity-70 transition group-focus-within:opacity-100 group-hover:opacity-100">
        <IconButton
          label={`Rename ${chart.name}`}
          onClick={() => onMode('renaming')}
          disabled={busy}
        >
          <PencilIcon size={15} />
        </IconButton>
        <IconButton label={`Duplicate ${chart.name}`} onClick={onDuplicate} disabled={busy}>
          <CopyIcon size={15} />
        </IconButton>
        <IconButton
          label={`Delete ${chart.name}`}
          onClick={() => onMode('confirming-delete')}
          disabled={busy}
          danger
        >
          <TrashIcon size={15} />
        </IconButton>
      </span>
    </li>
  );
}

/** Cancel, focused when the confirmation appears: the safe choice is the default. */
function ConfirmCancel({ onCancel }: { onCancel: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <button
      ref={ref}
      type="button"
      onClick={onCancel}
      className="h-8 rounded-md border border-slate-200 bg-white px-3 text-sm font-medium text-ink-soft hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
    >
      Cancel
    </button>
  );
}

function RenameForm({
  name,
  onSave,
  onCancel,
}: {
  name: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <form
      className="flex min-w-0 flex-1 items-center gap-1.5 py-0.5"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onSave(value);
      }}
    >
      <input
        ref={input}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Escape cancels the rename, and must not also close the list.
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }}
        aria-label="Chart name"
        maxLength={200}
        className="h-8 min-w-0 flex-1 rounded-md border border-brand/50 bg-white px-2 text-sm text-ink shadow-sm outline-none focus:ring-2 focus:ring-brand/30"
      />
      <button
        type="submit"
        disabled={!value.trim()}
        className="h-8 rounded-md bg-brand px-2.5 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-40"
      >
        Save
      </button>
      <button
        type="button"
        onClick={onCancel}
        className="h-8 rounded-md px-2 text-sm font-medium text-ink-soft hover:bg-slate-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
      >
        Cancel
      </button>
    </form>
  );
}
