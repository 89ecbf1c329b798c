import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addRole,
  channelHub,
  firstChart,
  openTab,
  stopTabs,
  titles,
} from './__fixtures__/autosave-fixtures';

afterEach(stopTabs);

describe('autosave across tabs', () => {
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
});
