/**
 * The Outline: the chart as a tree grid (React Aria's Tree, role
 * "treegrid", named "Outline") for keyboard and screen-reader users, and
 * for anyone who wants the chart as a list. Columns: title, person, team,
 * headcount, distance to a customer, flags. Up and Down move, Home and End
 * go to the first and last row, Right opens a branch and Left closes it (the
 * ARIA treegrid pattern, from React Aria). The selection is the editor's: a
 * row picked here is selected on the canvas, and the reverse.
 *
 * Big charts stay quick: only open branches are put in the collection, and
 * React Aria's Virtualizer draws only the rows in view.
 */
import { ChevronRight, X } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Collection,
  ListLayout,
  Tree,
  TreeItem,
  TreeItemContent,
  Virtualizer,
  type Key,
  type Selection,
} from 'react-aria-components';
import { analysisOf } from '../../editor/derived';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { useOutlineOpen } from './outline-open';
import {
  managersOf,
  outlineOf,
  rowLabel,
  type OutlineModel,
  type OutlineRow,
} from './outline-rows';

const ROW_HEIGHT = 34;
/** Columns after the title: person, team, headcount, distance, flags. */
const GRID =
  'grid grid-cols-[minmax(0,2.2fr)_minmax(0,1.4fr)_minmax(0,1fr)_5rem_5.5rem_minmax(0,1.4fr)] items-center gap-3';

/** The branches open at first: the top two levels. */
function initialExpanded(model: OutlineModel): Set<Key> {
  const open = new Set<Key>();
  for (const root of model.roots) {
    if (root.children.length > 0) open.add(root.id);
  }
  return open;
}

function OutlineItem({ row, expanded }: { row: OutlineRow; expanded: ReadonlySet<Key> }) {
  const open = expanded.has(row.id);
  return (
    <TreeItem
      id={row.id}
      textValue={row.title || 'Untitled role'}
      aria-label={rowLabel(row)}
      hasChildItems={row.children.length > 0}
      className="group cursor-default outline-none data-[focus-visible]:bg-brand-soft data-[hovered]:bg-slate-50 data-[selected]:bg-indigo-50"
    >
      <TreeItemContent>
        {({ level, hasChildItems, isExpanded, isSelected }) => (
          <div
            className={`${GRID} h-[34px] border-b border-slate-100 pr-3 text-sm group-data-[focus-visible]:outline-2 group-data-[focus-visible]:-outline-offset-2 group-data-[focus-visible]:outline-brand`}
            data-role-id={row.id}
          >
            <span
              className="flex min-w-0 items-center gap-1"
              style={{ paddingLeft: `${(level - 1) * 16 + 4}px` }}
            >
              {hasChildItems ? (
                <Button
                  slot="chevron"
                  excludeFromTabOrder
                  aria-label={isExpanded ? `Close ${row.title}` : `Open ${row.title}`}
                  className="flex h-6 w-6 shrink-0 items-center justify-center rounded text-ink-faint outline-none hover:bg-slate-200"
                >
                  <ChevronRight
                    size={14}
                    aria-hidden="true"
                    className={`transition-transform ${isExpanded ? 'rotate-90' : ''}`}
                  />
                </Button>
              ) : (
                <span className="w-6 shrink-0" aria-hidden="true" />
              )}
              <span
                className={`truncate ${isSelected ? 'font-semibold text-brand' : 'font-medium text-ink'}`}
              >
                {row.title || 'Untitled role'}
              </span>
            </span>
            <span className="truncate text-ink-soft">{row.person}</span>
            <span className="truncate text-ink-soft">{row.team}</span>
            <span className="text-right tabular-nums text-ink-soft">{row.headcount}</span>
            <span className="text-right tabular-nums text-ink-soft">
              {row.distance === null ? 'none' : row.distance}
            </span>
            <span className="truncate text-xs font-semibold text-red-700">
              {row.flags.join(' · ')}
            </span>
          </div>
        )}
      </TreeItemContent>
      {row.children.length > 0 && (
        // A closed branch carries only its first report (never drawn): enough for React Aria
        // to say "collapsed" (aria-expanded), without building the whole chart's rows.
        <Collection
          items={open ? row.children : row.children.slice(0, 1)}
          dependencies={[expanded]}
        >
          {(child) => <OutlineItem row={child} expanded={expanded} />}
        </Collection>
      )}
    </TreeItem>
  );
}

export function OutlinePanel() {
  const store = useEditorStore();
  const chart = useEditor((state) => state.chart);
  const selection = useEditor((state) => state.selection);
  const close = useOutlineOpen((state) => state.close);
  const model = useMemo(() => outlineOf(chart, analysisOf(chart)), [chart]);
  const [expanded, setExpanded] = useState<Set<Key>>(() => initialExpanded(model));

  // A role selected on the canvas is shown here: its managers' branches open.
  useEffect(() => {
    const above = selection.flatMap((id) => (model.parentOf.has(id) ? managersOf(model, id) : []));
    if (above.every((id) => expanded.has(id))) return;
    setExpanded((now) => new Set([...now, ...above]));
  }, [selection, model, expanded]);

  const selectedKeys = useMemo(
    () => new Set<Key>(selection.filter((id) => model.parentOf.has(id))),
    [selection, model],
  );

  const onSelectionChange = (keys: Selection) => {
    const ids = keys === 'all' ? [...model.parentOf.keys()] : [...keys].map(String);
    // A role folded away on the canvas is unfolded, so the canvas can show it selected.
    store.getState().reveal(ids);
    store.getState().select(ids);
  };

  return (
    <section
      aria-label="Outline view"
      className="flex h-[38%] min-h-48 shrink-0 flex-col border-t border-slate-200 bg-white"
    >
      <div className="flex items-center justify-between gap-2 px-3 pt-2 pb-1">
        <h2 className="text-sm font-semibold text-ink">Outline</h2>
        <Button
          onPress={close}
          aria-label="Close the outline"
          className="flex h-7 w-7 items-center justify-center rounded-md text-ink-faint outline-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand"
        >
          <X size={15} aria-hidden="true" />
        </Button>
      </div>
      <div
        aria-hidden="true"
        className={`${GRID} border-b border-slate-200 pr-3 pb-1 pl-[34px] text-xs font-semibold tracking-wide text-ink-faint uppercase`}
      >
        <span>Title</span>
        <span>Person</span>
        <span>Team</span>
        <span className="text-right">Headcount</span>
        <span className="text-right">Distance</span>
        <span>Flag</span>
      </div>
      <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: ROW_HEIGHT }}>
        <Tree
          aria-label="Outline"
          items={model.roots}
          dependencies={[expanded]}
          selectionMode="multiple"
          selectionBehavior="replace"
          selectedKeys={selectedKeys}
          onSelectionChange={onSelectionChange}
          expandedKeys={expanded}
          onExpandedChange={setExpanded}
          className="min-h-0 flex-1 overflow-auto outline-none"
          renderEmptyState={() => <p className="p-4 text-sm text-ink-faint">No roles yet.</p>}
        >
          {(row) => <OutlineItem row={row} expanded={expanded} />}
        </Tree>
      </Virtualizer>
    </section>
  );
}
