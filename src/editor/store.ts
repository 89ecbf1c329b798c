/**
 * The editor's store: the chart, the view, the selection (of nodes or of one
 * link), the history, the clipboard and the open dialog, one of each per
 * editor instance.
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
import type { LinkRef, LinksShown } from '../theme/link-kinds';
import type { Fragment } from './clipboard';
import { chartChangeActions } from './history/chart-changes';
import { EMPTY_HISTORY, type HistoryStacks, type LastChange } from './history/history';
import { pathHighlightOf, treeOf, type PathHighlight } from './navigation';
import { DEFAULT_LAYOUT_ASPECT, roundedAspect } from './derived';

export type { HistoryEntry } from './history/history';

/**
 * Where keyboard focus goes next: a node on the canvas (after a name is
 * committed or cancelled, a search pick) or a field of the selection's panel
 * by its name (after Add role: "title"). The canvas and the panel move focus
 * once they have drawn it.
 */
export type FocusTarget = { node: string } | { field: string };

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

/** The dialogs the editor opens over the canvas, at most one at a time. */
export type DialogName = 'import' | 'export';

/**
 * Interaction modes, as explicit states (CONVENTIONS.md habit 5): editing,
 * presenting the canvas full screen, or teaching (Teach's guided sequence over
 * the editor, which stays as it was underneath).
 */
export type Mode = 'editing' | 'presenting' | 'teaching';

/**
 * What a live room (live/live-session.ts) hands the store while the chart is
 * shared: the peer's tag for new ids, whether the link only views, and the
 * undo of this person's own changes (Yjs' UndoManager), which replaces the
 * patches of the history: a remote change never enters it.
 */
export interface LiveHooks {
  tag: string;
  readOnly: boolean;
  /** Takes back (or redoes) the newest own step; `bail`: with nothing left to redo. */
  travel(origin: 'undo' | 'redo', bail: boolean): void;
}

/** `past`, `future` and `marks` are the undo stacks (history/history.ts). */
export interface EditorState extends HistoryStacks {
  chart: Chart;
  view: View;
  selection: string[];
  /** The link selected on the canvas (never together with selected nodes); null if none. */
  selectedLink: LinkRef | null;
  /** What Copy last copied in this editor, for Paste; null before any copy. */
  clipboard: Fragment | null;
  /** The dialog open over the canvas, if any. */
  dialog: DialogName | null;
  /** The last change to the chart or the stacks and where it came from; null before any. */
  lastChange: LastChange | null;
  /** The canvas's viewport after its last move; null until it has one (then the canvas fits). */
  viewport: Viewport | null;
  notice: Notice | null;
  mode: Mode;
  /** The node being renamed in place on the canvas, if any. */
  renaming: string | null;
  /** Where keyboard focus goes as soon as it is drawn (see FocusTarget); null once there. */
  focusRequest: FocusTarget | null;
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
  /** View state: which links the canvas draws (all, the selection's, none). */
  linksShown: LinksShown;
  /** Set while the chart is a live room; null when editing alone. */
  live: LiveHooks | null;
  setLive(live: LiveHooks | null): void;

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
  /** Selects nodes; selecting any drops the selected link. */
  select(ids: readonly string[]): void;
  /** Selects one link (dropping the node selection), or none. */
  selectLink(link: LinkRef | null): void;
  setClipboard(fragment: Fragment | null): void;
  openDialog(name: DialogName): void;
  closeDialog(): void;
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
  /** Asks for keyboard focus to move to a node or a panel field (null once it has). */
  requestFocus(target: FocusTarget | null): void;
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
  setLinksShown(shown: LinksShown): void;
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

/** The selected link if it is still on the chart (undo or delete can remove it), else null. */
function linkStill(chart: Chart, link: LinkRef | null): LinkRef | null {
  if (!link) return null;
  if (link.kind === 'reporting') {
    const role = chart.roles.find((r) => r.id === link.from);
    return role?.reportsTo === link.to ? link : null;
  }
  const role = chart.roles.find((r) => r.id === link.from);
  return role?.serves.includes(link.to) ? link : null;
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
    selectedLink: linkStill(chart, state.selectedLink),
    ...navigationAfter(chart, state),
  };
}

/** The view state of a chart just loaded: folded as a big chart opens, back at `place` if kept. */
function freshView(chart: Chart, _state: EditorState, place?: ChartPlace): Partial<EditorState> {
  return {
    selection: place ? existing(chart, place.selection) : [],
    selectedLink: null,
    viewport: place?.viewport ?? null,
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
    selectedLink: null,
    clipboard: null,
    dialog: null,
    ...EMPTY_HISTORY,
    lastChange: null,
    viewport: null,
    notice: null,
    mode: 'editing',
    renaming: null,
    focusRequest: null,
    collapsed: defaultCollapsed(treeOf(chart)),
    highlight: null,
    layoutAspect: DEFAULT_LAYOUT_ASPECT,
    linksShown: 'all',
    live: null,

    setLinksShown(linksShown) {
      if (linksShown !== get().linksShown) set({ linksShown });
    },

    setLive(live) {
      set({ live });
    },

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
        // The service-distance view has the customers on top too: it flips to the pyramid.
        view: state.view === 'traditional' ? 'customer-first' : 'traditional',
      }));
    },

    select(ids) {
      set(ids.length > 0 ? { selection: [...ids], selectedLink: null } : { selection: [] });
    },

    selectLink(link) {
      set(link ? { selectedLink: { ...link }, selection: [] } : { selectedLink: null });
    },

    setClipboard(fragment) {
      set({ clipboard: fragment });
    },

    openDialog(name) {
      set({ dialog: name });
    },

    closeDialog() {
      if (get().dialog !== null) set({ dialog: null });
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

    requestFocus(target) {
      set({ focusRequest: target });
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
