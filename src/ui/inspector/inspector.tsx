/**
 * The side panel for the selection (the region "Selection"): one role's
 * fields, manager, service links and path to the customer; one customer's
 * name and who serves it; or bulk actions for several. Every edit is a domain
 * command run through the store as one undo step, so undo, redo and a future
 * collaborator see the same small changes the canvas makes.
 */
import type { ReactNode } from 'react';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { CustomerInspector } from './inspector-customer';
import { MultiInspector } from './inspector-multi';
import { RoleInspector } from './inspector-role';
import { useFieldFocus } from './use-field-focus';

export function Inspector() {
  const store = useEditorStore();
  const chart = useEditor((state) => state.chart);
  const selection = useEditor((state) => state.selection);
  let body: ReactNode = null;
  if (selection.length === 1) {
    const id = selection[0]!;
    const role = chart.roles.find((candidate) => candidate.id === id);
    const customer = role ? undefined : chart.customers.find((candidate) => candidate.id === id);
    // Keyed by id: another node's panel starts fresh, with no draft carried over.
    if (role) body = <RoleInspector key={role.id} chart={chart} role={role} />;
    else if (customer)
      body = <CustomerInspector key={customer.id} chart={chart} customer={customer} />;
  } else if (selection.length > 1) {
    body = <MultiInspector key={selection.join('\n')} chart={chart} ids={selection} />;
  }
  useFieldFocus(store, body !== null);
  if (!body) return null;

  return (
    <section
      aria-label="Selection"
      className="shrink-0 border-b border-slate-200 bg-white px-4 pt-4 pb-5"
    >
      {body}
    </section>
  );
}
