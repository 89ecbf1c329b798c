import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Chart } from '../domain/chart';
import type { Command } from '../domain/commands';
import { sampleChart } from '../domain/sample-chart';
import { startAutosave, type Autosave, type AutosaveOptions } from './autosave';
import type { LibraryChannel, LibraryMessage } from './autosave-channel';
import { openLibrary, type ChartLibrary, type StoredChart } from './chart-library';
import { createEditorStore, type EditorStore } from './store';

/** An in-memory stand-in for BroadcastChannel('upturn'): every tab but the sender hears a message. */
function channelHub() {
  const tabs = new Set<(message: LibraryMessage) => void>();
  const hub = {
    /** While true, messages are lost (a browser without BroadcastChannel, a closed tab). */
    mute: false,
    channel(): LibraryChannel {
      let own: ((message: LibraryMessage) => void) | null = null;
      return {
        post(message) {
          if (hub.mute) return;
          for (const listener of [...tabs]) if (listener !== own) listener(message);
        },
        listen(listener) {
          own = listener;
          tabs.add(listener);
          return () => tabs.delete(listener);
        },
        close() {},
      };
    },
  };
  return hub;
}

const running: Autosave[] = [];
afterEach(() => {
  for (const autosave of running.splice(0)) autosave.dispose();
  vi.useRealTimers();
});

interface Tab {
  store: EditorStore;
  library: ChartLibrary;
  autosave: Autosave;
}

/** Opens stored chart `stored` in a new "tab": its own connection, store and autosave. */
async function openTab(
  factory: IDBFactory,
  stored: Pick<StoredChart, 'id'>,
  options: AutosaveOptions = {},
): Promise<Tab> {
  const library = await openLibrary({ indexedDB: factory, persist: false });
  const loaded = await library.load(stored.id);
  if (!loaded) throw new Error('not stored');
  const store = createEditorStore(loaded.chart, loaded.view);
  const autosave = startAutosave(store, library, loaded, { channel: null, page: null, ...options });
  running.push(autosave);
  return { store, library, autosave };
}

async function firstChart(factory: IDBFactory, chart: Chart = sampleChart()) {
  const library = await openLibrary({ indexedDB: factory, persist: false });
  const stored = await library.create(chart);
  library.close();
  return stored;
}

function addRole(store: EditorStore, id: string, title = id): void {
  const command: Command = {
    type: 'addRole',
    role: { id, title, headcount: 1, reportsTo: 'ceo', serves: ['shoppers'] },
  };
  expect(store.getState().run(command)).toBe(true);
}

function titles(chart: Chart | undefined): string[] {
  return (chart?.roles ?? []).map((role) => role.title);
}

