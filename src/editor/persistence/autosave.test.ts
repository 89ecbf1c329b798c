import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Chart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { startAutosave } from './autosave';
import {
  addRole,
  firstChart,
  openTab,
  running,
  stopTabs,
  titles,
} from './__fixtures__/autosave-fixtures';
import { openLibrary, type ChartLibrary } from './chart-library';
import { createEditorStore } from '../store';

afterEach(stopTabs);

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
