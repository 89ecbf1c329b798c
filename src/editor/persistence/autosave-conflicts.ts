/**
 * The autosave's work with other tabs and other loads: following another
 * tab's save of the open chart, keeping this tab's work as a copy when both
 * changed it, and keeping a chart loaded from a file as a new chart. Each
 * runs inside the session's queue, one operation at a time.
 */
import type { Chart, View } from '../../domain/chart';
import type { AutosaveEvent } from './autosave';
import type { LibraryMessage } from './autosave-channel';
import type { ChartLibrary, StoredChart } from './chart-library';
import type { EditorState, EditorStore } from '../store';

type Announcement =
  { type: 'saved'; id: string; version: number } | { type: 'created' | 'removed'; id: string };

/** What the conflict handling reads and changes in the autosave session. */
export interface ConflictSession {
  /** This tab's id on the channel. */
  readonly tab: string;
  readonly disposed: boolean;
  readonly store: EditorStore;
  readonly library: ChartLibrary;
  chartId: string;
  version: number;
  savedChart: Chart;
  savedView: View;
  pendingSince: number | null;
  /** True while the session itself replaces the store's chart, so the store listener ignores it. */
  applying: boolean;
  readonly dirty: boolean;
  saveNow(): Promise<boolean>;
  write(chart: Chart, view: View, live?: boolean): Promise<boolean>;
  schedule(): void;
  cancelTimer(): void;
  announce(message: Announcement): void;
  emit(event: AutosaveEvent): void;
  notify(message: string): void;
  saveFailed(error: unknown): void;
  enqueue<T>(work: () => Promise<T>): Promise<T>;
}

export function newTabId(): string {
  return `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The store changed: schedule a save, or keep a chart someone else loaded as a new chart. */
export function followStore(
  session: ConflictSession,
  state: EditorState,
  previous: EditorState,
): void {
  if (session.applying || session.disposed) return;
  if (state.chart === previous.chart && state.view === previous.view) return;
  // Only `load` leaves both histories empty after a chart change (run always
  // adds an undo step, undo a redo step): someone else loaded a chart.
  if (state.chart !== previous.chart && state.past.length === 0 && state.future.length === 0) {
    session.cancelTimer();
    const before = { chart: previous.chart, view: previous.view };
    void session.enqueue(() => keepLoaded(session, before));
    return;
  }
  session.schedule();
}

/** Another tab changed the library: refresh the list, and follow a newer save of the open chart. */
export function followMessage(session: ConflictSession, message: LibraryMessage): void {
  if (session.disposed || message.tab === session.tab) return;
  session.emit({ type: 'list' });
  if (message.id !== session.chartId) return;
  if (message.type === 'saved' && message.version > session.version) {
    void session.enqueue(() => catchUp(session));
  }
  // A chart removed elsewhere stays open here; the next change is kept as a copy (see fork).
}

/** Another tab saved the open chart: take theirs if this tab has nothing unsaved; else keep ours apart. */
export async function catchUp(session: ConflictSession): Promise<void> {
  if (session.dirty) {
    await session.saveNow(); // refused as stale: forks
    return;
  }
  let stored: StoredChart | null;
  try {
    stored = await session.library.load(session.chartId);
  } catch (error) {
    session.notify(`The chart changed in another tab but could not be read. ${describe(error)}`);
    return;
  }
  if (!stored || stored.version <= session.version) return;
  if (session.dirty) {
    // An edit arrived while reading: it is based on the old version.
    await session.saveNow();
    return;
  }
  applyStored(session, stored);
}

/**
 * The stored chart moved on (another tab saved or deleted it) while this
 * tab changed it too: keep this tab's work as a new chart, overwrite nothing.
 */
export async function fork(
  session: ConflictSession,
  chart: Chart,
  view: View,
  { removed, live }: { removed: boolean; live: boolean },
): Promise<boolean> {
  const original = chart.name;
  const name = `${original} (copy from another tab)`;
  let copy: StoredChart;
  try {
    copy = await session.library.create({ ...chart, name }, view);
  } catch (error) {
    session.saveFailed(error);
    return false;
  }
  const message = removed
    ? `“${original}” was deleted in another tab. Your work here is kept as “${name}”.`
    : `“${original}” was also changed in another tab. Nothing was overwritten: your version is kept as “${name}”, the other tab’s under the original name.`;
  if (!live) {
    // The store has moved on to another chart; the copy is only kept in the list.
    session.announce({ type: 'created', id: copy.id });
    session.notify(message);
    return true;
  }
  session.chartId = copy.id;
  session.version = copy.version;
  // The store's chart takes the copy's name without an undo step (this is
  // bookkeeping, not an edit) and keeps its history.
  const current = session.store.getState().chart;
  const renamed: Chart = { ...current, name };
  session.applying = true;
  try {
    session.store.setState((state) => ({ chart: renamed, revision: state.revision + 1 }));
  } finally {
    session.applying = false;
  }
  if (current === chart) {
    session.savedChart = renamed;
    session.savedView = view;
  } else {
    session.schedule(); // edits made during the copy go to the copy next
  }
  await rememberOpened(session);
  session.announce({ type: 'created', id: copy.id });
  session.emit({ type: 'current', id: copy.id, reason: 'forked' });
  session.notify(message);
  return true;
}

/** Someone loaded a chart into the store (a file): keep it as a new chart after saving the one it replaced. */
export async function keepLoaded(
  session: ConflictSession,
  before: { chart: Chart; view: View },
): Promise<void> {
  if (before.chart !== session.savedChart || before.view !== session.savedView) {
    await session.write(before.chart, before.view, false);
  }
  const { chart, view } = session.store.getState();
  let created: StoredChart;
  try {
    created = await session.library.create(chart, view);
  } catch (error) {
    session.saveFailed(error);
    return;
  }
  session.chartId = created.id;
  session.version = created.version;
  session.savedChart = chart;
  session.savedView = view;
  if (session.dirty) session.schedule();
  await rememberOpened(session);
  session.announce({ type: 'created', id: created.id });
  session.emit({ type: 'current', id: created.id, reason: 'kept-load' });
}

/** Shows a stored chart: a load, never an undo step. */
export function applyStored(session: ConflictSession, stored: StoredChart): void {
  session.cancelTimer();
  session.pendingSince = null;
  session.applying = true;
  try {
    session.store.getState().load(stored.chart, { view: stored.view });
  } finally {
    session.applying = false;
  }
  const { chart, view } = session.store.getState();
  session.chartId = stored.id;
  session.version = stored.version;
  session.savedChart = chart;
  session.savedView = view;
}

/** Records the open chart as the one to open next time. */
export async function rememberOpened(session: ConflictSession): Promise<void> {
  try {
    await session.library.setLastOpened(session.chartId);
  } catch {
    // Only decides what opens next time; a failure here loses no work.
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
