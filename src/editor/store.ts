/**
 * The editor's store: the chart, the view, the selection and the history.
 * A zustand vanilla store (React Flow's own state library), so it can be
 * driven from tests without React. Every change to the chart goes through
 * `run`, which applies domain commands and records immer patches as one undo
 * step; loading a chart (`load`) is never an undo step. Every change says
 * where it came from in `lastChange`; the history module (history/) owns the
 * undo stacks and the actions that move them.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Chart, View } from '../domain/chart';
import type { Command } from '../domain/commands/apply-command';
import {
  defaultCollapsed,
  descendantsOf,
  expandedTo,
  prunedCollapsed,
} from '../layout/folding/visible-chart';
import { chartChangeActions } from './history/chart-changes';
import { EMPTY_HISTORY, type HistoryStacks, type LastChange } from './history/history';
import { pathHighlightOf, treeOf, type PathHighlight } from './navigation';
import { DEFAULT_LAYOUT_ASPECT, roundedAspect } from './derived';

export type { HistoryEntry } from './history/history';

/** Where the canvas was looking: React Flow's viewport (pan and zoom). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Where the user was on a chart: kept with it, so a reload or a reopen comes back there. */
export interface ChartPlace {
  viewport: Viewport | null;
  selection: readonly string[];
}

/** A message for the user; `error` ones are shown in an alert. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
}

/** Interaction modes, as explicit states (CONVENTIONS.md habit 5). */
export type Mode = 'editing' | 'presenting';

/** `past`, `future` and `marks` are the undo stacks (history/history.ts). */
export interface EditorState extends HistoryStacks {
  chart: Chart;
  view: View;
  selection: string[];
  /** The last change to the chart or the stacks and where it came from; null before any. */
  lastChange: LastChange | null;
  /** The canvas's viewport after its last move; null until it has one (then the canvas fits). */
  viewport: Viewport | null;
  notice: Notice | null;
  mode: Mode;
  /** Bumped on every chart change, so savers and the canvas can tell "changed" cheaply. */
  revision: number;
  /** The node being renamed in place on the canvas, if any. */
  renaming: string | null;
  /**
   * View state, never chart data nor an undo step (see navigation.ts):
   * managers whose branch is folded away on the canvas. A big chart opens
   * with some folded (`defaultCollapsed`).
   */
  collapsed: ReadonlySet<string>;
  /** A role's service path lit up on the canvas (everything else dimmed), or null. */
  highlight: PathHighlight | null;
  /**
   * View state: the width : height the layout shapes the chart toward (the
   * canvas's, less the fit's margins; see derived.ts DEFAULT_LAYOUT_ASPECT).
   */
  layoutAspect: number;

  /** Applies commands as one undo step. Refused commands change nothing and raise an error notice. */
  run(commands: Command | readonly Command[], label?: string): boolean;
  undo(): void;
  redo(): void;
  /** Opens a gesture: the runs until `squashToMark` become one undo step. Returns its id. */
  mark(id?: string): string;
  /** Closes gesture `id`: its steps become one (named `label`, else the first one's). */
  squashToMark(id: string, label?: string): void;
  /** Abandons gesture `id`: its steps are taken back, with nothing to redo. */
  bailToMark(id: string): void;
  setView(view: View): void;
  flip(): void;
  select(ids: readonly string[]): void;
  /**
   * Replaces the chart (a file, a stored chart): not an undo step. The
   * history is cleared, or replaced by the one kept with the chart; `place`
   * brings back where the user was on it.
   */
  load(
    chart: Chart,
    options?: {
      view?: View;
      history?: Pick<HistoryStacks, 'past' | 'future'>;
      place?: ChartPlace;
    },
  ): void;
  /**
   * A change made elsewhere (another tab's save, later a live room): never an
   * undo step. The stacks are cleared (their patches no longer line up with
   * the chart) unless `keepHistory` (the change touched nothing they refer to).
   */
  receive(chart: Chart, options?: { view?: View; keepHistory?: boolean }): void;
  /** The canvas moved (a pan or zoom ended): remembered as view state, never an undo step. */
  setViewport(viewport: Viewport): void;
  notify(message: string, tone?: Notice['tone']): void;
  dismissNotice(): void;
  setMode(mode: Mode): void;
  setRenaming(id: string | null): void;
  /** Folds a manager's branch away, or unfolds it. */
  toggleCollapsed(id: string): void;
  /** Replaces the set of folded managers (an empty set draws every role). */
  setCollapsed(ids: ReadonlySet<string>): void;
  /** Unfolds every manager above each of `ids`, so all of them are drawn. */
  reveal(ids: Iterable<string>): void;
  /** Unfolds every manager above `id`. */
  expandTo(id: string): void;
  /** Highlights a role's service path, unfolding whatever on it was folded away. */
  showPath(roleId: string): void;
  clearHighlight(): void;
  /** The canvas's shape changed: the layout aims at this width : height (rounded, so a resize relays out seldom). */
  setLayoutAspect(aspect: number): void;
}

