/**
 * The toolbar's role search (Ctrl/Cmd+F): React Aria's ComboBox over the
 * chart's roles by title, person or team (an editable combobox with a listbox
 * popup). The best match is active as the text changes, so Enter takes the
 * first result; the arrows move. Picking a result unfolds its branch, selects
 * it, centres it and gives it the focus. The text stays as typed.
 */
import { useContext, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { SearchIcon } from 'lucide-react';
import {
  ComboBox,
  ComboBoxStateContext,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
} from 'react-aria-components';
import { searchRoles, type SearchHit, type SearchResult } from '../../domain/role-search';
import { ancestorsOf } from '../../layout/folding/visible-chart';
import type { CommandContext } from '../../editor/commands/command-registry';
import { searchIndexOf, treeOf } from '../../editor/navigation';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { useUntabbableWhileHidden } from '../primitives/untabbable-while-hidden';

/** The input's id: the Search command puts the keyboard here. */
export const ROLE_SEARCH_ID = 'role-search';
const NO_HITS: SearchResult = { hits: [], total: 0 };

type ComboState = NonNullable<React.ContextType<typeof ComboBoxStateContext>>;

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

/**
 * Makes the first result the active option whenever the open list has none:
 * React Aria leaves none active, clears it as the text changes and builds the
 * list a render later. Placed after the list in the ComboBox, so its effect
 * runs after the list's own.
 */
function FirstResultActive({ firstKey }: { firstKey: string | null }) {
  const state = useContext(ComboBoxStateContext);
  const collection = state?.collection;
  const isOpen = state?.isOpen ?? false;
  const focusedKey = state?.selectionManager.focusedKey ?? null;
  const manager = state?.selectionManager;
  useEffect(() => {
    if (!isOpen || firstKey === null || focusedKey !== null || !collection?.getItem(firstKey))
      return;
    manager?.setFocusedKey(firstKey);
  }, [isOpen, firstKey, focusedKey, collection, manager]);
  return null;
}

/**
 * The text field, inside the ComboBox to reach its state, for the keys React
 * Aria has no meaning for here (Enter is a pick, not a value).
 */
function SearchInput({
  stateRef,
  shortcut,
  onEnter,
  onEscape,
}: {
  stateRef: React.RefObject<ComboState | null>;
  shortcut?: string;
  /** Enter: takes the active result (`key`, or null when none is shown yet). */
  onEnter: (key: string | null) => void;
  /** Escape with the list closed. */
  onEscape: (input: HTMLInputElement) => void;
}) {
  const state = useContext(ComboBoxStateContext);
  stateRef.current = state;
  return (
    <Input
      id={ROLE_SEARCH_ID}
      aria-keyshortcuts={shortcut}
      spellCheck={false}
      placeholder={shortcut ? `Search roles (${shortcut})` : 'Search roles'}
      onKeyDownCapture={(event) => {
        const key = event.key;
        if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'f') {
          // Ctrl+F again, already here: select the query rather than open the browser's find.
          event.preventDefault();
          event.stopPropagation();
          event.currentTarget.select();
        } else if (key === 'Enter') {
          // The pick is ours (React Aria would write the title over the text as typed).
          event.preventDefault();
          event.stopPropagation();
          const focused = state?.isOpen ? state.selectionManager.focusedKey : null;
          onEnter(focused === null || focused === undefined ? null : String(focused));
        } else if (key === 'Escape' && !state?.isOpen) {
          event.preventDefault();
          event.stopPropagation();
          onEscape(event.currentTarget);
        }
      }}
      className="h-9 w-full rounded-lg border border-slate-200 bg-white pr-2 pl-8 text-sm text-ink placeholder:text-ink-faint focus:border-brand focus:outline-2 focus:outline-brand/30"
    />
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
  const stateRef = useRef<ComboState | null>(null);
  const [open, setOpen] = useState(false);
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

  const firstKey = hits[0]?.id ?? null;

  // The page the open list hides from screen readers is no Tab stop meanwhile.
  useUntabbableWhileHidden(open);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    stateRef.current?.close();
    const state = store.getState();
    state.expandTo(hit.id);
    state.select([hit.id]);
    context.ui.centreOn?.(hit.id);
    // Focus goes to the picked role (once drawn): M, R, F2… act on it straight away.
    state.requestFocus({ node: hit.id });
  };

  const onEnter = (key: string | null) => {
    // The list may trail the input by a keystroke: then pick from the query as typed.
    if (deferred !== query || key === null) {
      if (query.trim() !== '') pick(searchRoles(searchIndexOf(chart), query).hits[0]);
      return;
    }
    pick(hits.find((hit) => hit.id === key));
  };

  return (
    <div className="relative" role="search">
      <SearchIcon
        size={14}
        className="pointer-events-none absolute top-1/2 left-2.5 z-10 -translate-y-1/2 text-ink-faint"
      />
      <ComboBox
        aria-label="Search roles"
        items={hits}
        inputValue={query}
        onInputChange={setQuery}
        // The text is a query, never a value to keep or revert; a result is an action.
        allowsCustomValue
        selectedKey={null}
        onSelectionChange={(key) => {
          if (key !== null) pick(hits.find((hit) => hit.id === key));
        }}
        onOpenChange={setOpen}
        // Focus opens the list when there is a query to show results for (not an empty one).
        menuTrigger={query.trim() === '' ? 'input' : 'focus'}
        // With text typed, the list shows even when empty, to say that nothing matches.
        allowsEmptyCollection={query.trim() !== ''}
      >
        <SearchInput
          stateRef={stateRef}
          shortcut={shortcut}
          onEnter={onEnter}
          onEscape={(input) => {
            if (query) setQuery('');
            else input.blur();
          }}
        />
        <Popover
          placement="bottom end"
          offset={4}
          className="w-[360px] overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xl"
        >
          <ListBox<SearchHit>
            aria-label="Matching roles"
            className="max-h-[360px] overflow-y-auto py-1 outline-none"
          >
            {(hit) => (
              <ListBoxItem
                id={hit.id}
                textValue={hit.title}
                className={({ isFocused }) =>
                  `block cursor-pointer px-3 py-1.5 outline-none ${isFocused ? 'bg-brand-soft' : ''}`
                }
              >
                <HitText
                  hit={hit}
                  manager={around.managers.get(hit.id)}
                  folded={around.folded.has(hit.id)}
                />
              </ListBoxItem>
            )}
          </ListBox>
          <p className="border-t border-slate-100 px-3 py-1.5 text-xs text-ink-faint" role="status">
            {total === 0
              ? 'No role matches.'
              : total > hits.length
                ? `${hits.length} of ${total.toLocaleString('en')} shown: type more to narrow.`
                : `${total} role${total === 1 ? '' : 's'}.`}
          </p>
        </Popover>
        <FirstResultActive firstKey={firstKey} />
      </ComboBox>
    </div>
  );
}