describe('autosave', () => {
  it('saves a change after a short quiet time, and never later than a second into a stream of edits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const factory = new IDBFactory();
    const { store, library, autosave } = await openTab(factory, await firstChart(factory));

    addRole(store, 'r1', 'Buyer');
    expect(autosave.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(299);
    expect((await library.load(autosave.chartId))?.version).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await autosave.flush();
    expect(autosave.dirty).toBe(false);
    expect(titles((await library.load(autosave.chartId))?.chart)).toContain('Buyer');

    // Edits every 200 ms never leave 300 ms of quiet; the save still comes within a second.
    const before = (await library.load(autosave.chartId))!.version;
    for (let i = 0; i < 5; i++) {
      addRole(store, `s${i}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect((await library.load(autosave.chartId))!.version).toBeGreaterThan(before);
  });

  it('saves the view too: the chart reopens exactly as it was', async () => {
    const factory = new IDBFactory();
    const stored = await firstChart(factory);
    const { store, autosave } = await openTab(factory, stored);
    store.getState().flip();
    addRole(store, 'r1', 'Greeter');
    await autosave.flush();

    const reopened = await openTab(factory, stored);
    expect(reopened.store.getState().view).toBe('traditional');
    expect(titles(reopened.store.getState().chart)).toContain('Greeter');
    expect(reopened.store.getState().chart).toEqual(store.getState().chart);
  });

  it('flushes when the page is hidden or left', async () => {
    const factory = new IDBFactory();
    const page = {
      window: new EventTarget(),
      document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
    };
    const { store, library, autosave } = await openTab(factory, await firstChart(factory), {
      page,
      delay: 60_000,
      maxWait: 60_000,
    });

    addRole(store, 'r1', 'Hidden');
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    await autosave.exclusive(async () => undefined);
    expect(titles((await library.load(autosave.chartId))?.chart)).toContain('Hidden');

    addRole(store, 'r2', 'Left');
    page.window.dispatchEvent(new Event('pagehide'));
    await autosave.exclusive(async () => undefined);
    expect(titles((await library.load(autosave.chartId))?.chart)).toContain('Left');
  });

  it('shows an error when a write fails, keeps the chart in memory, and retries on the next change', async () => {
    const factory = new IDBFactory();
    const tab = await openTab(factory, await firstChart(factory));
    const real = await openLibrary({ indexedDB: factory, persist: false });
    let full = true;
    const failing: ChartLibrary = {
      ...real,
      list: () => real.list(),
      load: (id) => real.load(id),
      create: (chart, view) => real.create(chart, view),
      setLastOpened: (id) => real.setLastOpened(id),
      save: (request) =>
        full
          ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))
          : real.save(request),
    };
    const store = createEditorStore(tab.store.getState().chart);
    tab.autosave.dispose();
    const autosave = startAutosave(
      store,
      failing,
      { id: tab.autosave.chartId, version: 1 },
      {
        channel: null,
        page: null,
      },
    );
    running.push(autosave);

    addRole(store, 'r1', 'Unsaved');
    expect(await autosave.flush()).toBe(false);
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      message: expect.stringMatching(/storage is full/),
    });
    expect(titles(store.getState().chart)).toContain('Unsaved');
    expect(autosave.dirty).toBe(true);
    expect((await real.load(autosave.chartId))?.version).toBe(1);

    full = false;
    addRole(store, 'r2', 'Second');
    expect(await autosave.flush()).toBe(true);
    const saved = await real.load(autosave.chartId);
    expect(titles(saved?.chart)).toEqual(expect.arrayContaining(['Unsaved', 'Second']));
    expect(autosave.dirty).toBe(false);
  });

  it('loads a newer save from another tab when this tab has no unsaved edits, not as an undo step', async () => {
    const factory = new IDBFactory();
    const hub = channelHub();
    const stored = await firstChart(factory);
    const a = await openTab(factory, stored, { channel: hub.channel() });
    const b = await openTab(factory, stored, { channel: hub.channel() });

    addRole(a.store, 'r1', 'From A');
    a.store.getState().flip();
    await a.autosave.flush();
    await b.autosave.flush(); // waits for B to catch up

    expect(b.store.getState().chart).toEqual(a.store.getState().chart);
    expect(b.store.getState().view).toBe('traditional');
    expect(b.store.getState().past).toEqual([]);
    expect(b.autosave.version).toBe(a.autosave.version);

    // B edits on top of A's version: a normal save, nothing forked.
    addRole(b.store, 'r2', 'From B');
    await b.autosave.flush();
    await a.autosave.flush();
    expect(titles(a.store.getState().chart)).toEqual(expect.arrayContaining(['From A', 'From B']));
    expect(await a.library.list()).toHaveLength(1);
  });

  it('never overwrites when both tabs changed the chart: this tab keeps its work as a copy', async () => {
    const factory = new IDBFactory();
    const hub = channelHub();
    const stored = await firstChart(factory);
    const a = await openTab(factory, stored, { channel: hub.channel() });
    const b = await openTab(factory, stored, {
      channel: hub.channel(),
      delay: 60_000,
      maxWait: 60_000,
    });

    addRole(b.store, 'b1', 'Only in B'); // unsaved in B
    addRole(a.store, 'a1', 'Only in A');
    await a.autosave.flush();
    await b.autosave.flush();

    // A's save stands under the original name.
    const original = await a.library.load(stored.id);
    expect(original?.name).toBe('Northwind Retail');
    expect(titles(original?.chart)).toContain('Only in A');
    expect(titles(original?.chart)).not.toContain('Only in B');
    // B's work is a new chart, and B now edits that one, its history intact.
    expect(b.autosave.chartId).not.toBe(stored.id);
    const copy = await a.library.load(b.autosave.chartId);
    expect(copy?.name).toBe('Northwind Retail (copy from another tab)');
    expect(titles(copy?.chart)).toContain('Only in B');
    expect(titles(copy?.chart)).not.toContain('Only in A');
    expect(b.store.getState().chart.name).toBe('Northwind Retail (copy from another tab)');
    expect(b.store.getState().past).toHaveLength(1);
    expect(b.store.getState().notice).toMatchObject({
      tone: 'error',
      message: expect.stringContaining('copy from another tab'),
    });

    // A is told of the new chart but stays on its own.
    expect(a.autosave.chartId).toBe(stored.id);
    expect(await a.library.list()).toHaveLength(2);
  });

  it('never overwrites even when the other tab’s message is lost: the stale write is refused', async () => {
    const factory = new IDBFactory();
    const hub = channelHub();
    hub.mute = true;
    const stored = await firstChart(factory);
    const a = await openTab(factory, stored, { channel: hub.channel() });
    const b = await openTab(factory, stored, { channel: hub.channel() });

    addRole(a.store, 'a1', 'Only in A');
    await a.autosave.flush();
    addRole(b.store, 'b1', 'Only in B');
    await b.autosave.flush();

    expect(titles((await a.library.load(stored.id))?.chart)).not.toContain('Only in B');
    expect(titles((await a.library.load(b.autosave.chartId))?.chart)).toContain('Only in B');
    expect(b.autosave.chartId).not.toBe(stored.id);
  });

  it('keeps this tab’s work as a copy when another tab deleted the chart', async () => {
    const factory = new IDBFactory();
    const hub = channelHub();
    const stored = await firstChart(factory);
    const a = await openTab(factory, stored, { channel: hub.channel() });
    const b = await openTab(factory, stored, { channel: hub.channel() });

    await a.library.remove(stored.id);
    a.autosave.announce({ type: 'removed', id: stored.id });
    addRole(b.store, 'b1', 'Still wanted');
    await b.autosave.flush();

    const copy = await a.library.load(b.autosave.chartId);
    expect(copy?.name).toBe('Northwind Retail (copy from another tab)');
    expect(titles(copy?.chart)).toContain('Still wanted');
    expect(b.store.getState().notice?.message).toMatch(/deleted in another tab/);
  });

  it('keeps a chart loaded from a file as a new chart, leaving the open one as it was', async () => {
    const factory = new IDBFactory();
    const stored = await firstChart(factory);
    const { store, library, autosave } = await openTab(factory, stored);
    addRole(store, 'r1', 'Before the file');

    const fromFile: Chart = {
      ...sampleChart(),
      name: 'From a file',
      roles: sampleChart().roles.slice(0, 1),
    };
    store.getState().load(fromFile);
    await autosave.flush();

    expect(autosave.chartId).not.toBe(stored.id);
    expect((await library.load(autosave.chartId))?.chart).toEqual(fromFile);
    // The chart that was open keeps its last edit: the way back.
    expect(titles((await library.load(stored.id))?.chart)).toContain('Before the file');
    expect(await library.lastOpened()).toBe(autosave.chartId);
  });

  it('switches to another stored chart, saving the open one first', async () => {
    const factory = new IDBFactory();
    const stored = await firstChart(factory);
    const { store, library, autosave } = await openTab(factory, stored);
    const other = await library.create({ ...sampleChart(), name: 'Other' }, 'traditional');

    addRole(store, 'r1', 'Saved on the way out');
    expect(await autosave.open(other.id)).toBe(true);
    expect(store.getState().chart.name).toBe('Other');
    expect(store.getState().view).toBe('traditional');
    expect(store.getState().past).toEqual([]);
    expect(autosave.chartId).toBe(other.id);
    expect(await library.lastOpened()).toBe(other.id);
    expect(titles((await library.load(stored.id))?.chart)).toContain('Saved on the way out');
  });
});
