/**
 * Keeping work apart instead of overwriting: when the stored chart moved on
 * in another tab (saved or deleted) while this tab changed it too, this
 * tab's version is stored as a new chart, "<name> (copy from another tab)".
 * The copy holds this tab's journal entries about the original, so they are
 * forgotten there (the original never gets them twice).
 */
import { newChartId } from './stored-records';
import type { ChartLibrary } from './chart-library';
import type { Snapshot } from './open-chart';
import type { TabJournal } from './journal/tab-journal';

/** The name a copy kept after a conflict takes. */
export function copyName(name: string): string {
  return `${name} (copy from another tab)`;
}

/** What the user is told when their work was kept as a copy. */
export function copyMessage(original: string, removed: boolean): string {
  const name = copyName(original);
  return removed
    ? `“${original}” was deleted in another tab. Your work here is kept as “${name}”.`
    : `“${original}” was also changed in another tab. Nothing was overwritten: your version is kept as “${name}”, the other tab’s under the original name.`;
}

/** Stores `snapshot` of chart `fromId` as a new chart named as a copy; resolves with its id. */
export async function storeCopy(
  library: ChartLibrary,
  journal: TabJournal,
  fromId: string,
  snapshot: Snapshot,
): Promise<{ id: string; version: number; name: string }> {
  const id = newChartId();
  const name = copyName(snapshot.chart.name);
  const copy = await library.create({ ...snapshot.chart, name }, snapshot.view, {
    id,
    history: snapshot.history,
    journal: { tab: journal.tab, seq: snapshot.seq },
  });
  journal.forget(fromId, snapshot.seq);
  // Changes made while the copy was stored were journalled under the original: the copy's now.
  journal.alias(fromId, id);
  return { id, version: copy.version, name };
}
