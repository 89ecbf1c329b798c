/**
 * "Update the open chart" from the import preview: the changes a newer
 * export makes to the chart on screen, listed before anything changes
 * (joined, left, moved with the old and new manager, retitled, team
 * changed), then applied as one undoable step. The service links and
 * customer groups the user added are kept.
 */
import { useMemo } from 'react';
import type { Chart } from '../../domain/chart';
import { planUpdate } from '../../domain/diff/update-commands';
import { useEditor, useEditorStore } from '../../editor/use-editor';

const SHOWN = 20;

function Group({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <section aria-label={title} className="text-sm">
      <h3 className="font-semibold text-ink">
        {title}: {lines.length.toLocaleString('en')}
      </h3>
      <ul className="mt-1 flex flex-col gap-0.5 pl-5 text-ink-soft [list-style:disc]">
        {lines.slice(0, SHOWN).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
        {lines.length > SHOWN && <li>and {(lines.length - SHOWN).toLocaleString('en')} more</li>}
      </ul>
    </section>
  );
}

/** The changes, and Apply; `onDone` after applying. */
export function UpdatePreview({
  incoming,
  onBack,
  onDone,
}: {
  incoming: Chart;
  onBack: () => void;
  onDone: () => void;
}) {
  const current = useEditor((state) => state.chart);
  const store = useEditorStore();
  const plan = useMemo(() => planUpdate(current, incoming), [current, incoming]);
  const titleOf = (id: string | null) => {
    if (id === null) return 'no manager';
    const role = current.roles.find((r) => r.id === id) ?? incoming.roles.find((r) => r.id === id);
    return `“${role?.title ?? id}”`;
  };
  const { diff } = plan;
  const moved = diff.changed.filter((change) => change.manager);
  const retitled = diff.changed.filter((change) => change.title);
  const teams = diff.changed.filter((change) => change.team);
  const nothing = plan.commands.length === 0;
  return (
    <div className="flex flex-col gap-3" data-testid="update-preview">
      <p className="text-sm text-ink-soft">
        Changes to “{current.name}”, matched by id. Service links and customer groups you added are
        kept. Nothing changes until you apply; Undo reverts the whole update.
      </p>
      {nothing && <p className="text-sm">No changes: the chart already matches the file.</p>}
      <Group title="Joined" lines={diff.added.map((role) => `“${role.title}” (${role.id})`)} />
      <Group title="Left" lines={diff.removed.map((role) => `“${role.title}” (${role.id})`)} />
      <Group
        title="Moved"
        lines={moved.map(
          (c) =>
            `${titleOf(c.id)}: from ${titleOf(c.manager!.before)} to ${titleOf(c.manager!.after)}`,
        )}
      />
      <Group
        title="Retitled"
        lines={retitled.map((c) => `“${c.title!.before}” → “${c.title!.after}”`)}
      />
      <Group
        title="Team changed"
        lines={teams.map(
          (c) => `${titleOf(c.id)}: ${c.team!.before ?? 'no team'} → ${c.team!.after ?? 'no team'}`,
        )}
      />
      <div className="flex gap-2">
        <button
          type="button"
          onClick={onBack}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
        >
          Back to the preview
        </button>
        <button
          type="button"
          disabled={nothing}
          onClick={() => {
            if (store.getState().run(plan.commands, 'Update from file')) onDone();
          }}
          className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
        >
          Apply update
        </button>
      </div>
    </div>
  );
}
