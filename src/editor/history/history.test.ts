import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { createEditorStore } from '../store';
import { EMPTY_HISTORY, HISTORY_LIMIT, recorded, stepped, type HistoryEntry } from './history';

const titleOf = (store: ReturnType<typeof createEditorStore>, id: string) =>
  store.getState().chart.roles.find((role) => role.id === id)?.title;

function entry(label: string): HistoryEntry {
  return { label, patches: [], inversePatches: [] };
}

describe('the history module', () => {
  it('a gesture made of several runs is one undo step, named as asked', () => {
    const store = createEditorStore(sampleChart());
    const mark = store.getState().mark();
    store.getState().run({ type: 'updateRole', id: 'ceo', changes: { title: 'A' } });
    store.getState().run({ type: 'updateRole', id: 'coo', changes: { title: 'B' } });
    store.getState().run({ type: 'updateRole', id: 'cfo', changes: { title: 'C' } });
    expect(store.getState().past).toHaveLength(3);
    store.getState().squashToMark(mark, 'Rename the leaders');
    expect(store.getState().past.map((step) => step.label)).toEqual(['Rename the leaders']);
    expect(store.getState().marks).toEqual([]);

    store.getState().undo();
    expect([titleOf(store, 'ceo'), titleOf(store, 'coo'), titleOf(store, 'cfo')]).toEqual([
      'Chief Executive Officer',
      'Chief Operating Officer',
      'Chief Financial Officer',
    ]);
    store.getState().redo();
    expect([titleOf(store, 'ceo'), titleOf(store, 'coo'), titleOf(store, 'cfo')]).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it('a gesture abandoned takes its steps back, with nothing to redo', () => {
    const store = createEditorStore(sampleChart());
    store.getState().run({ type: 'updateRole', id: 'ceo', changes: { title: 'Kept' } });
    const mark = store.getState().mark('drag');
    store.getState().run({ type: 'deleteRole', id: 'audit' });
    store.getState().run({ type: 'updateRole', id: 'coo', changes: { title: 'Gone' } });
    store.getState().bailToMark(mark);
    expect(titleOf(store, 'ceo')).toBe('Kept');
    expect(titleOf(store, 'coo')).toBe('Chief Operating Officer');
    expect(titleOf(store, 'audit')).toBe('Internal Auditor');
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().future).toEqual([]);
    expect(store.getState().lastChange).toMatchObject({
      origin: 'undo',
      step: { kind: 'bail', count: 2 },
    });
  });

  it('every change says where it came from; a load or a remote change is no step', () => {
    const store = createEditorStore(sampleChart());
    store.getState().run({ type: 'deleteRole', id: 'audit' });
    expect(store.getState().lastChange).toMatchObject({
      origin: 'command',
      step: { kind: 'record' },
    });
    store.getState().undo();
    expect(store.getState().lastChange).toMatchObject({ origin: 'undo', step: { kind: 'undo' } });
    store.getState().redo();
    expect(store.getState().lastChange).toMatchObject({ origin: 'redo', step: { kind: 'redo' } });

    const other = { ...sampleChart(), name: 'From elsewhere' };
    store.getState().receive(other);
    expect(store.getState().lastChange?.origin).toBe('remote');
    expect(store.getState().past).toEqual([]);
    expect(store.getState().chart).toBe(other);

    store.getState().run({ type: 'renameChart', name: 'Mine' });
    store.getState().receive({ ...store.getState().chart, extra: { x: 1 } }, { keepHistory: true });
    expect(store.getState().past).toHaveLength(1);

    store.getState().load(sampleChart());
    expect(store.getState().lastChange).toMatchObject({ origin: 'load', step: { kind: 'clear' } });
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toEqual([]);
  });

  it('a load can bring back the history kept with a chart, and where the user was', () => {
    const store = createEditorStore(sampleChart());
    store.getState().run({ type: 'deleteRole', id: 'audit' });
    const { chart, past, future } = store.getState();
    const other = createEditorStore(sampleChart());
    other.getState().load(chart, {
      history: { past, future },
      place: { viewport: { x: 10, y: 20, zoom: 0.5 }, selection: ['ceo', 'audit'] },
    });
    expect(other.getState().lastChange?.origin).toBe('load');
    expect(other.getState().viewport).toEqual({ x: 10, y: 20, zoom: 0.5 });
    // A selected id the chart no longer has is dropped.
    expect(other.getState().selection).toEqual(['ceo']);
    other.getState().undo();
    expect(titleOf(other, 'audit')).toBe('Internal Auditor');
  });

  it('a kept history that no longer fits the chart is dropped, never applied half', () => {
    const store = createEditorStore(sampleChart());
    const broken: HistoryEntry = {
      label: 'Broken',
      patches: [],
      inversePatches: [{ op: 'replace', path: ['roles', 999, 'title'], value: 'x' }],
    };
    store.getState().load(sampleChart(), { history: { past: [broken], future: [] } });
    const before = store.getState().chart;
    store.getState().undo();
    expect(store.getState().chart).toBe(before);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
  });

  it('keeps at most HISTORY_LIMIT steps, and replays steps as the store made them', () => {
    let stacks = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) stacks = recorded(stacks, entry(`s${i}`));
    expect(stacks.past).toHaveLength(HISTORY_LIMIT);
    expect(stacks.past[0]?.label).toBe('s5');

    let replayed = EMPTY_HISTORY;
    for (const step of [
      { kind: 'record', entry: entry('a') },
      { kind: 'record', entry: entry('b') },
      { kind: 'record', entry: entry('c') },
      { kind: 'squash', count: 2, label: 'b+c' },
      { kind: 'undo' },
      { kind: 'redo' },
      { kind: 'undo' },
    ] as const) {
      replayed = stepped(replayed, step);
    }
    expect(replayed.past.map((e) => e.label)).toEqual(['a']);
    expect(replayed.future.map((e) => e.label)).toEqual(['b+c']);
  });
});
