/**
 * What a role serves, without dragging: its service links as removable chips,
 * and a select that adds a link to any customer or other role.
 */
import { useDeferredValue, useMemo } from 'react';
import type { Chart, Role } from '../../domain/chart';
import { HeartHandshakeIcon, XIcon } from 'lucide-react';
import { useEditorStore } from '../../editor/use-editor';
import { Combobox, type ComboOption } from './inspector-combobox';
import { labelClass, nodeLabels } from './inspector-fields';

const byLabel = (a: ComboOption, b: ComboOption) => a.label.localeCompare(b.label);

export function ServesPicker({ chart, role }: { chart: Chart; role: Role }) {
  const store = useEditorStore();
  const labels = nodeLabels(chart);
  const customerIds = useMemo(() => new Set(chart.customers.map((c) => c.id)), [chart]);

  // Everything it does not serve yet: customers first, then roles, each by name. Sorting
  // every role takes a while on a big chart: the list follows a render behind (React's
  // deferred value), so a new selection or an edit paints first.
  const listed = useDeferredValue(chart, null);
  const options = useMemo<ComboOption[]>(() => {
    if (!listed) return [];
    const names = nodeLabels(listed);
    const served = new Set(role.serves);
    const customers = listed.customers
      .filter((customer) => !served.has(customer.id))
      .map((customer) => ({
        id: customer.id,
        label: names.get(customer.id) ?? customer.name,
        kind: 'customer' as const,
      }));
    const roles = listed.roles
      .filter((other) => other.id !== role.id && !served.has(other.id))
      .map((other) => ({
        id: other.id,
        label: names.get(other.id) ?? other.title,
        title: other.title,
        kind: 'role' as const,
      }));
    return [...customers.sort(byLabel), ...roles.sort(byLabel)];
  }, [listed, role]);

  const add = (to: string) => {
    if (to) store.getState().run({ type: 'addServiceLink', from: role.id, to });
  };
  const remove = (to: string) =>
    store.getState().run({ type: 'removeServiceLink', from: role.id, to });

  return (
    <div role="group" aria-labelledby="inspector-serves-heading">
      <p id="inspector-serves-heading" className={labelClass}>
        Serves
      </p>
      {role.serves.length === 0 ? (
        <p className="mb-2 text-xs text-ink-faint">Serves no one directly.</p>
      ) : (
        <ul aria-label="Service links" className="mb-2 flex flex-wrap gap-1.5">
          {role.serves.map((to) => {
            const name = labels.get(to) ?? to;
            const customer = customerIds.has(to);
            return (
              <li
                key={to}
                className={`inline-flex max-w-full items-center gap-1 rounded-full border py-0.5 pr-0.5 pl-2.5 text-xs font-medium ${
                  customer
                    ? 'border-customer-line/50 bg-customer-soft/60 text-customer'
                    : 'border-slate-200 bg-white text-ink-soft'
                }`}
              >
                {customer && <HeartHandshakeIcon size={11} className="shrink-0" />}
                <span className="truncate">{name}</span>
                <button
                  type="button"
                  onClick={() => remove(to)}
                  aria-label={`Remove link to ${name}`}
                  title={`Remove link to ${name}`}
                  className="rounded-full p-1 text-current opacity-70 transition hover:bg-slate-900/10 hover:opacity-100 focus-visible:outline-2 focus-visible:outline-brand"
                >
                  <XIcon size={10} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Combobox
        id="inspector-serves"
        ariaLabel="Add a service link"
        value=""
        placeholder="Link to a customer or role…"
        options={options}
        emptyText="No customer or role by that name, or it is linked already."
        onLeave={() => store.getState().requestFocus({ node: role.id })}
        onChoose={(option) => add(option.id)}
      />
    </div>
  );
}
