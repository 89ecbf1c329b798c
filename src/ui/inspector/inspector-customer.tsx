/** The inspector for one customer: its name, and the roles that serve it directly. */
import type { Chart, Customer } from '../../domain/chart';
import { useEditorStore } from '../../editor/use-editor';
import {
  CommitField,
  InspectorHeading,
  nodeLabels,
  sectionHeadingClass,
  useFocusNode,
} from './inspector-fields';

const requireName = (draft: string) => (draft.trim() === '' ? 'A customer needs a name.' : null);

export function CustomerInspector({ chart, customer }: { chart: Chart; customer: Customer }) {
  const store = useEditorStore();
  /** Enter or Escape in a field: focus back to this node on the canvas, still selected. */
  const backToCanvas = () => store.getState().requestFocus({ node: customer.id });
  const focusNode = useFocusNode();
  const labels = nodeLabels(chart);
  const servedBy = chart.roles.filter((role) => role.serves.includes(customer.id));

  return (
    <div className="flex flex-col gap-4">
      <InspectorHeading
        kind="Customer"
        title={customer.name}
        onClose={() => store.getState().select([])}
      />
      <CommitField
        onDone={backToCanvas}
        id="inspector-name"
        label="Name"
        value={customer.name}
        validate={requireName}
        onCommit={(draft) =>
          store
            .getState()
            .run({ type: 'updateCustomer', id: customer.id, changes: { name: draft } })
        }
      />
      <section aria-labelledby="inspector-served-heading" className="flex flex-col gap-2">
        <h3
          id="inspector-served-heading"
          className={`${sectionHeadingClass} flex items-center gap-2`}
        >
          Served directly by
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-[11px] tracking-normal text-ink-soft">
            {servedBy.length}
          </span>
        </h3>
        {servedBy.length === 0 ? (
          <p className="text-sm text-ink-soft">
            No role serves {customer.name} yet. Select a role and add a link under “Serves”.
          </p>
        ) : (
          <ul className="flex flex-col gap-1">
            {servedBy.map((role) => (
              <li key={role.id}>
                <button
                  type="button"
                  onClick={() => focusNode(role.id)}
                  className="flex w-full items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-left text-sm text-ink transition hover:border-brand/40 hover:bg-brand-soft/40 focus-visible:outline-2 focus-visible:outline-brand"
                >
                  <span className="truncate">{labels.get(role.id) ?? role.title}</span>
                  {role.headcount > 1 && (
                    <span className="shrink-0 text-xs text-ink-faint tabular-nums">
                      {role.headcount} people
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
