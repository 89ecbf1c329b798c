/**
 * What the autosave writes to the journal for each change of the store, in
 * the same task as the change: the chart's records that changed and what the
 * undo stacks did (so undo survives a reload), the view, or a chart loaded
 * in full. Only the chart and the view are the user's work: selection, folds
 * and the viewport are view state (chart-place.ts).
 */
import { chartToDocument } from '../../files/upturn-json/upturn-json';
import type { Chart, View } from '../../domain/chart';
import type { EditorState } from '../store';
import { diffCharts } from './journal/record-diff';
import type { TabJournal } from './journal/tab-journal';

/** Journals the change from `previous` to `state` of chart `chartId` (stored as `version`). */
export function journalChange(
  journal: TabJournal,
  chartId: string,
  version: number,
  state: EditorState,
  previous: EditorState,
): void {
  const stepped = state.lastChange !== previous.lastChange && state.lastChange !== null;
  if (state.chart !== previous.chart || stepped) {
    journal.write(chartId, version, {
      kind: 'edit',
      origin: stepped ? state.lastChange!.origin : 'remote',
      diff: diffCharts(previous.chart, state.chart),
      step: stepped ? state.lastChange!.step : { kind: 'keep' },
    });
  }
  if (state.view !== previous.view)
    journal.write(chartId, version, { kind: 'view', view: state.view });
}

/** Journals a chart about to be stored in full as `chartId` (a file opened, a new chart). */
export function journalNewChart(
  journal: TabJournal,
  chartId: string,
  chart: Chart,
  view: View,
): number {
  return journal.write(chartId, 0, {
    kind: 'chart',
    document: JSON.stringify(chartToDocument(chart)),
    view,
  });
}
