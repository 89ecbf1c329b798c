/**
 * The undo history, as its own module: plain, immutable stacks of steps and
 * the pure functions that move between them. The store holds the stacks and
 * calls these; the journal replays the same steps after a reload, so undo
 * after a reload is the undo the user had.
 *
 * Marks, as tldraw's HistoryManager has them: `marked` opens a gesture at
 * the current depth; every step recorded while it is open is kept apart
 * until `squashed` folds them into one step (a drag, a paste, a bulk edit
 * made of several runs is one undo step), or `bailed` takes them back with
 * nothing to redo (a gesture abandoned). A step enters the stacks only
 * through a {@link HistoryStep}; loading a chart or a remote change is no
 * step at all (see {@link ChangeOrigin}).
 */
import type { Patch } from 'immer';

/** One undo step: what it did and how to take it back (immer patches on the chart). */
export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
}

/** An open gesture: steps recorded at or past `depth` of the undo stack belong to it. */
export interface HistoryMark {
  id: string;
  depth: number;
}

/** The stacks: `past` holds undo steps (newest last), `future` redo steps (next last). */
export interface HistoryStacks {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  marks: readonly HistoryMark[];
}

/**
 * Where a change to the chart came from. Every change the store makes says
 * so; nothing else reads meaning into the stacks.
 * - command: the user's edit (an undo step, or part of an open gesture's)
 * - undo / redo: the user's undo or redo
 * - load: a file, a stored chart or a new chart replaced the chart: no step
 * - remote: someone else changed the chart (another tab's save, later a live
 *   room): no step, never in the stacks
 */
export type ChangeOrigin = 'command' | 'undo' | 'redo' | 'load' | 'remote';

/** What one change did to the stacks; replayable with {@link stepped}. */
export type HistoryStep =
  | { kind: 'record'; entry: HistoryEntry }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** A gesture closed: its `count` newest steps became one. */
  | { kind: 'squash'; count: number; label?: string }
  /** A gesture abandoned: its `count` newest steps were taken back, nothing to redo. */
  | { kind: 'bail'; count: number }
  | { kind: 'clear' }
  /** The stacks replaced by ones kept with the chart (a chart reopened). */
  | { kind: 'restore'; past: readonly HistoryEntry[]; future: readonly HistoryEntry[] }
  /** The chart changed without touching the stacks. */
  | { kind: 'keep' };

/** The most undo steps kept in memory. */
export const HISTORY_LIMIT = 200;
/** The most steps kept with a stored chart (each side): enough to undo a session's work. */
export const KEPT_DEPTH = 100;

export const EMPTY_HISTORY: HistoryStacks = { past: [], future: [], marks: [] };

/** The steps a change made to `stacks`, applied; unknown or impossible steps change nothing. */
export function stepped(stacks: HistoryStacks, step: HistoryStep): HistoryStacks {
  switch (step.kind) {
    case 'record':
      return recorded(stacks, step.entry);
    case 'undo':
      return undone(stacks)?.stacks ?? stacks;
    case 'redo':
      return redone(stacks)?.stacks ?? stacks;
    case 'squash':
      return squashedTop(stacks, step.count, step.label);
    case 'bail':
      return bailedTop(stacks, step.count).stacks;
    case 'clear':
      return EMPTY_HISTORY;
    case 'restore':
      return {
        past: step.past.slice(-KEPT_DEPTH),
        future: step.future.slice(-KEPT_DEPTH),
        marks: [],
      };
    case 'keep':
      return stacks;
  }
}

/** A new undo step (the redo stack is cleared); the oldest go past {@link HISTORY_LIMIT}. */
export function recorded(stacks: HistoryStacks, entry: HistoryEntry): HistoryStacks {
  const past = [...stacks.past, entry];
  const drop = Math.max(0, past.length - HISTORY_LIMIT);
  return {
    past: drop > 0 ? past.slice(drop) : past,
    future: [],
    marks:
      drop > 0
        ? stacks.marks.map((m) => ({ ...m, depth: Math.max(0, m.depth - drop) }))
        : stacks.marks,
  };
}

