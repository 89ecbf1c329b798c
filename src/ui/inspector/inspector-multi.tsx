/**
 * The inspector for several selected nodes: bulk actions, each ONE undo step
 * (set the team of every selected role; say they all serve a customer, made
 * on the spot if it is new; delete them).
 */
import { useCallback, useMemo } from 'react';
import type { Chart, Role } from '../../domain/chart';
import { newId, type Command } from '../../domain/commands/apply-command';
import { editorRegistry } from '../../editor/commands/editor-commands';
import { useEditorStore } from '../../editor/use-editor';
import { CommitField, dangerButtonClass, InspectorHeading, nodeLabels } from './inspector-fields';
import { Combobox, type ComboOption } from './inspector-combobox';

/** How many selected names the panel spells out before "and N more". */
const NAMED = 8;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The commands that make every role in `roles` serve the customer called `name` (made if new). */
export function servesCustomerCommands(
  chart: Chart,
  roles: readonly Role[],
  name: string,
  /** A live room's peer tag for the new customer's id (see editor/live/client-tag.ts). */
  tag: string | null = null,
): { commands: Command[]; customerName: string } {
  const wanted = name.trim();
  const existing = chart.customers.find(
    (customer) => customer.name.trim().toLowerCase() === wanted.toLowerCase(),
  );
  const commands: Command[] = [];
  const id = existing?.id ?? newId(chart, tag ? `customer-${tag}` : 'customer');
  if (!existing) commands.push({ type: 'addCustomer', customer: { id, name: wanted } });
  for (const role of roles) {
    if (!role.serves.includes(id)) commands.push({ type: 'addServiceLink', from: role.id, to: id });
  }
  return { commands, customerName: existing?.name ?? wanted };
}

/** "Serves customer…": pick a customer from the list, or type a new name to create it. */
function ServesCustomerPicker({ chart, roles }: { chart: Chart; roles: readonly Role[] }) {
  const store = useEditorStore();
  const options = useMemo<ComboOption[]>(
    () =>
      chart.customers
        .map((customer) => ({ id: customer.id, label: customer.name, kind: 'customer' as const }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [chart],
  );
  const create = useCallback(
    (query: string): ComboOption | null => {
      const name = query.trim();
      if (!name) return null;
      const known = chart.customers.some(
        (customer) => customer.name.trim().toLowerCase() === name.toLowerCase(),
      );
      return known ? null : { id: '', label: `New customer “${name}”`, kind: 'new', name };
    },
    [chart],
  );

  const link = (option: ComboOption) => {
    const name = option.kind === 'new' ? (option.name ?? '') : option.label;
    const { commands, customerName } = servesCustomerCommands(
      chart,
      roles,
      name,
      store.getState().live?.tag ?? null,
    );
    if (commands.length === 0) {
      store.getState().notify(`Every selected role already serves ${customerName}.`, 'info');
      return;
    }
    const links = commands.filter((command) => command.type === 'addServiceLink').length;
    const label = `Link ${plural(links, 'role')} to ${customerName}`;
    if (store.getState().run(commands, label)) store.getState().notify(`${label}.`, 'info');
  };

  return (
    <Combobox
      id="inspector-bulk-serves"
      label="Serves customer…"
      value=""
      placeholder="Pick a customer, or type a new one"
      options={options}
      create={create}
      description="Links every selected role to it in one step; a new name adds that customer."
      emptyText="Type a name to add a new customer."
      onChoose={link}
    />
  );
}

export function MultiInspector({ chart, ids }: { chart: Chart; ids: readonly string[] }) {
  const store = useEditorStore();
  const labels = nodeLabels(chart);
  const chosen = new Set(ids);
  const roles = chart.roles.filter((role) => chosen.has(role.id));
  const customers = chart.customers.filter((customer) => chosen.has(customer.id));
  const teams = new Set(roles.map((role) => role.team?.trim() ?? ''));
  const sharedTeam = teams.size === 1 ? [...teams][0]! : '';
  const names = ids.map((id) => labels.get(id) ?? id);

  const parts = [
    roles.length > 0 ? plural(roles.length, 'role') : null,
    customers.length > 0 ? plural(customers.length, 'customer') : null,
  ].filter(Boolean);

  const setTeam = (draft: string) => {
    const team = draft.trim();
    const commands: Command[] = roles
      .filter((role) => (role.team?.trim() ?? '') !== team)
      .map((role) => ({ type: 'updateRole', id: role.id, changes: { team: team || undefined } }));
    if (commands.length === 0) return true;
    const label = team
      ? `Set team of ${plural(commands.length, 'role')} to ${team}`
      : `Clear team of ${plural(commands.length, 'role')}`;
    return store.getState().run(commands, label);
  };

  return (
    <div className="flex flex-col gap-4">
      <InspectorHeading
        kind="Selection"
        title={`${ids.length} selected`}
        detail={parts.join(', ')}
        onClose={() => store.getState().select([])}
      />
      <ul aria-label="Selected" className="flex flex-wrap gap-1.5">
        {names.slice(0, NAMED).map((name, i) => (
          <li
            key={ids[i]}
            className="max-w-full truncate rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-xs text-ink-soft"
          >
            {name}
          </li>
        ))}
        {names.length > NAMED && (
          <li className="px-1 py-0.5 text-xs text-ink-faint">and {names.length - NAMED} more</li>
        )}
      </ul>
      {roles.length > 0 && (
        <>
          <CommitField
            id="inspector-bulk-team"
            label={`Team of all ${plural(roles.length, 'selected role')}`}
            value={sharedTeam}
            placeholder={teams.size > 1 ? 'Mixed teams' : 'No team'}
            onCommit={setTeam}
          />
          <ServesCustomerPicker chart={chart} roles={roles} />
        </>
      )}
      <div>
        <button
          type="button"
          onClick={() => editorRegistry.run('delete', { store, ui: {} })}
          className={dangerButtonClass}
        >
          Delete selected
        </button>
      </div>
    </div>
  );
}
