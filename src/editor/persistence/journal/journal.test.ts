import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleChart } from '../../../domain/samples/sample-chart';
import { createEditorStore, type EditorStore } from '../../store';
import { MemoryStorage } from '../__fixtures__/memory-storage';
import { openLibrary, type ChartLibrary } from '../chart-library';
import { bootChartSession, type ChartSession } from '../chart-library-session';
import type { LibrarySession } from '../chart-list-session';
import { decodeEntry, encodeEntry, JOURNAL_PREFIX, type JournalEntry } from './journal-entry';

const sessions: ChartSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
});

interface Page {
  store: EditorStore;
  session: ChartSession;
}

/** A "page" of the editor: boots on `factory` and `local`; its autosave never saves by itself. */
async function boot(
  factory: IDBFactory,
  local: MemoryStorage,
  options: { tab?: string; live?: string[]; closing?: string[] } = {},
): Promise<Page> {
  const store = createEditorStore(sampleChart());
  const session = await bootChartSession(store, {
    openLibrary: () => openLibrary({ indexedDB: factory, persist: false }),
    autosave: { channel: null, page: null, delay: 60_000, maxWait: 60_000 },
    local,
    liveTabs: async () => new Set(options.live ?? []),
    tabClosing: async (tab) => (options.closing ?? []).includes(tab),
    ...(options.tab ? { tab: options.tab } : {}),
  });
  if (!session) throw new Error('no session');
  sessions.push(session);
  return { store, session };
}

/** The page dies: nothing more is saved (its journal stays where it was written). */
async function crash(page: Page): Promise<void> {
  sessions.splice(sessions.indexOf(page.session), 1);
  page.session.dispose();
}

function titleOf(store: EditorStore, id: string): string | undefined {
  return store.getState().chart.roles.find((role) => role.id === id)?.title;
}

function rename(store: EditorStore, id: string, title: string): void {
  expect(store.getState().run({ type: 'updateRole', id, changes: { title } })).toBe(true);
}

async function libraryIn(factory: IDBFactory): Promise<ChartLibrary> {
  return openLibrary({ indexedDB: factory, persist: false });
}

/** Waits until a page's journal is in IndexedDB as well as in localStorage. */
async function archived(page: Page): Promise<void> {
  await (page.session as LibrarySession).journal.archived();
}

