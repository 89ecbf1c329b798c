/** Boots chart sessions on a fake IndexedDB, as the session tests' "pages". */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { sampleChart } from '../../../domain/samples/sample-chart';
import { openLibrary, type ChartLibrary } from '../chart-library';
import { bootChartSession, type ChartSession } from '../chart-library-session';
import { createEditorStore, type EditorStore } from '../../store';

const sessions: ChartSession[] = [];
// Registered in every test file that imports this module: no session outlives its test.
afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
});

/** Opens the chart library kept in `factory`, without asking the browser to persist it. */
export function libraryIn(factory: IDBFactory): Promise<ChartLibrary> {
  return openLibrary({ indexedDB: factory, persist: false });
}

/** Boots a "page": a store holding the sample (as App makes it) and a session on `factory`. */
export async function boot(
  factory: IDBFactory,
): Promise<{ store: EditorStore; session: ChartSession }> {
  const store = createEditorStore(sampleChart());
  const session = await bootChartSession(store, {
    openLibrary: () => libraryIn(factory),
    autosave: { channel: null, page: null },
  });
  if (!session) throw new Error('no session');
  sessions.push(session);
  return { store, session };
}
