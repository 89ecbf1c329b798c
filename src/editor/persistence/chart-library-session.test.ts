import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyChart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { bootChartSession, MEMORY_ONLY_MESSAGE } from './chart-library-session';
import { createEditorStore } from '../store';
import { boot, libraryIn } from './__fixtures__/session-boot';

describe('booting from the chart library', () => {
  it('keeps the sample as the first chart on a first run', async () => {
    const factory = new IDBFactory();
    const { store, session } = await boot(factory);
    const library = await libraryIn(factory);
    const list = await library.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Northwind Retail', roles: sampleChart().roles.length });
    expect(await library.lastOpened()).toBe(session.currentId());
    expect(store.getState().chart).toEqual(sampleChart());
  });

  it('reopens the chart opened last, view included, with no undo step', async () => {
    const factory = new IDBFactory();
    const library = await libraryIn(factory);
    await library.create(emptyChart('Older'));
    const last = await library.create({ ...sampleChart(), name: 'Plan B' }, 'traditional');
    await library.create(emptyChart('Newest but not last opened'));
    await library.setLastOpened(last.id);

    const { store, session } = await boot(factory);
    expect(session.currentId()).toBe(last.id);
    expect(store.getState().chart.name).toBe('Plan B');
    expect(store.getState().view).toBe('traditional');
    expect(store.getState().past).toEqual([]);
  });

  it('opens the most recent readable chart when the last one is gone or unreadable', async () => {
    const factory = new IDBFactory();
    const library = await libraryIn(factory);
    const kept = await library.create(emptyChart('Kept'));
    await library.setLastOpened('deleted-long-ago');

    const { store, session } = await boot(factory);
    expect(session.currentId()).toBe(kept.id);
    expect(store.getState().chart.name).toBe('Kept');
  });

  it('skips a stored chart it cannot read, leaves it stored, and says so', async () => {
    const factory = new IDBFactory();
    const library = await libraryIn(factory);
    const kept = await library.create(emptyChart('Readable'));
    await new Promise<void>((resolve, reject) => {
      const open = factory.open('upturn');
      open.onsuccess = () => {
        const tx = open.result.transaction('charts', 'readwrite');
        tx.objectStore('charts').put({
          id: 'future',
          name: 'From the future',
          view: 'customer-first',
          updatedAt: Date.now() + 1000,
          version: 1,
          roles: 0,
          document: JSON.stringify({ format: 'upturn', version: 99, name: 'x' }),
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
    await library.setLastOpened('future');

    const { store, session } = await boot(factory);
    expect(session.currentId()).toBe(kept.id);
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      message: expect.stringContaining('could not be read'),
    });
    expect((await session.list()).map((entry) => entry.id)).toContain('future');
  });

  it('runs in memory, and says so, without IndexedDB', async () => {
    const store = createEditorStore(sampleChart());
    const session = await bootChartSession(store, {
      openLibrary: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
    });
    expect(session).toBeNull();
    expect(store.getState().chart).toEqual(sampleChart());
    expect(store.getState().notice).toMatchObject({ tone: 'error', message: MEMORY_ONLY_MESSAGE });
  });
});

describe('the chart list', () => {
  it('creates an empty chart and a fresh sample, each opened, with free names', async () => {
    const factory = new IDBFactory();
    const { store, session } = await boot(factory);

    expect(await session.create('empty')).toBe(true);
    expect(store.getState().chart).toMatchObject({ name: 'Untitled chart', roles: [] });
    expect(await session.create('empty')).toBe(true);
    expect(store.getState().chart.name).toBe('Untitled chart 2');
    expect(await session.create('sample')).toBe(true);
    expect(store.getState().chart.name).toBe('Northwind Retail 2');
    expect(store.getState().chart.roles).toEqual(sampleChart().roles);

    const names = (await session.list()).map((entry) => entry.name).sort();
    expect(names).toEqual([
      'Northwind Retail',
      'Northwind Retail 2',
      'Untitled chart',
      'Untitled chart 2',
    ]);
  });

  it('switches between charts, keeping each one’s edits and undo history', async () => {
    const factory = new IDBFactory();
    const { store, session } = await boot(factory);
    const first = session.currentId();
    store.getState().run({ type: 'deleteRole', id: 'audit' });
    const deleted = store.getState().past.map((entry) => entry.label);
    await session.create('empty');
    expect(store.getState().chart.roles).toEqual([]);
    expect(store.getState().past).toEqual([]);

    expect(await session.open(first)).toBe(true);
    expect(store.getState().chart.roles.some((role) => role.id === 'audit')).toBe(false);
    // Opening is no undo step: the history is the one kept with the chart (issue 10).
    expect(store.getState().past.map((entry) => entry.label)).toEqual(deleted);
    store.getState().undo();
    expect(store.getState().chart.roles.some((role) => role.id === 'audit')).toBe(true);
  });

  it('renames the open chart as an undoable edit, and another chart in storage', async () => {
    const factory = new IDBFactory();
    const { store, session } = await boot(factory);
    const open = session.currentId();
    expect(await session.rename(open, '  Plan A  ')).toBe(true);
    expect(store.getState().chart.name).toBe('Plan A');
    expect(store.getState().past).toHaveLength(1);

    const other = await session.duplicate(open);
    expect(other?.name).toBe('Plan A copy');
    expect(await session.rename(other!.id, 'Plan C')).toBe(true);
    const names = (await session.list()).map((entry) => entry.name).sort();
    expect(names).toEqual(['Plan A', 'Plan C']);
    expect(store.getState().chart.name).toBe('Plan A');

    expect(await session.rename(open, '   ')).toBe(false);
    expect(store.getState().notice?.tone).toBe('error');
  });

  it('duplicates the open chart with its latest, unsaved edits', async () => {
    const factory = new IDBFactory();
    const { store, session } = await boot(factory);
    store.getState().run({ type: 'deleteRole', id: 'audit' });
    const copy = await session.duplicate(session.currentId());
    const library = await libraryIn(factory);
    const stored = await library.load(copy!.id);
    expect(stored?.chart.roles.some((role) => role.id === 'audit')).toBe(false);
    expect(session.currentId()).not.toBe(copy!.id);
  });

  it('deletes a chart; deleting the open one opens another, or a new empty chart', async () => {
    const factory = new IDBFactory();
    const { store, session } = await boot(factory);
    const sample = session.currentId();
    await session.create('empty');
    const empty = session.currentId();

    expect(await session.remove(sample)).toBe(true);
    expect(session.currentId()).toBe(empty);
    expect((await session.list()).map((entry) => entry.id)).toEqual([empty]);

    expect(await session.remove(empty)).toBe(true);
    const list = await session.list();
    expect(list).toHaveLength(1);
    expect(list[0]!.id).not.toBe(empty);
    expect(session.currentId()).toBe(list[0]!.id);
    expect(store.getState().chart.roles).toEqual([]);
  });
});
