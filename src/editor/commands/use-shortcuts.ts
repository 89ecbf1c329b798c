import { useEffect, useRef } from 'react';
import { bindingOf, type CommandContext, type CommandRegistry } from './command-registry';

/** True when the key press belongs to a text field, not to the canvas. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'file'].includes(type);
  }
  return false;
}

/**
 * The same key press named by the physical key, for when the character it typed
 * names no key in a binding: Shift+1 types "!" on most layouts (so "shift+1",
 * Fit view, could never match), and a Cyrillic layout types "к" for R. Used only
 * when the character is not a Latin letter or digit, so a layout that puts
 * other letters on those keys (AZERTY's Q) keeps its own letters.
 */
function physicalBinding(event: KeyboardEvent): string | null {
  if (/^[a-z0-9]$/i.test(event.key)) return null;
  const match = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(event.code);
  const key = match?.[1] ?? match?.[2];
  if (!key) return null;
  return bindingOf({
    key: key.toLowerCase(),
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
  });
}

/**
 * Routes key presses to the registry. Plain keys (R, C, F, Delete…) and
 * editing shortcuts are left to a text field when one has focus; a dialog
 * open (`aria-modal`) takes the keyboard too.
 */
export function useShortcuts(registry: CommandRegistry, context: CommandContext): void {
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTyping(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const physical = physicalBinding(event);
      const command =
        registry.forBinding(bindingOf(event)) ??
        (physical ? registry.forBinding(physical) : undefined);
      if (!command) return;
      const ran = registry.run(command.id, latest.current);
      if (ran) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [registry]);
}
