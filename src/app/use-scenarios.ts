/**
 * What the app does for scenarios: "New scenario", opening the compare view
 * on the right pair, adopting a scenario into its base (one undoable step,
 * the base's previous content kept as a chart of its own), and the
 * comparison's exports.
 */
import { useCallback, useState } from 'react';
import type { Chart, View } from '../domain/chart';
import { adoptCommands } from '../domain/scenarios/adopt-commands';
import { analysisOf, layoutOf } from '../editor/derived';
import type { ChartSession } from '../editor/persistence/chart-library-session';
import type { EditorStore } from '../editor/store';
import { saveFile } from '../files/export/download-browser';
import { slugify } from '../files/export/file-names';
import { chartToSvg } from '../files/image/svg-export';
import { changesToCsv } from '../files/scenarios/changes-csv';
import type { Comparison } from '../ui/scenarios/compare-model';
import type { CompareSelection } from '../ui/scenarios/compare-view';
import { DISTANCE_PLOT, SPAN_PLOT, type ScenarioFigures } from '../ui/scenarios/figures-region';
import { useOpenSummary } from '../ui/scenarios/use-open-summary';
import { VIEW_NAMES } from '../theme/view-names';

function chartSvg(chart: Chart, view: View): string {
  return chartToSvg(chart, layoutOf(chart, view), analysisOf(chart), {
    view,
    heading: '',
    embedChart: false,
  });
}

export function useScenarios(store: EditorStore, session: ChartSession | null) {
  const summary = useOpenSummary(session);
  const [compare, setCompare] = useState<CompareSelection | null>(null);
  const { current, charts } = summary;

  const newScenario = useCallback(async () => {
    if (!session) return;
    const created = await session.createScenario();
    if (created) {
      store
        .getState()
        .notify(`Created the scenario “${created.name}”: edits here leave the base as it is.`);
    }
    await summary.refresh();
  }, [session, store, summary]);

  /** The scenario against its base; a base against its newest scenario; else against another chart. */
  const pairFor = (): CompareSelection | null => {
    if (!current) return null;
    if (current.baseId && charts.some((chart) => chart.id === current.baseId)) {
      return { baseId: current.baseId, scenarioId: current.id };
    }
    const scenario = charts.find((chart) => chart.baseId === current.id);
    if (scenario) return { baseId: current.id, scenarioId: scenario.id };
    const other = charts.find((chart) => chart.id !== current.id);
    return other ? { baseId: other.id, scenarioId: current.id } : null;
  };
  const pair = pairFor();

  const openCompare = useCallback(async () => {
    if (!session || !pair) return;
    if (!(await session.flush())) return;
    setCompare(pair);
  }, [session, pair]);

  const adopt = useCallback(
    async (baseId: string, scenario: Chart): Promise<boolean> => {
      if (!session) return false;
      const base = await session.load(baseId);
      if (!base) {
        store.getState().notify('The base chart is no longer stored.', 'error');
        return false;
      }
      const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date());
      const kept = await session.duplicate(baseId, `${base.name} (before adopt ${day})`);
      if (!kept || !(await session.open(baseId))) return false;
      const commands = adoptCommands(store.getState().chart, scenario);
      if (commands.length > 0 && !store.getState().run(commands, 'Adopt scenario')) return false;
      store
        .getState()
        .notify(
          `Adopted “${scenario.name}” into “${base.name}”. Undo reverts it; the previous content is kept as “${kept.name}”.`,
        );
      await summary.refresh();
      return true;
    },
    [session, store, summary],
  );

  const exportPdf = useCallback(
    async (comparison: Comparison, figures: ScenarioFigures, view: View) => {
      try {
        const { comparisonToPdf } = await import('../files/scenarios/comparison-pdf-browser');
        const bytes = await comparisonToPdf({
          baseName: comparison.base.name,
          scenarioName: comparison.scenario.name,
          viewName: `${VIEW_NAMES[view]} view`,
          rows: figures.rows,
          spans: figures.spans,
          distances: figures.distances,
          spanPlot: SPAN_PLOT,
          distancePlot: DISTANCE_PLOT,
          flags: figures.flags,
          groups: comparison.groups,
          baseSvg: chartSvg(comparison.base, view),
          scenarioSvg: chartSvg(comparison.scenario, view),
        });
        saveFile(bytes, `${slugify(comparison.scenario.name)}-comparison.pdf`, 'application/pdf');
      } catch (error) {
        const reason = error instanceof Error ? ` (${error.message})` : '';
        store.getState().notify(`The comparison PDF could not be made${reason}.`, 'error');
      }
    },
    [store],
  );

  const exportCsv = useCallback((comparison: Comparison) => {
    const csv = changesToCsv(comparison.groups, comparison.base, comparison.scenario);
    saveFile(`\uFEFF${csv}`, `${slugify(comparison.scenario.name)}-changes.csv`, 'text/csv');
  }, []);

  return {
    charts,
    canStore: session !== null,
    canCompare: session !== null && pair !== null,
    compare,
    closeCompare: () => setCompare(null),
    newScenario,
    openCompare,
    adopt,
    exportPdf,
    exportCsv,
  };
}
