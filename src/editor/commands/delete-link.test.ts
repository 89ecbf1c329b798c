import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { createEditorStore } from '../store';
import { editorRegistry } from './editor-commands';

describe('a selected link, in the store', () => {
  it('is deleted by Delete and brought back by Undo', () => {
    const store = createEditorStore(sampleChart());
    const role = store.getState().chart.roles.find((r) => r.serves.length > 0)!;
    const link = { kind: 'service', from: role.id, to: role.serves[0]! } as const;
    expect(editorRegistry.isEnabled('delete', store.getState())).toBe(false);
    store.getState().selectLink(link);
    expect(editorRegistry.run('delete', { store, ui: {} })).toBe(true);
    const after = store.getState().chart.roles.find((r) => r.id === role.id)!;
    expect(after.serves).not.toContain(link.to);
    expect(store.getState().selectedLink).toBeNull();
    store.getState().undo();
    expect(store.getState().chart).toEqual(sampleChart());
  });

  it('is dropped when a node is selected, and when an undo takes the link away', () => {
    const store = createEditorStore(sampleChart());
    const role = store.getState().chart.roles.find((r) => r.reportsTo !== null)!;
    store.getState().run({ type: 'addServiceLink', from: role.id, to: role.reportsTo! });
    const link = { kind: 'service', from: role.id, to: role.reportsTo! } as const;
    store.getState().selectLink(link);
    expect(store.getState().selection).toEqual([]);
    store.getState().undo();
    expect(store.getState().selectedLink).toBeNull();
    store.getState().selectLink({ kind: 'reporting', from: role.id, to: role.reportsTo! });
    store.getState().select([role.id]);
    expect(store.getState().selectedLink).toBeNull();
  });

  it('keeps the clipboard per editor: a copy in one store pastes nothing in another', () => {
    const one = createEditorStore(sampleChart());
    const two = createEditorStore(sampleChart());
    one.getState().select([one.getState().chart.roles[0]!.id]);
    editorRegistry.run('copy', { store: one, ui: {} });
    expect(editorRegistry.isEnabled('paste', one.getState())).toBe(true);
    expect(editorRegistry.isEnabled('paste', two.getState())).toBe(false);
  });
});
