/**
 * The store's actions that change the chart, each saying where its change
 * came from (`lastChange`) and what it did to the undo stacks: `run` (the
 * user's commands), `undo`, `redo`, the gesture marks, `load` (a file, a
 * stored chart: no step) and `receive` (a change made elsewhere: no step).
 * The store (store.ts) supplies what follows a change in its view state, so
 * this module knows the history and nothing else of the editor.
 */
import { applyPatches } from 'immer';
import type { Chart } from '../../domain/chart';
import { applyCommands, describeCommand, type Command } from '../../domain/commands/apply-command';
import type { EditorState, Notice } from '../store';
import {
  bailedTop,
  changeOf,
  EMPTY_HISTORY,
  marked,
  redone,
  stepped,
  stepsSince,
  undone,
  type HistoryEntry,
  type HistoryStacks,
  type HistoryStep,
} from './history';

type SetState = (
  partial: Partial<EditorState> | ((state: EditorState) => Partial<EditorState>),
) => void;

/** What the store decides around a chart change. */
export interface ChartChangeHooks {
  /** The view state that follows the chart to `chart` (an edit, undo, redo, a remote change). */
  follow(chart: Chart, state: EditorState): Partial<EditorState>;
  /** The view state of a chart just loaded, brought back to `place` if given. */
  fresh(chart: Chart, state: EditorState, place: LoadOptions['place']): Partial<EditorState>;
  notice(message: string, tone: Notice['tone']): Notice;
}

export type LoadOptions = NonNullable<Parameters<EditorState['load']>[1]>;

export type ChartChangeActions = Pick<
  EditorState,
  'run' | 'undo' | 'redo' | 'mark' | 'squashToMark' | 'bailToMark' | 'load' | 'receive'
>;

const VIEW_ONLY = 'This is a view-only link: the chart cannot be changed from here.';

const HISTORY_BROKEN =
  'That step could not be taken back: the undo history no longer matches the chart, so it starts afresh. The chart is unchanged.';

let markCounter = 0;

/** The stacks of a state, for the history module. */
function stacksOf(state: HistoryStacks): HistoryStacks {
  return { past: state.past, future: state.future, marks: state.marks };
}

/** Applies steps kept in the history; null when they no longer fit the chart (a damaged history). */
function patched(chart: Chart, entries: readonly HistoryEntry[], inverse: boolean): Chart | null {
  try {
    let next = chart;
    for (const entry of inverse ? [...entries].reverse() : entries) {
      next = applyPatches(next, inverse ? entry.inversePatches : entry.patches);
    }
    return next;
  } catch {
    return null;
  }
}

/** Builds the chart-changing actions of an editor store. */
export function chartChangeActions(
  set: SetState,
  get: () => EditorState,
  hooks: ChartChangeHooks,
): ChartChangeActions {
  /** Takes steps back (undo, bail) or forward (redo); a history that no longer fits is dropped. */
  const travel = (
    origin: 'undo' | 'redo',
    entries: readonly HistoryEntry[],
    stacks: HistoryStacks,
    step: HistoryStep,
    notice: string | null,
  ) => {
    const live = get().live;
    if (live) {
      // In a live room the room's undo takes back this person's own changes;
      // its chart arrives as a remote change. A step that changed nothing has nothing to take back.
      if (entries.some((entry) => entry.patches.length > 0))
        live.travel(origin, step.kind === 'bail');
      set({
        ...stacks,
        lastChange: changeOf(origin, step),
        ...(notice === null ? {} : { notice: hooks.notice(notice, 'info') }),
      });
      return;
    }
    const chart = patched(get().chart, entries, origin === 'undo');
    if (!chart) {
      set({
        ...EMPTY_HISTORY,
        lastChange: changeOf(origin, { kind: 'clear' }),
        notice: hooks.notice(HISTORY_BROKEN, 'error'),
      });
      return;
    }
    set((state) => ({
      chart,
      ...stacks,
      lastChange: changeOf(origin, step),
      ...hooks.follow(chart, state),
      ...(notice === null ? {} : { notice: hooks.notice(notice, 'info') }),
    }));
  };

  return {
    run(commands, label) {
      const list: readonly Command[] = Array.isArray(commands) ? commands : [commands as Command];
      if (list.length === 0) return true;
      if (get().live?.readOnly) {
        set({ notice: hooks.notice(VIEW_ONLY, 'error') });
        return false;
      }
      const { chart: before } = get();
      const result = applyCommands(before, list);
      if (!result.ok) {
        set({ notice: hooks.notice(result.error.message, 'error') });
        return false;
      }
      const step: HistoryStep = {
        kind: 'record',
        entry: {
          label: label ?? describeCommand(before, list[0] as Command),
          patches: result.patches,
          inversePatches: result.inversePatches,
        },
      };
      set((state) => ({
        chart: result.chart,
        ...stepped(stacksOf(state), step),
        lastChange: changeOf('command', step),
        ...hooks.follow(result.chart, state),
        notice: state.notice?.tone === 'error' ? null : state.notice,
      }));
      return true;
    },

    undo() {
      const next = undone(stacksOf(get()));
      if (next) {
        travel('undo', [next.entry], next.stacks, { kind: 'undo' }, `Undid: ${next.entry.label}`);
      }
    },

    redo() {
      const next = redone(stacksOf(get()));
      if (next) {
        travel('redo', [next.entry], next.stacks, { kind: 'redo' }, `Redid: ${next.entry.label}`);
      }
    },

    mark(id) {
      markCounter += 1;
      const name = id ?? `gesture-${markCounter}`;
      set((state) => marked(stacksOf(state), name));
      return name;
    },

    squashToMark(id, label) {
      const count = stepsSince(get(), id);
      if (count === null) return;
      const step: HistoryStep = {
        kind: 'squash',
        count,
        ...(label === undefined ? {} : { label }),
      };
      set((state) => ({
        ...stepped(stacksOf(state), step),
        lastChange: changeOf('command', step),
      }));
    },

    bailToMark(id) {
      const count = stepsSince(get(), id);
      if (count === null) return;
      const { stacks, entries } = bailedTop(stacksOf(get()), count);
      travel('undo', entries, stacks, { kind: 'bail', count }, null);
    },

    load(chart, options) {
      const step: HistoryStep = options?.history
        ? { kind: 'restore', past: options.history.past, future: options.history.future }
        : { kind: 'clear' };
      set((state) => ({
        chart,
        view: options?.view ?? state.view,
        ...stepped(EMPTY_HISTORY, step),
        lastChange: changeOf('load', step),
        ...hooks.fresh(chart, state, options?.place),
      }));
    },

    receive(chart, options) {
      const step: HistoryStep = options?.keepHistory ? { kind: 'keep' } : { kind: 'clear' };
      set((state) => ({
        chart,
        view: options?.view ?? state.view,
        ...stepped(stacksOf(state), step),
        lastChange: changeOf('remote', step),
        ...hooks.follow(chart, state),
      }));
    },
  };
}
