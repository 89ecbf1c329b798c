/**
 * The inspector's building blocks: a text field that commits on Enter or blur
 * (one undo step per commit), labels, names for roles that read apart, and a
 * hook that selects and centres a node. Shared by the role, customer and
 * multi-selection panels.
 */
import { XIcon } from 'lucide-react';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useState, type ReactNode } from 'react';
import type { Chart } from '../../domain/chart';
import { drawnLayoutOf } from '../../editor/navigation';
import { useEditorStore } from '../../editor/use-editor';

export const inputClass =
  'h-9 w-full rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-ink shadow-xs transition placeholder:text-slate-500 hover:border-slate-400 focus:border-brand focus:ring-2 focus:ring-brand/20 focus:outline-none aria-invalid:border-flag-line aria-invalid:ring-2 aria-invalid:ring-flag-line/25';

export const labelClass = 'mb-1 block text-xs font-medium text-ink-soft';

export const sectionHeadingClass =
  'text-[11px] font-semibold tracking-wide text-ink-faint uppercase';

const buttonBase =
  'inline-flex h-9 shrink-0 items-center justify-center gap-1.5 rounded-lg border bg-white px-3 text-sm font-medium transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:opacity-50';

export const dangerButtonClass = `${buttonBase} border-flag-line/60 text-flag hover:border-flag hover:bg-flag-soft`;

/**
 * A labelled text input holding a draft of `value`. Enter or leaving the field
 * commits the draft (once, and only if it changed); Escape puts the value back.
 * A problem found by `validate` is shown under the field and nothing is run.
 * When `value` changes from outside (undo, another edit), the draft follows it.
 * `onDone` runs after Enter has committed (or found nothing to commit) and
 * after Escape: the panels give focus back to the node on the canvas then.
 */
export function CommitField({
  id,
  label,
  value,
  onCommit,
  validate,
  placeholder,
  inputMode,
  className,
  onDone,
}: {
  id: string;
  label: string;
  value: string;
  /** Runs the change; returns false when the domain refused it. */
  onCommit: (draft: string) => boolean;
  /** A sentence saying what is wrong with the draft, or null. */
  validate?: (draft: string) => string | null;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  className?: string;
  onDone?: () => void;
}) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  // The value changed under us (undo, redo, a canvas rename): follow it, during render.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
    setProblem(null);
  }

  /** Commits the draft; false when a problem or a refusal keeps the user here. */
  const commit = (): boolean => {
    if (draft.trim() === value.trim()) {
      if (draft !== value) setDraft(value);
      setProblem(null);
      return true;
    }
    const issue = validate?.(draft) ?? null;
    setProblem(issue);
    if (issue) return false;
    // A refusal is told in the alert; the field goes back to what the chart holds.
    if (onCommit(draft)) return true;
    setDraft(value);
    return false;
  };

  const problemId = `${id}-problem`;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        className={inputClass}
        value={draft}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (commit()) onDone?.();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(value);
            setProblem(null);
            onDone?.();
          }
        }}
      />
      {problem && (
        <p id={problemId} className="mt-1 text-xs leading-snug text-flag">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The small uppercase kind ("Role", "Customer") and the name of what is selected. */
export function InspectorHeading({
  kind,
  title,
  detail,
  onClose,
}: {
  kind: string;
  title: string;
  detail?: ReactNode;
  onClose: () => void;
}) {
  return (
    <header className="flex items-start gap-2">
      <div className="min-w-0 flex-1">
        <p className={sectionHeadingClass}>{kind}</p>
        <h2
          id="inspector-heading"
          className="mt-0.5 text-base leading-snug font-semibold break-words text-ink"
        >
          {title}
        </h2>
        {detail && <p className="mt-0.5 text-xs text-ink-faint">{detail}</p>}
      </div>
      <button
        type="button"
        onClick={onClose}
        aria-label="Clear selection"
        title="Clear selection"
        className="-mt-0.5 -mr-1 rounded-md p-1.5 text-ink-faint transition hover:bg-slate-200/60 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
      >
        <XIcon size={14} />
      </button>
    </header>
  );
}

const labelCache = new WeakMap<Chart, Map<string, string>>();

/**
 * A name for every role and customer that tells them apart in a list: the
 * title with its holder ("Store Manager, North (Ana Silva)"); two roles that
 * would still read the same name their manager ("Cashier (under Store
 * Manager, South)"). Customers are named as they are. Cached per chart.
 */
export function nodeLabels(chart: Chart): Map<string, string> {
  const cached = labelCache.get(chart);
  if (cached) return cached;
  const titles = new Map<string, string>();
  for (const role of chart.roles) if (!titles.has(role.id)) titles.set(role.id, role.title);
  const plain = chart.roles.map((role) =>
    role.person ? `${role.title} (${role.person})` : role.title,
  );
  const uses = new Map<string, number>();
  for (const name of plain) uses.set(name, (uses.get(name) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const customer of chart.customers) labels.set(customer.id, customer.name);
  chart.roles.forEach((role, i) => {
    let name = plain[i]!;
    if ((uses.get(name) ?? 0) > 1) {
      const manager = role.reportsTo ? titles.get(role.reportsTo) : undefined;
      name = manager ? `${role.title} (under ${manager})` : `${role.title} (top leader)`;
    }
    labels.set(role.id, name);
  });
  labelCache.set(chart, labels);
  return labels;
}

/** Selects one node and centres the canvas on it (as the analysis panel's flags do). */
export function useFocusNode(): (id: string) => void {
  const store = useEditorStore();
  const { setCenter } = useReactFlow();
  return useCallback(
    (id: string) => {
      // A role in a collapsed branch is unfolded first, so there is a node to centre.
      store.getState().expandTo(id);
      store.getState().select([id]);
      const placed = drawnLayoutOf(store.getState()).nodes.get(id);
      if (placed) {
        void setCenter(placed.x + placed.width / 2, placed.y + placed.height / 2, {
          zoom: 1.1,
          duration: 450,
        });
      }
    },
    [store, setCenter],
  );
}
