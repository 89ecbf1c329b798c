/**
 * The region "Changes": every difference of the scenario, grouped with its
 * count; each entry about a role is a button that focuses it in both charts.
 */
import type { ChangeGroup } from '../../domain/scenarios/change-list';

export function ChangesRegion({
  groups,
  onFocus,
}: {
  groups: readonly ChangeGroup[];
  onFocus: (roleId: string) => void;
}) {
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <section role="region" aria-label="Changes" className="flex flex-col gap-2 p-4">
      <h3 className="text-sm font-semibold text-ink">
        Changes <span className="font-normal text-ink-soft">({total})</span>
      </h3>
      {total === 0 && (
        <p className="text-sm text-ink-soft">The two charts hold the same structure.</p>
      )}
      {groups.map((group) => (
        <div key={group.key} className="flex flex-col gap-1" data-group={group.key}>
          <h4 className="text-xs font-semibold tracking-wide text-ink-soft uppercase">
            {group.label}{' '}
            <span aria-label={`${group.entries.length} changes`}>({group.entries.length})</span>
          </h4>
          <ul className="flex flex-col gap-0.5">
            {group.entries.map((entry, i) => (
              <li key={i}>
                {entry.roleId ? (
                  <button
                    type="button"
                    onClick={() => onFocus(entry.roleId!)}
                    className="w-full rounded-md px-2 py-1 text-left text-sm text-ink hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand"
                  >
                    {entry.text}
                  </button>
                ) : (
                  <span className="block px-2 py-1 text-sm text-ink">{entry.text}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
