/**
 * The editor's store: the chart, the view, the selection and the history.
 * A zustand vanilla store (React Flow's own state library), so it can be
 * driven from tests without React. Every change to the chart goes through
 * `run`, which applies domain commands and records immer patches as one undo
 * step; loading a chart (`load`) is never an undo step.
 */
import { applyPatches, type Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Chart, View } from '../domain/chart';
import { applyCommands, describeCommand, type Command } from '../domain/commands/apply-command';
import {
  defaultCollapsed,
  descendantsOf,
  expandedTo,
  prunedCollapsed,
} from '../layout/folding/visible-chart';
import { pathHighlightOf, treeOf, type PathHighlight } from './navigation';

/** One undo step: what it did and how to take it back. */
export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
}

/** A message for the user; `error` ones are shown in an alert. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
}

/** Interaction modes, as explicit states (CONVENTIONS.md habit 5). */
export type Mode = 'editing' | 'presenting';

export interface EditorState {
  chart: Chart;
  view: View;
  selection: string[];
  past: HistoryEntry[];
  future: HistoryEntry[];
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

  /** Applies commands as one undo step. Refused commands change nothing and raise an error notice. */
  run(commands: Command | readonly Command[], label?: string): boolean;
  undo(): void;
  redo(): void;
  setView(view: View): void;
  flip(): void;
  select(ids: readonly string[]): void;
  /** Replaces the chart (a file, a stored chart, a remote change): not an undo step; clears history. */
  load(chart: Chart, options?: { view?: View }): void;
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
}

const HISTORY_LIMIT = 200;
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

export type EditorStore = StoreApi<EditorState>;

/** Makes an editor store holding `chart`. */
export function createEditorStore(chart: Chart, view: View = 'customer-first'): EditorStore {
  return createStore<EditorState>()((set, get) => ({
    chart,
    view,
    selection: [],
    past: [],
    future: [],
    notice: null,
    mode: 'editing',
    revision: 0,
    renaming: null,
    collapsed: defaultCollapsed(treeOf(chart)),
    highlight: null,

    run(commands, label) {
      const list: readonly Command[] = Array.isArray(commands) ? commands : [commands as Command];
      if (list.length === 0) return true;
      const { chart: before } = get();
      const result = applyCommands(before, list);
      if (!result.ok) {
        set({ notice: nextNotice(result.error.message, 'error') });
        return false;
      }
      const first = list[0] as Command;
      const entry: HistoryEntry = {
        label: label ?? describeCommand(before, first),
        patches: result.patches,
        inversePatches: result.inversePatches,
      };
      set((state) => ({
        chart: result.chart,
        past: [...state.past.slice(-(HISTORY_LIMIT - 1)), entry],
        future: [],
        selection: existing(result.chart, state.selection),
        revision: state.revision + 1,
        notice: state.notice?.tone === 'error' ? null : state.notice,
        ...navigationAfter(result.chart, state),
      }));
      return true;
    },

    undo() {
      const { past, future, chart: current, selection } = get();
      const entry = past[past.length - 1];
      if (!entry) return;
      const chart = applyPatches(current, entry.inversePatches);
      set((state) => ({
        chart,
        past: past.slice(0, -1),
        future: [...future, entry],
        selection: existing(chart, selection),
        revision: state.revision + 1,
        notice: nextNotice(`Undid: ${entry.label}`, 'info'),
        ...navigationAfter(chart, state),
      }));
    },

    redo() {
      const { past, future, chart: current, selection } = get();
      const entry = future[future.length - 1];
      if (!entry) return;
      const chart = applyPatches(current, entry.patches);
      set((state) => ({
        chart,
        past: [...past, entry],
        future: future.slice(0, -1),
        selection: existing(chart, selection),
        revision: state.revision + 1,
        notice: nextNotice(`Redid: ${entry.label}`, 'info'),
        ...navigationAfter(chart, state),
      }));
    },

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

    load(next, options) {
      set((state) => ({
        chart: next,
        view: options?.view ?? state.view,
        selection: [],
        past: [],
        future: [],
        revision: state.revision + 1,
        collapsed: defaultCollapsed(treeOf(next)),
        highlight: null,
      }));
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
