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
      const command = registry.forBinding(bindingOf(event));
      if (!command) return;
      const ran = registry.run(command.id, latest.current);
      if (ran) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [registry]);
}
