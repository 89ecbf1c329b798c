import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { bindingOf, createRegistry, normaliseBinding, RegistryError } from './command-registry';
import { editorRegistry } from './editor-commands';
import { createEditorStore } from '../store';

const noop = () => undefined;

describe('the command registry', () => {
  it('refuses a shortcut bound to two commands, naming both', () => {
    expect(() =>
      createRegistry([
        { id: 'undo', label: 'Undo', keys: ['mod+z'], run: noop },
        { id: 'other', label: 'Other', keys: ['Ctrl+Z'], run: noop },
      ]),
    ).toThrow(/"mod\+z" is bound to both "undo" and "other"/);
  });

  it('refuses a command id registered twice', () => {
    expect(() =>
      createRegistry([
        { id: 'a', label: 'A', run: noop },
        { id: 'a', label: 'A again', run: noop },
      ]),
    ).toThrow(RegistryError);
  });

  it('spells a binding and a key press the same way', () => {
    expect(normaliseBinding('Shift+Cmd+Z')).toBe('mod+shift+z');
    const press = { key: 'Z', ctrlKey: false, metaKey: true, altKey: false, shiftKey: true };
    expect(bindingOf(press)).toBe('mod+shift+z');
    expect(normaliseBinding('Del')).toBe('delete');
  });

  it('has every editor shortcut once and finds undo and redo by their keys', () => {
    expect(editorRegistry.forBinding('ctrl+z')?.id).toBe('undo');
    expect(editorRegistry.forBinding('ctrl+shift+z')?.id).toBe('redo');
    expect(editorRegistry.forBinding('ctrl+y')?.id).toBe('redo');
    expect(editorRegistry.forBinding('f')?.id).toBe('flip');
  });

  it('does not run a disabled command', () => {
    const store = createEditorStore(sampleChart());
    expect(editorRegistry.run('undo', { store, ui: {} })).toBe(false);
    expect(editorRegistry.run('add-role', { store, ui: {} })).toBe(true);
    expect(store.getState().chart.roles.at(-1)?.title).toBe('New role');
    expect(editorRegistry.run('undo', { store, ui: {} })).toBe(true);
    expect(store.getState().chart).toEqual(sampleChart());
  });
});
