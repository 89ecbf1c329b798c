/**
 * Opens a chart read from a file as a new chart. The chart session's
 * autosave keeps a chart `load`ed into the store as a new stored chart, after
 * saving the one it replaces (autosave.ts, `keepLoaded`), so loading is all it
 * takes to never overwrite the open chart; the name is made unique among the
 * stored charts so the chart list tells them apart.
 */
import type { Chart } from '../domain/chart';
import type { ChartSession } from '../editor/persistence/chart-library-session';
import type { EditorStore } from '../editor/store';
import { uniqueChartName } from '../files/export/file-names';

/** Loads `chart` as a new chart (not an undo step), in the customer-first view, and says so. */
export async function openImportedChart(
  store: EditorStore,
  session: ChartSession | null,
  chart: Chart,
  warnings: readonly string[] = [],
): Promise<void> {
  let name = chart.name.trim() || 'Imported chart';
  if (session) {
    try {
      name = uniqueChartName(
        name,
        (await session.list()).map((summary) => summary.name),
      );
    } catch {
      // The list could not be read: the name may repeat, nothing is lost.
    }
  }
  store.getState().load({ ...chart, name }, { view: 'customer-first' });
  const roles = chart.roles.length;
  const customers = chart.customers.length;
  const summary = `Opened “${name}”: ${roles.toLocaleString('en')} ${roles === 1 ? 'role' : 'roles'}, ${customers} customer ${customers === 1 ? 'group' : 'groups'}.`;
  const kept = session
    ? ' The chart you had open is kept in your chart list.'
    : ' This browser is not keeping charts: export to keep a copy.';
  store
    .getState()
    .notify(`${summary}${kept}${warnings.length > 0 ? ` ${warnings.join(' ')}` : ''}`);
}