/** The newest undo step taken off (to be undone), or null when there is none. */
export function undone(
  stacks: HistoryStacks,
): { stacks: HistoryStacks; entry: HistoryEntry } | null {
  const entry = stacks.past[stacks.past.length - 1];
  if (!entry) return null;
  const past = stacks.past.slice(0, -1);
  return {
    entry,
    stacks: {
      past,
      future: [...stacks.future, entry],
      // A gesture whose steps are undone is over.
      marks: stacks.marks.filter((mark) => mark.depth <= past.length),
    },
  };
}

/** The next redo step taken off (to be redone), or null when there is none. */
export function redone(
  stacks: HistoryStacks,
): { stacks: HistoryStacks; entry: HistoryEntry } | null {
  const entry = stacks.future[stacks.future.length - 1];
  if (!entry) return null;
  return {
    entry,
    stacks: {
      past: [...stacks.past, entry],
      future: stacks.future.slice(0, -1),
      marks: stacks.marks,
    },
  };
}

/** Opens a gesture named `id` at the current depth. */
export function marked(stacks: HistoryStacks, id: string): HistoryStacks {
  return { ...stacks, marks: [...stacks.marks, { id, depth: stacks.past.length }] };
}

/** How many steps were recorded since mark `id`, or null when no such gesture is open. */
export function stepsSince(stacks: HistoryStacks, id: string): number | null {
  const mark = stacks.marks.find((each) => each.id === id);
  return mark ? stacks.past.length - mark.depth : null;
}

/** One step made of several: the patches in order, the inverse patches in reverse order. */
export function merged(entries: readonly HistoryEntry[], label?: string): HistoryEntry {
  return {
    label: label ?? entries[0]?.label ?? '',
    patches: entries.flatMap((entry) => entry.patches),
    inversePatches: [...entries].reverse().flatMap((entry) => entry.inversePatches),
  };
}

/** The `count` newest steps folded into one; marks at or above them closed. */
export function squashedTop(stacks: HistoryStacks, count: number, label?: string): HistoryStacks {
  const depth = Math.max(0, stacks.past.length - count);
  const marks = stacks.marks.filter((mark) => mark.depth < depth);
  const top = stacks.past.slice(depth);
  if (top.length === 0) return { ...stacks, marks };
  if (top.length === 1 && label === undefined) return { ...stacks, marks };
  return {
    past: [...stacks.past.slice(0, depth), merged(top, label)],
    future: stacks.future,
    marks,
  };
}

/** The `count` newest steps taken off with nothing to redo; returns them, oldest first. */
export function bailedTop(
  stacks: HistoryStacks,
  count: number,
): { stacks: HistoryStacks; entries: readonly HistoryEntry[] } {
  const depth = Math.max(0, stacks.past.length - count);
  return {
    entries: stacks.past.slice(depth),
    stacks: {
      past: stacks.past.slice(0, depth),
      future: stacks.future,
      marks: stacks.marks.filter((mark) => mark.depth < depth),
    },
  };
}

/** The stacks to keep with a stored chart: the newest {@link KEPT_DEPTH} steps each way. */
export function keptHistory(stacks: Pick<HistoryStacks, 'past' | 'future'>): {
  past: HistoryEntry[];
  future: HistoryEntry[];
} {
  return { past: stacks.past.slice(-KEPT_DEPTH), future: stacks.future.slice(-KEPT_DEPTH) };
}

/** The last change to the chart or its history: where it came from and what the stacks did. */
export interface LastChange {
  /** Grows with every change, so a listener tells one change from the next. */
  id: number;
  origin: ChangeOrigin;
  step: HistoryStep;
}

let changeCounter = 0;

/** A new {@link LastChange}. */
export function changeOf(origin: ChangeOrigin, step: HistoryStep): LastChange {
  changeCounter += 1;
  return { id: changeCounter, origin, step };
}
