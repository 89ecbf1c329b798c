/** Scenarios in the chart library: a chart with a base, kept apart from it. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { boot, libraryIn } from './__fixtures__/session-boot';

describe('scenarios', () => {
  it('copies the open chart, with its unsaved edits, into a scenario of it, and opens it', async () => {
    const factory = new IDBFactory();
    const { store, session } = await boot(factory);
    const base = session.currentId();
    store.getState().run({ type: 'deleteRole', id: 'audit' });
    const scenario = await session.createScenario();
    expect(scenario?.baseId).toBe(base);
    expect(scenario?.name).toBe('Northwind Retail scenario');
    expect(session.currentId()).toBe(scenario!.id);
    expect(store.getState().chart.name).toBe('Northwind Retail scenario');
    expect(store.getState().chart.roles.some((role) => role.id === 'audit')).toBe(false);
    const listed = await session.list();
    expect(listed.find((entry) => entry.id === scenario!.id)?.baseId).toBe(base);
    expect(listed.find((entry) => entry.id === base)?.baseId).toBeUndefined();
  });

  it('editing the scenario never changes its base, and the reverse; the link survives saves and renames', async () => {
    const factory = new IDBFactory();
    const { store, session } = await boot(factory);
    const base = session.currentId();
    const scenario = (await session.createScenario())!;
    store.getState().run({ type: 'deleteRole', id: 'audit' });
    expect(await session.flush()).toBe(true);
    expect(await session.rename(scenario.id, 'Plan B')).toBe(true);

    const library = await libraryIn(factory);
    const baseStored = await library.load(base);
    expect(baseStored?.chart).toEqual(sampleChart());
    const scenarioStored = await library.load(scenario.id);
    expect(scenarioStored?.baseId).toBe(base);
    expect(scenarioStored?.name).toBe('Plan B');
    expect(scenarioStored?.chart.roles.some((role) => role.id === 'audit')).toBe(false);

    expect(await session.open(base)).toBe(true);
    store.getState().run({ type: 'renameChart', name: 'Base renamed' });
    store.getState().run({ type: 'deleteRole', id: 'cfo' });
    expect(await session.flush()).toBe(true);
    const after = await library.load(scenario.id);
    expect(after?.chart.roles.some((role) => role.id === 'cfo')).toBe(true);
    expect(after?.baseId).toBe(base);

    // A duplicate of a scenario is another scenario of the same base.
    const copy = await session.duplicate(scenario.id);
    expect(copy?.baseId).toBe(base);
    library.close();
  });
});