describe('the write-ahead journal', () => {
  it('brings back an edit a page did not live to save, with its undo step, and says so', async () => {
    const factory = new IDBFactory();
    const local = new MemoryStorage();
    const first = await boot(factory, local);
    await first.session.flush();
    rename(first.store, 'ceo', 'Renamed at once');
    await archived(first);
    await crash(first);

    const next = await boot(factory, local);
    expect(titleOf(next.store, 'ceo')).toBe('Renamed at once');
    expect(next.store.getState().notice).toMatchObject({
      tone: 'info',
      message: expect.stringContaining('Recovered one change to “Northwind Retail”'),
    });
    // Replayed, the journal is empty: in both copies.
    expect(local.keys(JOURNAL_PREFIX)).toEqual([]);
    expect(await (await libraryIn(factory)).journal.all()).toEqual([]);
    next.store.getState().undo();
    expect(titleOf(next.store, 'ceo')).toBe('Chief Executive Officer');
  });

  it('skips entries the library already holds: replaying is idempotent by version', async () => {
    const factory = new IDBFactory();
    const local = new MemoryStorage();
    const first = await boot(factory, local);
    rename(first.store, 'ceo', 'Saved');
    // The page dies between the save committing and its journal being compacted.
    const leftOver = local.keys(JOURNAL_PREFIX).map((key) => [key, local.getItem(key)!] as const);
    await first.session.flush();
    for (const [key, text] of leftOver) local.setItem(key, text);
    const library = await libraryIn(factory);
    const saved = await library.load(first.session.currentId());
    await crash(first);

    const next = await boot(factory, local);
    const again = await library.load(next.session.currentId());
    expect(again?.version).toBe(saved?.version);
    expect(titleOf(next.store, 'ceo')).toBe('Saved');
    expect(next.store.getState().notice).toBeNull();
    expect(local.keys(JOURNAL_PREFIX)).toEqual([]);
  });

  it('refuses a damaged entry by name, leaves the library as it was, and keeps the entry to download', async () => {
    const factory = new IDBFactory();
    const local = new MemoryStorage();
    const first = await boot(factory, local);
    await first.session.flush();
    const library = await libraryIn(factory);
    const before = await library.load(first.session.currentId());
    rename(first.store, 'ceo', 'Lost to damage');
    rename(first.store, 'coo', 'After the damage');
    await archived(first);
    await crash(first);
    // Damage the first entry in both copies: cut short.
    const [key] = local.keys(JOURNAL_PREFIX).sort();
    local.setItem(key!, local.getItem(key!)!.slice(0, -15));
    await (await libraryIn(factory)).journal.drop(key!.split(':')[2]!, before!.id, 1);

    const next = await boot(factory, local);
    // Never replayed half: the intact later entry is refused with the damaged one.
    expect(titleOf(next.store, 'ceo')).toBe('Chief Executive Officer');
    expect(titleOf(next.store, 'coo')).toBe('Chief Operating Officer');
    const after = await library.load(next.session.currentId());
    expect(after?.version).toBe(before?.version);
    expect(after?.chart).toEqual(before?.chart);
    const [refused] = next.session.unrecovered();
    expect(refused?.reason).toMatch(/^journal entry 1 is damaged: its checksum does not match/);
    expect(refused?.name).toBe('Northwind Retail');
    const file = JSON.parse(next.session.unrecoveredFile()) as { entries: { raw: string[] }[] };
    expect(file.entries.flatMap((entry) => entry.raw).join('\n')).toContain('After the damage');

    // Offered again on the next open until dismissed; then gone.
    await crash(next);
    const third = await boot(factory, local);
    expect(third.session.unrecovered()).toHaveLength(1);
    third.session.dismissUnrecovered();
    await crash(third);
    expect((await boot(factory, local)).session.unrecovered()).toEqual([]);
  });

  it('uses the intact copy when only one of the two is damaged', async () => {
    const factory = new IDBFactory();
    const local = new MemoryStorage();
    const first = await boot(factory, local);
    rename(first.store, 'ceo', 'From the other copy');
    await archived(first);
    await crash(first);
    for (const key of local.keys(JOURNAL_PREFIX)) local.setItem(key, 'garbage');

    const next = await boot(factory, local);
    expect(titleOf(next.store, 'ceo')).toBe('From the other copy');
    expect(next.session.unrecovered()).toEqual([]);
  });

  it('leaves a live tab’s journal alone, and merges it once that tab is gone into what another tab saved since', async () => {
    const factory = new IDBFactory();
    const local = new MemoryStorage();
    const crashed = await boot(factory, local, { tab: 'tab-crashed' });
    await crashed.session.flush();
    rename(crashed.store, 'ceo', 'From the crashed tab');
    await archived(crashed);
    await crash(crashed);

    // While its tab is alive, its journal is its own.
    const other = await boot(factory, local, { tab: 'tab-other', live: ['tab-crashed'] });
    expect(titleOf(other.store, 'ceo')).toBe('Chief Executive Officer');
    rename(other.store, 'coo', 'From the other tab');
    await other.session.flush();
    await crash(other);

    const next = await boot(factory, local);
    expect(titleOf(next.store, 'ceo')).toBe('From the crashed tab');
    expect(titleOf(next.store, 'coo')).toBe('From the other tab');
    expect(next.store.getState().notice?.message).toMatch(
      /merged with what another tab saved since/,
    );
  });

  it('replays at once the journal of a tab listed as alive that was only closing', async () => {
    const factory = new IDBFactory();
    const local = new MemoryStorage();
    const closed = await boot(factory, local, { tab: 'tab-closed' });
    await closed.session.flush();
    rename(closed.store, 'ceo', 'Renamed just before closing');
    await archived(closed);
    await crash(closed);

    // Its lock is still listed (its process is not gone yet), but it lets go of it.
    const next = await boot(factory, local, { live: ['tab-closed'], closing: ['tab-closed'] });
    expect(titleOf(next.store, 'ceo')).toBe('Renamed just before closing');
  });

  it('keeps a chart opened from a file before it was ever stored', async () => {
    const factory = new IDBFactory();
    const local = new MemoryStorage();
    const first = await boot(factory, local);
    await first.session.flush();
    const fromFile = { ...sampleChart(), name: 'From a file' };
    first.store.getState().load(fromFile);
    rename(first.store, 'ceo', 'Edited after opening');
    await archived(first);
    await crash(first);

    const next = await boot(factory, local);
    const names = (await next.session.list()).map((chart) => chart.name).sort();
    expect(names).toEqual(['From a file', 'Northwind Retail']);
    expect(next.store.getState().chart.name).toBe('From a file');
    expect(titleOf(next.store, 'ceo')).toBe('Edited after opening');
  });

  it('keeps a view change, a list rename and a deletion made just before the page died', async () => {
    const factory = new IDBFactory();
    const local = new MemoryStorage();
    const first = await boot(factory, local);
    await first.session.create('empty');
    const empty = first.session.currentId();
    await first.session.create('sample');
    const sample = first.session.currentId();
    first.store.getState().flip();
    await archived(first);
    await crash(first);

    const next = await boot(factory, local);
    expect(next.session.currentId()).toBe(sample);
    expect(next.store.getState().view).toBe('traditional');
    expect(await next.session.rename(empty, 'Plan B')).toBe(true);
    expect(await next.session.remove(sample)).toBe(true);
    expect((await next.session.list()).map((chart) => chart.name).sort()).toEqual([
      'Northwind Retail',
      'Plan B',
    ]);
  });
});

describe('journal entries', () => {
  const entry: JournalEntry = {
    tab: 'tab-1',
    seq: 3,
    chartId: 'chart-1',
    at: 1,
    version: 2,
    change: { kind: 'view', view: 'traditional' },
  };

  it('read back whole', () => {
    expect(decodeEntry(encodeEntry(entry))).toEqual({ ok: true, entry });
  });

  it('are refused by name when damaged, foreign or newer', () => {
    const text = encodeEntry(entry);
    expect(decodeEntry(text.replace('traditional', 'customer-first'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('checksum does not match'),
    });
    expect(decodeEntry('{"not": "an entry"}')).toMatchObject({
      problem: 'it is not an Upturn journal entry',
    });
    expect(decodeEntry(text.replace('upturn-journal/1', 'upturn-journal/9'))).toMatchObject({
      problem: 'it was written by a newer Upturn',
    });
    const wrong = encodeEntry({
      ...entry,
      change: { kind: 'view', view: 'sideways' as 'traditional' },
    });
    expect(decodeEntry(wrong)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('change.view'),
    });
    expect(decodeEntry(null)).toMatchObject({ ok: false });
  });
});
