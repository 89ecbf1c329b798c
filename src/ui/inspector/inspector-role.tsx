/**
 * The inspector for one role: its fields, its manager, what it serves, and its
 * path to the customer. Each edit is one command run as one undo step.
 */
import { useDeferredValue, useMemo } from 'react';
import type { Chart, Role } from '../../domain/chart';
import type { Command } from '../../domain/commands/apply-command';
import { useEditorStore } from '../../editor/use-editor';
import { Combobox, type ComboOption } from './inspector-combobox';
import { CommitField, InspectorHeading, nodeLabels } from './inspector-fields';
import { RolePath } from './inspector-path';
import { ShowPathButton } from './path-highlight';
import { ServesPicker } from './inspector-serves';
import { ReportsLayoutPicker } from './inspector-reports-layout';

/** The headcount a draft stands for, or why it is not one. */
export function parseHeadcount(draft: string): { value: number } | { problem: string } {
  const text = draft.trim();
  if (!/^\d+$/.test(text)) return { problem: 'Headcount must be a whole number, 1 or more.' };
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    return { problem: 'Headcount must be a whole number, 1 or more.' };
  }
  return { value };
}

const requireTitle = (draft: string) => (draft.trim() === '' ? 'A role needs a title.' : null);

const NO_MANAGER = 'No manager (top leader)';

/** The reporting line as a combobox: every other role by name, and "No manager (top leader)". */
function ManagerPicker({ chart, role }: { chart: Chart; role: Role }) {
  const store = useEditorStore();
  const labels = nodeLabels(chart);
  // Sorting every role by name takes a while on a big chart: the list follows a render
  // behind (React's deferred value), so a new selection or an edit paints first.
  const listed = useDeferredValue(chart, null);
  const options = useMemo<ComboOption[]>(() => {
    const none: ComboOption = { id: '', label: NO_MANAGER, kind: 'none' };
    if (!listed) return [none];
    const names = nodeLabels(listed);
    return [
      none,
      ...listed.roles
        .filter((other) => other.id !== role.id)
        .map((other) => ({
          id: other.id,
          label: names.get(other.id) ?? other.title,
          title: other.title,
          kind: 'role' as const,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    ];
  }, [listed, role.id]);
  const reports = chart.roles.filter((other) => other.reportsTo === role.id).length;
  const current = role.reportsTo ? (labels.get(role.reportsTo) ?? role.reportsTo) : NO_MANAGER;
  return (
    <Combobox
      id="inspector-manager"
      label="Manager"
      value={current}
      options={options}
      description={
        reports === 0
          ? 'No direct reports.'
          : `${reports} direct report${reports === 1 ? '' : 's'}; they move with it.`
      }
      emptyText="No role has that name."
      onLeave={() => store.getState().requestFocus({ node: role.id })}
      onChoose={(option) => {
        const managerId = option.id === '' ? null : option.id;
        if (managerId === role.reportsTo) return;
        // A cycle is refused by the domain: the alert says why, and the field shows the old manager.
        store.getState().run({ type: 'setManager', id: role.id, managerId });
      }}
    />
  );
}

/** Everything about one role; keyed by the role's id, so switching roles starts fresh. */
export function RoleInspector({ chart, role }: { chart: Chart; role: Role }) {
  const store = useEditorStore();
  /** Enter or Escape in a field: focus back to this node on the canvas, still selected. */
  const backToCanvas = () => store.getState().requestFocus({ node: role.id });
  const run = (command: Command, label?: string) => store.getState().run(command, label);
  const update = (changes: Extract<Command, { type: 'updateRole' }>['changes'], label: string) =>
    run({ type: 'updateRole', id: role.id, changes }, label);

  return (
    <div className="flex flex-col gap-4">
      <InspectorHeading
        kind="Role"
        title={role.title}
        detail={[role.person, role.team].filter(Boolean).join(' · ') || undefined}
        onClose={() => store.getState().select([])}
      />
      <div className="grid grid-cols-2 gap-x-3 gap-y-3">
        <CommitField
          onDone={backToCanvas}
          className="col-span-2"
          id="inspector-title"
          label="Title"
          value={role.title}
          validate={requireTitle}
          onCommit={(draft) => run({ type: 'updateRole', id: role.id, changes: { title: draft } })}
        />
        <CommitField
          onDone={backToCanvas}
          className="col-span-2"
          id="inspector-person"
          label="Person"
          value={role.person ?? ''}
          placeholder="Vacant or unnamed"
          onCommit={(draft) =>
            update(
              { person: draft.trim() || undefined },
              draft.trim() ? `Set person of ${role.title}` : `Clear person of ${role.title}`,
            )
          }
        />
        <CommitField
          onDone={backToCanvas}
          id="inspector-team"
          label="Team"
          value={role.team ?? ''}
          placeholder="No team"
          onCommit={(draft) =>
            update(
              { team: draft.trim() || undefined },
              draft.trim() ? `Set team of ${role.title}` : `Clear team of ${role.title}`,
            )
          }
        />
        <CommitField
          onDone={backToCanvas}
          id="inspector-headcount"
          label="Headcount"
          inputMode="numeric"
          value={String(role.headcount)}
          validate={(draft) => {
            const parsed = parseHeadcount(draft);
            return 'problem' in parsed ? parsed.problem : null;
          }}
          onCommit={(draft) => {
            const parsed = parseHeadcount(draft);
            if ('problem' in parsed) return false;
            return update({ headcount: parsed.value }, `Set headcount of ${role.title}`);
          }}
        />
      </div>
      <ManagerPicker chart={chart} role={role} />
      <ReportsLayoutPicker chart={chart} role={role} />
      <ServesPicker chart={chart} role={role} />
      <RolePath chart={chart} role={role} />
      <ShowPathButton role={role} />
    </div>
  );
}
