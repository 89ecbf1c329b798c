/**
 * The toolbar's role search (Ctrl/Cmd+F): a combobox over the chart's roles by
 * title, person or team (the WAI-ARIA combobox pattern with a listbox popup).
 * Picking a result unfolds its branch, selects it and centres it.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { SearchIcon } from 'lucide-react';
import { searchRoles, type SearchHit, type SearchResult } from '../../domain/role-search';
import { ancestorsOf } from '../../layout/folding/visible-chart';
import type { CommandContext } from '../../editor/commands/command-registry';
import { searchIndexOf, treeOf } from '../../editor/navigation';
import { useEditor, useEditorStore } from '../../editor/use-editor';

/** The input's id: the Search command puts the keyboard here. */
export const ROLE_SEARCH_ID = 'role-search';
const LIST_ID = 'role-search-results';
const NO_HITS: SearchResult = { hits: [], total: 0 };

function optionId(index: number): string {
  return `${LIST_ID}-${index}`;
}

/**
 * One result: the title, then who holds it, the team and the manager (two
 * cashiers are told apart by their store manager), and whether it is folded away.
 */
function HitText({ hit, manager, folded }: { hit: SearchHit; manager?: string; folded: boolean }) {
  const detail = [hit.person, hit.team, manager && `under ${manager}`].filter(Boolean).join(' · ');
  return (
    <>
      <span className="flex items-center gap-2">
        <span className="min-w-0 flex-1 truncate text-sm font-medium text-ink">{hit.title}</span>
        {folded && (
          <span className="shrink-0 rounded bg-slate-100 px-1.5 text-[10px] font-medium text-ink-faint">
            in a collapsed branch
          </span>
        )}
      </span>
      {detail && <span className="block truncate text-xs text-ink-faint">{detail}</span>}
    </>
  );
}

export function RoleSearch({
  context,
  shortcut,
}: {
  context: CommandContext;
  /** The Search command's shortcut, for the placeholder ("Ctrl+F"). */
  shortcut?: string;
}) {
  const store = useEditorStore();
  const chart = useEditor((state) => state.chart);
  const collapsed = useEditor((state) => state.collapsed);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  // Typing stays responsive on a big chart: the list follows a keystroke behind if it must.
  const deferred = useDeferredValue(query);

  // No query, no index: an edit on a big chart does not rebuild it for nothing.
  const result = useMemo(
    () => (deferred.trim() === '' ? NO_HITS : searchRoles(searchIndexOf(chart), deferred)),
    [chart, deferred],
  );
  const { hits, total } = result;
  // Per hit: its manager's title, and whether a manager above it is collapsed.
  const around = useMemo(() => {
    const tree = treeOf(chart);
    const { roles, indexOf } = tree.forest;
    const managers = new Map<string, string>();
    const folded = new Set<string>();
    for (const hit of hits) {
      const above = ancestorsOf(tree, hit.id);
      const manager = above[0] === undefined ? undefined : indexOf.get(above[0]);
      if (manager !== undefined) managers.set(hit.id, roles[manager]!.title);
      if (above.some((id) => collapsed.has(id))) folded.add(hit.id);
    }
    return { managers, folded };
  }, [chart, collapsed, hits]);

  const shown = open && query.trim() !== '';
  const current = Math.min(active, Math.max(0, hits.length - 1));

  useEffect(() => {
    if (!shown) return;
    list.current
      ?.querySelector('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [shown, current]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const state = store.getState();
    state.expandTo(hit.id);
    state.select([hit.id]);
    context.ui.centreOn?.(hit.id);
    // Focus goes to the picked role (once drawn): M, R, F2… act on it straight away.
    state.requestFocus({ node: hit.id });
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      // Ctrl+F again, already here: select the query rather than open the browser's find.
      event.preventDefault();
      event.currentTarget.select();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!shown) {
        setOpen(true);
        return;
      }
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // The list may trail the input by a keystroke: pick from the query as typed.
      const now = deferred === query ? hits : searchRoles(searchIndexOf(chart), query).hits;
      pick(now[deferred === query ? current : 0]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (shown) setOpen(false);
      else if (query) setQuery('');
      else event.currentTarget.blur();
    }
  };

  return (
    <div className="relative" role="search">
      <SearchIcon
        size={14}
        className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-ink-faint"
      />
      <input
        id={ROLE_SEARCH_ID}
        type="text"
        role="combobox"
        aria-label="Search roles"
        aria-expanded={shown}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits.length > 0 ? optionId(current) : undefined}
        aria-keyshortcuts={shortcut}
        autoComplete="off"
        spellCheck={false}
        placeholder={shortcut ? `Search roles (${shortcut})` : 'Search roles'}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="h-9 w-full rounded-lg border border-slate-200 bg-white pr-2 pl-8 text-sm text-ink placeholder:text-ink-faint focus:border-brand focus:outline-2 focus:outline-brand/30"
      />
      {shown && (
        <div className="absolute top-full right-0 z-50 mt-1 w-[360px] overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xl">
          <ul
            ref={list}
            id={LIST_ID}
            role="listbox"
            aria-label="Matching roles"
            className="max-h-[360px] overflow-y-auto py-1"
          >
            {hits.map((hit, i) => (
              <li
                key={hit.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                // Keep the focus in the input: the pick happens on click.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(hit)}
                className={`cursor-pointer px-3 py-1.5 ${i === current ? 'bg-brand-soft' : ''}`}
              >
                <HitText
                  hit={hit}
                  manager={around.managers.get(hit.id)}
                  folded={around.folded.has(hit.id)}
                />
              </li>
            ))}
          </ul>
          <p className="border-t border-slate-100 px-3 py-1.5 text-xs text-ink-faint" role="status">
            {total === 0
              ? 'No role matches.'
              : total > hits.length
                ? `${hits.length} of ${total.toLocaleString('en')} shown: type more to narrow.`
                : `${total} role${total === 1 ? '' : 's'}.`}
          </p>
        </div>
      )}
    </div>
  );
}
