/**
 * "Show path to customer": a toggle in the role's side panel that lights up
 * its service path on the canvas and dims the rest, and the bar over the
 * canvas that says what is highlighted and clears it (as Escape does).
 */
import { RouteIcon } from 'lucide-react';
import type { Role } from '../../domain/chart';
import { analysisOf } from '../../editor/derived';
import { useEditor, useEditorStore } from '../../editor/use-editor';

/** The toggle for one role; pressed while its path is the one highlighted. */
export function ShowPathButton({ role }: { role: Role }) {
  const store = useEditorStore();
  const pressed = useEditor((state) => state.highlight?.roleId === role.id);
  const hasPath = useEditor(
    (state) => analysisOf(state.chart).roles.get(role.id)?.hasPath ?? false,
  );
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={!hasPath}
      title={hasPath ? undefined : 'This role has no path to a customer to show.'}
      onClick={() => {
        if (pressed) store.getState().clearHighlight();
        else store.getState().showPath(role.id);
      }}
      className={`inline-flex h-8 items-center gap-1.5 self-start rounded-lg border px-3 text-xs font-medium transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:opacity-50 ${
        pressed
          ? 'border-customer bg-customer text-white hover:bg-teal-800'
          : 'border-slate-200 bg-white text-ink-soft hover:border-customer-line hover:text-customer'
      }`}
    >
      <RouteIcon size={13} />
      Show path to customer
    </button>
  );
}

/** Over the canvas while a path is highlighted: whose path, how long, and "Clear highlight". */
export function PathHighlightBar() {
  const store = useEditorStore();
  const highlight = useEditor((state) => state.highlight);
  const chart = useEditor((state) => state.chart);
  const presenting = useEditor((state) => state.mode === 'presenting');
  if (!highlight || presenting) return null;
  const facts = analysisOf(chart).roles.get(highlight.roleId);
  const title = chart.roles.find((role) => role.id === highlight.roleId)?.title ?? highlight.roleId;
  const end = facts?.path[facts.path.length - 1];
  const customer = chart.customers.find((c) => c.id === end)?.name;
  const text =
    facts?.distance != null && customer
      ? `Path from ${title} to ${customer}: ${facts.distance} step${facts.distance === 1 ? '' : 's'}`
      : `${title} has no path to a customer`;
  return (
    <div
      role="region"
      aria-label="Highlighted path"
      className="absolute bottom-4 left-1/2 z-20 flex max-w-[min(560px,80%)] -translate-x-1/2 items-center gap-3 rounded-full border border-customer-line/60 bg-white/95 py-1.5 pr-1.5 pl-4 text-sm text-ink shadow-lg"
    >
      <RouteIcon size={14} className="shrink-0 text-customer" />
      <span className="min-w-0 truncate">{text}</span>
      <button
        type="button"
        onClick={() => store.getState().clearHighlight()}
        aria-keyshortcuts="Escape"
        title="Clear highlight (Escape)"
        className="shrink-0 rounded-full bg-slate-100 px-3 py-1 text-xs font-medium text-ink-soft transition hover:bg-slate-200 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
      >
        Clear highlight
      </button>
    </div>
  );
}
