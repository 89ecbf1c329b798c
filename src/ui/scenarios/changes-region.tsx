/**
 * The region "Changes": every difference of the scenario, grouped with its
 * count; each entry about a role is a button that focuses it in both charts.
 * A group lists its first `PAGE` entries and a button shows the next ones, so
 * two unrelated 5,000-role charts do not put 10,000 buttons in the page (nor
 * in the Tab order) at once.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { ChangeEntry, ChangeGroup } from '../../domain/scenarios/change-list';

/** Entries a group shows at first, and how many more each "Show more" adds. */
export const PAGE = 100;

const ENTRY =
  'w-full rounded-md px-2 py-1 text-left text-sm text-ink hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand';

function Entry({ entry, onFocus }: { entry: ChangeEntry; onFocus: (roleId: string) => void }) {
  return entry.roleId ? (
    <button type="button" onClick={() => onFocus(entry.roleId!)} className={ENTRY}>
      {entry.text}
    </button>
  ) : (
    <span tabIndex={-1} className="block px-2 py-1 text-sm text-ink">
      {entry.text}
    </span>
  );
}

function Group({ group, onFocus }: { group: ChangeGroup; onFocus: (roleId: string) => void }) {
  const [shown, setShown] = useState(PAGE);
  // After "Show more", focus goes to the first entry it brought (the button may be gone).
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusAt === null) return;
    const item = list.current?.children[focusAt]?.firstElementChild;
    if (item instanceof HTMLElement) item.focus();
    setFocusAt(null);
  }, [focusAt]);
  const total = group.entries.length;
  const left = total - shown;
  return (
    <div className="flex flex-col gap-1" data-group={group.key}>
      <h4 className="text-xs font-semibold tracking-wide text-ink-soft uppercase">
        {group.label} <span aria-label={`${total} changes`}>({total})</span>
      </h4>
      <ul ref={list} className="flex flex-col gap-0.5">
        {group.entries.slice(0, shown).map((entry, i) => (
          <li key={i}>
            <Entry entry={entry} onFocus={onFocus} />
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button
          type="button"
          className="self-start rounded-md px-2 py-1 text-sm font-medium text-brand hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand"
          onClick={() => {
            setFocusAt(shown);
            setShown(shown + PAGE);
          }}
        >
          Show {Math.min(PAGE, left)} more ({left} not shown)
        </button>
      )}
    </div>
  );
}

function ChangesRegionView({
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
        <Group key={group.key} group={group} onFocus={onFocus} />
      ))}
    </section>
  );
}

/** Rendered again only for new changes (not on every frame of a pan in the compare view). */
export const ChangesRegion = memo(ChangesRegionView);
