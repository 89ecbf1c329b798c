import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { command, seedChart } from '../../../domain/__fixtures__/chart-arbitraries';
import { applyCommands } from '../../../domain/commands/apply-command';
import { sampleChart } from '../../../domain/samples/sample-chart';
import { createEditorStore } from '../../store';
import { decodeEntry, encodeEntry } from './journal-entry';
import { applyDiff, diffCharts, isEmptyDiff } from './record-diff';

describe('record diffs', () => {
  it('applied to the chart they were made on, give the new chart exactly (order included)', () => {
    fc.assert(
      fc.property(
        fc.array(command, { maxLength: 25 }),
        fc.array(fc.boolean(), { maxLength: 25 }),
        (commands, undos) => {
          // Edits, undos and redos as the store makes them: each one's diff replays it.
          const store = createEditorStore(seedChart());
          commands.forEach((next, i) => {
            const before = store.getState().chart;
            if (undos[i] && store.getState().past.length > 0) store.getState().undo();
            else if (undos[i] === false && store.getState().future.length > 0)
              store.getState().redo();
            else store.getState().run(next);
            const after = store.getState().chart;
            expect(applyDiff(before, diffCharts(before, after))).toEqual(after);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('applied twice change nothing more (replay is idempotent)', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 15 }), (commands) => {
        const store = createEditorStore(seedChart());
        const before = store.getState().chart;
        for (const next of commands) store.getState().run(next);
        const diff = diffCharts(before, store.getState().chart);
        const once = applyDiff(before, diff);
        expect(applyDiff(once, diff)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  it('names only the records that changed, and nothing for no change', () => {
    const chart = sampleChart();
    expect(isEmptyDiff(diffCharts(chart, chart))).toBe(true);
    const result = applyCommands(chart, [
      { type: 'updateRole', id: 'ceo', changes: { title: 'Boss' } },
    ]);
    if (!result.ok) throw new Error('refused');
    const diff = diffCharts(chart, result.chart);
    expect(diff.roles?.put.map((put) => put.value.id)).toEqual(['ceo']);
    expect(diff.roles?.remove).toEqual([]);
    expect(diff.customers).toBeUndefined();
  });

  it('merges into a newer chart record by record: its own changes win, the rest of the newer chart stays', () => {
    const base = sampleChart();
    const mine = applyCommands(base, [
      { type: 'updateRole', id: 'ceo', changes: { title: 'Mine' } },
    ]);
    const theirs = applyCommands(base, [
      { type: 'updateRole', id: 'coo', changes: { title: 'Theirs' } },
      { type: 'deleteRole', id: 'audit' },
    ]);
    if (!mine.ok || !theirs.ok) throw new Error('refused');
    const merged = applyDiff(theirs.chart, diffCharts(base, mine.chart));
    const titles = new Map(merged.roles.map((role) => [role.id, role.title]));
    expect(titles.get('ceo')).toBe('Mine');
    expect(titles.get('coo')).toBe('Theirs');
    expect(titles.has('audit')).toBe(false);
  });

  it('carries every chart-wide field, the Teach captions included, through an encoded journal entry', () => {
    const chart = sampleChart();
    const store = createEditorStore(chart);
    store
      .getState()
      .run({ type: 'setTeachCaption', step: 'who-faces', caption: 'Who talks to a customer?' });
    store.getState().run({ type: 'renameChart', name: 'Northwind, proposed' });
    const after = store.getState().chart;
    expect(after.teachCaptions).toEqual({ 'who-faces': 'Who talks to a customer?' });
    const diff = diffCharts(chart, after);
    const decoded = decodeEntry(
      encodeEntry({
        tab: 't',
        seq: 1,
        chartId: 'c',
        at: 0,
        version: 1,
        change: { kind: 'edit', origin: 'command', diff, step: store.getState().lastChange!.step },
      }),
    );
    if (!decoded.ok) throw new Error(decoded.problem);
    if (decoded.entry.change.kind !== 'edit') throw new Error('not an edit');
    expect(applyDiff(chart, decoded.entry.change.diff)).toEqual(after);

    // Cleared again: the replay drops it too.
    store.getState().run({ type: 'setTeachCaption', step: 'who-faces', caption: '' });
    const cleared = store.getState().chart;
    expect(cleared.teachCaptions).toBeUndefined();
    expect(applyDiff(after, diffCharts(after, cleared))).toEqual(cleared);
  });
});
