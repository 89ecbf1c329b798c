import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyChart, type Chart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { openLibrary, StaleWriteError, StoredChartError, type ChartLibrary } from './chart-library';

/** A fresh, empty browser storage per test. */
function freshLibrary(factory = new IDBFactory()): Promise<ChartLibrary> {
  return openLibrary({ indexedDB: factory, persist: false });
}

function withRole(chart: Chart, title: string): Chart {
  return {
    ...chart,
    roles: [...chart.roles, { id: title, title, headcount: 1, reportsTo: null, serves: [] }],
  };
}

/** Writes a raw record, as a damaged store or an older Upturn would have left it. */
function putRaw(factory: IDBFactory, record: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open('upturn');
    open.onsuccess = () => {
      const tx = open.result.transaction('charts', 'readwrite');
      tx.objectStore('charts').put(record);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}

describe('the chart library', () => {
  it('stores a chart and reads it back through the file checks, view included', async () => {
    const library = await freshLibrary();
    const created = await library.create(sampleChart(), 'traditional');
    expect(created.version).toBe(1);

    const loaded = await library.load(created.id);
    expect(loaded?.chart).toEqual(sampleChart());
    expect(loaded?.view).toBe('traditional');
    expect(loaded?.name).toBe('Northwind Retail');
    expect(await library.load('no-such-chart')).toBeNull();
  });

  it('lists charts most recently edited first, with their role counts and without documents', async () => {
    const library = await freshLibrary();
    const first = await library.create(emptyChart('First'));
    const second = await library.create(sampleChart());
    await library.save({
      id: first.id,
      chart: emptyChart('First'),
      view: 'customer-first',
      baseVersion: 1,
    });

    const list = await library.list();
    expect(list.map((entry) => entry.name)).toEqual(['First', 'Northwind Retail']);
    expect(list.find((entry) => entry.id === second.id)?.roles).toBe(sampleChart().roles.length);
    expect(list[0]).not.toHaveProperty('document');
    expect(list[0]!.updatedAt).toBeGreaterThanOrEqual(list[1]!.updatedAt);
  });

  it('bumps the version on every save', async () => {
    const library = await freshLibrary();
    const { id } = await library.create(emptyChart());
    const saved = await library.save({
      id,
      chart: withRole(emptyChart(), 'Cashier'),
      view: 'traditional',
      baseVersion: 1,
    });
    expect(saved.version).toBe(2);
    expect(saved.roles).toBe(1);
    const loaded = await library.load(id);
    expect(loaded?.version).toBe(2);
    expect(loaded?.view).toBe('traditional');
    expect(loaded?.chart.roles.map((role) => role.title)).toEqual(['Cashier']);
  });

  it('refuses a stale write and keeps the newer chart', async () => {
    const library = await freshLibrary();
    const { id } = await library.create(emptyChart());
    await library.save({
      id,
      chart: withRole(emptyChart(), 'Newer'),
      view: 'customer-first',
      baseVersion: 1,
    });

    const stale = library.save({
      id,
      chart: withRole(emptyChart(), 'Stale'),
      view: 'customer-first',
      baseVersion: 1,
    });
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toMatchObject({ expected: 1, actual: 2 });
    const loaded = await library.load(id);
    expect(loaded?.version).toBe(2);
    expect(loaded?.chart.roles.map((role) => role.title)).toEqual(['Newer']);
  });

  it('refuses a stale write from another tab (another connection to the same database)', async () => {
    const factory = new IDBFactory();
    const tabA = await freshLibrary(factory);
    const tabB = await freshLibrary(factory);
    const { id } = await tabA.create(emptyChart());
    const inB = await tabB.load(id);
    expect(inB?.version).toBe(1);

    await tabA.save({
      id,
      chart: withRole(emptyChart(), 'From A'),
      view: 'customer-first',
      baseVersion: 1,
    });
    await expect(
      tabB.save({
        id,
        chart: withRole(emptyChart(), 'From B'),
        view: 'customer-first',
        baseVersion: 1,
      }),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect((await tabB.load(id))?.chart.roles.map((role) => role.title)).toEqual(['From A']);
  });

  it('refuses to write a chart that was deleted meanwhile', async () => {
    const library = await freshLibrary();
    const { id } = await library.create(emptyChart());
    await library.remove(id);
    await expect(
      library.save({ id, chart: emptyChart(), view: 'customer-first', baseVersion: 1 }),
    ).rejects.toMatchObject({ name: 'StaleWriteError', actual: null });
    expect(await library.list()).toEqual([]);
  });

  it('renames a chart, its record and its document, as a new version', async () => {
    const library = await freshLibrary();
    const { id } = await library.create(sampleChart());
    const renamed = await library.rename(id, 'Plan B');
    expect(renamed).toMatchObject({ name: 'Plan B', version: 2 });
    const loaded = await library.load(id);
    expect(loaded?.chart.name).toBe('Plan B');
    expect(loaded?.chart.roles).toEqual(sampleChart().roles);
  });

  it('duplicates a chart under a new id, leaving the original alone', async () => {
    const library = await freshLibrary();
    const original = await library.create(sampleChart(), 'traditional');
    const copy = await library.duplicate(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy.name).toBe('Northwind Retail copy');
    expect(copy.view).toBe('traditional');
    expect((await library.load(copy.id))?.chart).toEqual({
      ...sampleChart(),
      name: 'Northwind Retail copy',
    });
    expect((await library.load(original.id))?.chart).toEqual(sampleChart());
    expect(await library.list()).toHaveLength(2);
  });

  it('removes a chart', async () => {
    const library = await freshLibrary();
    const kept = await library.create(emptyChart('Kept'));
    const gone = await library.create(emptyChart('Gone'));
    await library.remove(gone.id);
    expect((await library.list()).map((entry) => entry.id)).toEqual([kept.id]);
    expect(await library.load(gone.id)).toBeNull();
  });

  it('remembers the chart opened last', async () => {
    const factory = new IDBFactory();
    const library = await freshLibrary(factory);
    expect(await library.lastOpened()).toBeNull();
    await library.setLastOpened('chart-7');
    library.close();
    const reopened = await freshLibrary(factory);
    expect(await reopened.lastOpened()).toBe('chart-7');
  });

  it('upgrades a chart stored by an older Upturn, like an old file', async () => {
    const factory = new IDBFactory();
    const library = await freshLibrary(factory);
    await putRaw(factory, {
      id: 'old',
      name: 'Prototype shop',
      view: 'customer-first',
      updatedAt: 1,
      version: 3,
      roles: 2,
      document: JSON.stringify({
        format: 'upturn',
        version: 0,
        name: 'Prototype shop',
        customers: [{ id: 'shoppers', name: 'Shoppers' }],
        roles: [
          { id: 'owner', title: 'Owner', manager: null },
          { id: 'clerk', title: 'Clerk', manager: 'owner', serves: ['shoppers'] },
        ],
      }),
    });
    const loaded = await library.load('old');
    expect(loaded?.chart.roles[1]).toMatchObject({ id: 'clerk', reportsTo: 'owner', headcount: 1 });
    expect(loaded?.warnings).toEqual([expect.stringContaining('older Upturn (version 0)')]);
    expect(loaded?.version).toBe(3);
  });

  it('refuses, by name, a stored chart that breaks the chart rules', async () => {
    const factory = new IDBFactory();
    const library = await freshLibrary(factory);
    const document = JSON.stringify({
      format: 'upturn',
      version: 1,
      name: 'Loop',
      customers: [],
      roles: [
        { id: 'a', title: 'A', reportsTo: 'b' },
        { id: 'b', title: 'B', reportsTo: 'a' },
      ],
    });
    await putRaw(factory, {
      id: 'loop',
      name: 'Loop',
      view: 'x',
      updatedAt: 1,
      version: 1,
      roles: 2,
      document,
    });
    await putRaw(factory, {
      id: 'junk',
      name: 'Junk',
      updatedAt: 1,
      version: 1,
      roles: 0,
      document: '{',
    });

    await expect(library.load('loop')).rejects.toBeInstanceOf(StoredChartError);
    await expect(library.load('loop')).rejects.toThrow(/cycle/i);
    await expect(library.load('junk')).rejects.toThrow(/not valid JSON/);
  });

  it('keeps stored text as text', async () => {
    const library = await freshLibrary();
    const hostile = emptyChart('<img src=x onerror=alert(1)>');
    const { id } = await library.create(hostile);
    expect((await library.load(id))?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects when there is no usable IndexedDB', async () => {
    const broken = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openLibrary({ indexedDB: broken, persist: false })).rejects.toThrow(/insecure/);
  });
});
