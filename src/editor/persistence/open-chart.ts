/**
 * The stored chart the editor shows: its id, the version last stored or
 * loaded, and the state that version holds. Storing a snapshot of the store
 * is an optimistic write on that version (refused as stale when another tab
 * moved on), carrying the undo history and the journal mark of the entries
 * it holds, which are then compacted out of the journal.
 */
import type { Chart, View } from '../../domain/chart';
import { keptHistory, type HistoryEntry, type LastChange } from '../history/history';
import type { EditorState } from '../store';
import type { ChartLibrary } from './chart-library';
import type { TabJournal } from './journal/tab-journal';

/** What one write stores: the chart, its view and history, and how far into the journal it goes. */
export interface Snapshot {
  chart: Chart;
  view: View;
  history: { past: HistoryEntry[]; future: HistoryEntry[] };
  change: LastChange | null;
  /** The newest journal entry of this tab that the snapshot holds. */
  seq: number;
}

/** The store's state now, as a snapshot of chart `chartId`. */
export function snapshotOf(state: EditorState, journal: TabJournal, chartId: string): Snapshot {
  return {
    chart: state.chart,
    view: state.view,
    history: keptHistory(state),
    change: state.lastChange,
    seq: journal.written(chartId),
  };
}

/**
 * Stores `snapshot` as chart `id` over `version` (creating it when `version`
 * is 0: not stored yet); resolves with the new version. Rejects with
 * StaleWriteError when the stored chart moved on, or the library's error.
 */
export async function storeSnapshot(
  library: ChartLibrary,
  journal: TabJournal,
  target: { id: string; version: number },
  snapshot: Snapshot,
): Promise<number> {
  const mark = { tab: journal.tab, seq: snapshot.seq };
  let version: number;
  if (target.version === 0) {
    const created = await library.create(snapshot.chart, snapshot.view, {
      id: target.id,
      history: snapshot.history,
      journal: mark,
    });
    version = created.version;
  } else {
    const saved = await library.save({
      id: target.id,
      chart: snapshot.chart,
      view: snapshot.view,
      baseVersion: target.version,
      history: snapshot.history,
      journal: mark,
    });
    version = saved.version;
  }
  journal.compacted(target.id, snapshot.seq);
  return version;
}

export class OpenChart {
  /** The state the stored version holds (null: nothing stored yet). */
  private saved: Pick<Snapshot, 'chart' | 'view' | 'change'> | null;

  constructor(
    public id: string,
    public version: number,
    state: Pick<EditorState, 'chart' | 'view' | 'lastChange'>,
  ) {
    this.saved = { chart: state.chart, view: state.view, change: state.lastChange };
  }

  /** True while `state` holds chart or view changes the stored version lacks. */
  dirty(state: Pick<EditorState, 'chart' | 'view'>): boolean {
    return !this.saved || state.chart !== this.saved.chart || state.view !== this.saved.view;
  }

  /** True when the stored version holds all of `state`, its history too. */
  holds(state: Pick<EditorState, 'chart' | 'view' | 'lastChange'>): boolean {
    return !this.dirty(state) && state.lastChange === this.saved?.change;
  }

  /** `snapshot` is stored now as `version`. */
  stored(version: number, snapshot: Pick<Snapshot, 'chart' | 'view' | 'change'>): void {
    this.version = version;
    this.saved = { chart: snapshot.chart, view: snapshot.view, change: snapshot.change };
  }

  /** The store shows another stored chart now; `holding` is what of it is stored (null: nothing yet). */
  became(
    id: string,
    version: number,
    holding: Pick<Snapshot, 'chart' | 'view' | 'change'> | null,
  ): void {
    this.id = id;
    this.version = version;
    this.saved = holding && { chart: holding.chart, view: holding.view, change: holding.change };
  }
}
