/**
 * The view switch over the canvas: "Customer first", "Traditional" and
 * "Service distance", one pressed at a time (a radio group: arrow keys move
 * between them). Flip (F) still toggles the first two.
 */
import { useRef } from 'react';
import { VIEWS, type View } from '../../domain/chart';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { VIEW_NAMES } from '../../theme/view-names';

export function ViewSwitch() {
  const store = useEditorStore();
  const view = useEditor((state) => state.view);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (next: View, index: number) => {
    store.getState().setView(next);
    buttons.current[index]?.focus();
  };
  return (
    <div
      role="radiogroup"
      aria-label="View"
      className="pointer-events-auto inline-flex items-center gap-0.5 rounded-xl border border-slate-200 bg-white/95 p-1 shadow-sm backdrop-blur"
      onKeyDown={(event) => {
        const step =
          event.key === 'ArrowRight' || event.key === 'ArrowDown'
            ? 1
            : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
              ? -1
              : 0;
        if (step === 0) return;
        event.preventDefault();
        event.stopPropagation();
        const index = (VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length;
        choose(VIEWS[index]!, index);
      }}
    >
      {VIEWS.map((option, index) => {
        const on = option === view;
        return (
          <button
            key={option}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={on}
            tabIndex={on ? 0 : -1}
            onClick={() => choose(option, index)}
            className={`h-8 rounded-lg px-3 text-sm font-medium transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand ${
              on
                ? 'bg-brand text-white shadow-sm'
                : 'text-ink-soft hover:bg-slate-100 hover:text-ink'
            }`}
          >
            {VIEW_NAMES[option]}
          </button>
        );
      })}
    </div>
  );
}