let noticeCounter = 0;

function nextNotice(message: string, tone: Notice['tone']): Notice {
  noticeCounter += 1;
  return { id: noticeCounter, tone, message };
}

/** Keeps only selected ids that still exist after a change (undo can remove a node). */
function existing(chart: Chart, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const known = new Set<string>();
  for (const role of chart.roles) known.add(role.id);
  for (const customer of chart.customers) known.add(customer.id);
  return ids.filter((id) => known.has(id));
}

/**
 * The view state that follows a chart change (an edit, undo, redo): folds of
 * roles that no longer manage anyone are dropped, and a highlighted path is
 * recomputed on the new chart (gone with its role).
 */
function navigationAfter(
  chart: Chart,
  state: Pick<EditorState, 'collapsed' | 'highlight'>,
): Pick<EditorState, 'collapsed' | 'highlight'> {
  return {
    collapsed:
      state.collapsed.size === 0
        ? state.collapsed
        : prunedCollapsed(treeOf(chart), state.collapsed),
    highlight: state.highlight && pathHighlightOf(chart, state.highlight.roleId),
  };
}

/** The view state that follows a chart change (an edit, undo, redo, a remote change). */
function followChart(chart: Chart, state: EditorState): Partial<EditorState> {
  return {
    selection: existing(chart, state.selection),
    revision: state.revision + 1,
    ...navigationAfter(chart, state),
  };
}

/** The view state of a chart just loaded: folded as a big chart opens, back at `place` if kept. */
function freshView(chart: Chart, state: EditorState, place?: ChartPlace): Partial<EditorState> {
  return {
    selection: place ? existing(chart, place.selection) : [],
    viewport: place?.viewport ?? null,
    revision: state.revision + 1,
    collapsed: defaultCollapsed(treeOf(chart)),
    highlight: null,
  };
}

export type EditorStore = StoreApi<EditorState>;

/** Makes an editor store holding `chart`. */
export function createEditorStore(chart: Chart, view: View = 'customer-first'): EditorStore {
  return createStore<EditorState>()((set, get) => ({
    chart,
    view,
    selection: [],
    ...EMPTY_HISTORY,
    lastChange: null,
    viewport: null,
    notice: null,
    mode: 'editing',
    revision: 0,
    renaming: null,
    collapsed: defaultCollapsed(treeOf(chart)),
    highlight: null,
    layoutAspect: DEFAULT_LAYOUT_ASPECT,

    setLayoutAspect(aspect) {
      const next = roundedAspect(aspect);
      if (next !== get().layoutAspect) set({ layoutAspect: next });
    },

    ...chartChangeActions(set, get, {
      follow: followChart,
      fresh: freshView,
      notice: nextNotice,
    }),

    setView(next) {
      if (get().view !== next) set({ view: next });
    },

    flip() {
      set((state) => ({
        view: state.view === 'customer-first' ? 'traditional' : 'customer-first',
      }));
    },

    select(ids) {
      set({ selection: [...ids] });
    },

    setViewport(viewport) {
      const now = get().viewport;
      if (now && now.x === viewport.x && now.y === viewport.y && now.zoom === viewport.zoom) return;
      set({ viewport: { x: viewport.x, y: viewport.y, zoom: viewport.zoom } });
    },

    notify(message, tone = 'info') {
      set({ notice: nextNotice(message, tone) });
    },

    dismissNotice() {
      set({ notice: null });
    },

    setMode(mode) {
      set({ mode });
    },

    setRenaming(id) {
      set({ renaming: id });
    },

    toggleCollapsed(id) {
      set((state) => {
        const collapsed = new Set(state.collapsed);
        if (!collapsed.delete(id)) collapsed.add(id);
        // A fold that hides a selected role takes it out of the selection (it is off screen).
        const hidden = new Set(collapsed.has(id) ? descendantsOf(treeOf(state.chart), id) : []);
        const selection =
          hidden.size > 0 && state.selection.some((other) => hidden.has(other))
            ? state.selection.filter((other) => !hidden.has(other))
            : state.selection;
        return { collapsed, selection };
      });
    },

    setCollapsed(ids) {
      set({ collapsed: ids });
    },

    reveal(ids) {
      const { chart, collapsed } = get();
      // Nothing folded, nothing to unfold: spare indexing the chart (an edit at 5,000 roles).
      if (collapsed.size === 0) return;
      const next = expandedTo(treeOf(chart), collapsed, ids);
      if (next !== collapsed) set({ collapsed: next });
    },

    expandTo(id) {
      get().reveal([id]);
    },

    showPath(roleId) {
      const highlight = pathHighlightOf(get().chart, roleId);
      if (!highlight) return;
      get().reveal(highlight.ids);
      set({ highlight });
    },

    clearHighlight() {
      if (get().highlight) set({ highlight: null });
    },
  }));
}
