/**
 * Commands as data (CONVENTIONS.md habit 2): every user action is one entry
 * `{ id, label, keys, enabled, run }` in one registry, and the toolbar, the
 * keyboard and any menu read from it. A shortcut bound twice is refused when
 * the registry is built, not discovered by a user pressing it.
 */
import type { EditorState, EditorStore } from '../store';

/** Things only the canvas or the app can do (centre the view, open a dialog). */
export interface UiActions {
  fitView(): void;
  centreOn(id: string): void;
  present(): void;
  exitPresent(): void;
  /** Opens Teach, the trainer's guided sequence, full screen. */
  teach(): void;
  openImport(): void;
  openExport(): void;
  renameInPlace(id: string): void;
  focusInspector(field?: string): void;
  /** Puts the keyboard in the toolbar's role search. */
  openSearch(): void;
}

export interface CommandContext {
  store: EditorStore;
  ui: Partial<UiActions>;
}

/** A command; `Id` is the registry's own union of ids (the editor's is `CommandId`). */
export interface EditorCommand<Id extends string = string> {
  id: Id;
  label: string;
  /** Key bindings such as 'mod+z', 'mod+shift+z', 'f', 'delete' ('mod' is Ctrl, or Cmd on a Mac). */
  keys?: readonly string[];
  enabled?: (state: EditorState) => boolean;
  run: (context: CommandContext) => void;
}

export class RegistryError extends Error {}

/** Puts a binding into one canonical spelling: modifiers in a fixed order, key lower-case. */
export function normaliseBinding(binding: string): string {
  const parts = binding
    .toLowerCase()
    .split('+')
    .map((part) => part.trim())
    .filter(Boolean);
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((part) => (part === 'ctrl' || part === 'cmd' ? 'mod' : part)));
  const order = ['mod', 'alt', 'shift'].filter((mod) => mods.has(mod));
  return [...order, key === 'del' ? 'delete' : key].join('+');
}

/** The binding a keyboard event stands for, in the same spelling. */
export function bindingOf(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('mod');
  if (event.altKey) parts.push('alt');
  if (event.shiftKey) parts.push('shift');
  const key = event.key === ' ' ? 'space' : event.key.toLowerCase();
  parts.push(key);
  return parts.join('+');
}

export interface CommandRegistry<Id extends string = string> {
  readonly commands: readonly EditorCommand<Id>[];
  get(id: Id): EditorCommand<Id>;
  /** The command bound to this binding, if any. */
  forBinding(binding: string): EditorCommand<Id> | undefined;
  isEnabled(id: Id, state: EditorState): boolean;
  /** Runs a command if it is enabled; returns whether it ran. */
  run(id: Id, context: CommandContext): boolean;
  /** The first binding of a command, for display ("Ctrl+Z"). */
  shortcutLabel(id: Id): string | undefined;
}

/** Builds the registry; throws RegistryError on a duplicate id or a key bound twice. */
export function createRegistry<Id extends string>(
  commands: readonly EditorCommand<Id>[],
): CommandRegistry<Id> {
  const byId = new Map<Id, EditorCommand<Id>>();
  const byBinding = new Map<string, EditorCommand<Id>>();
  for (const command of commands) {
    if (byId.has(command.id))
      throw new RegistryError(`Command "${command.id}" is registered twice.`);
    byId.set(command.id, command);
    for (const key of command.keys ?? []) {
      const binding = normaliseBinding(key);
      const taken = byBinding.get(binding);
      if (taken) {
        throw new RegistryError(
          `Shortcut "${binding}" is bound to both "${taken.id}" and "${command.id}".`,
        );
      }
      byBinding.set(binding, command);
    }
  }
  const get = (id: Id): EditorCommand<Id> => {
    const command = byId.get(id);
    if (!command) throw new RegistryError(`No command "${id}".`);
    return command;
  };
  const isEnabled = (id: Id, state: EditorState) => get(id).enabled?.(state) ?? true;
  return {
    commands,
    get,
    forBinding: (binding) => byBinding.get(normaliseBinding(binding)),
    isEnabled,
    run(id, context) {
      if (!isEnabled(id, context.store.getState())) return false;
      get(id).run(context);
      return true;
    },
    shortcutLabel(id) {
      const first = get(id).keys?.[0];
      if (!first) return undefined;
      return normaliseBinding(first)
        .split('+')
        .map((part) => (part === 'mod' ? 'Ctrl' : part.length === 1 ? part.toUpperCase() : part))
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('+');
    },
  };
}
