/**
 * A picker for the inspector: an editable combobox with a listbox popup (the
 * WAI-ARIA combobox pattern). Typing filters; arrows move; Enter or a click
 * chooses; Escape or leaving puts the shown value back. Nothing changes until
 * a choice is made, unlike a native select, whose arrow keys commit every
 * step, which here would move a role (and make an undo step) per key press.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ChevronDownIcon, HeartHandshakeIcon, PlusIcon } from '../../canvas/nodes/icons';
import { inputClass } from './inspector-fields';

export interface ComboOption {
  /** A role or customer id; '' for "no manager"; anything for a "new" entry. */
  id: string;
  label: string;
  kind?: 'role' | 'customer' | 'none' | 'new';
  /** For a "new" entry: the name typed. */
  name?: string;
}

/** Options drawn at most; more are reached by typing. Keeps a 1,000-role chart quick. */
const SHOWN = 100;

export function Combobox({
  id,
  ariaLabel,
  value,
  placeholder,
  options,
  onChoose,
  create,
  describedBy,
  emptyText = 'Nothing matches.',
}: {
  id: string;
  /** Use when no <label htmlFor={id}> names the field. */
  ariaLabel?: string;
  /** The text shown while not typing ('' for a picker that only adds). */
  value: string;
  placeholder?: string;
  options: readonly ComboOption[];
  onChoose: (option: ComboOption) => void;
  /** An extra last option for what was typed (e.g. a new customer), or null. */
  create?: (query: string) => ComboOption | null;
  describedBy?: string;
  emptyText?: string;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);

  const { shown, total } = useMemo(() => {
    const needle = typed ? query.trim().toLowerCase() : '';
    const matches = needle
      ? options.filter((option) => option.label.toLowerCase().includes(needle))
      : options;
    const extra = typed && create ? create(query) : null;
    const head = matches.slice(0, SHOWN);
    return { shown: extra ? [...head, extra] : head, total: matches.length };
  }, [options, typed, query, create]);

  const current = shown[active];
  useEffect(() => {
    if (!open) return;
    list.current
      ?.querySelector('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [open, active]);

  const openList = () => {
    if (open) return;
    const here = shown.findIndex((option) => option.label === value);
    setActive(here >= 0 ? here : 0);
    setOpen(true);
  };
  const reset = () => {
    setOpen(false);
    setTyped(false);
    setQuery('');
  };
  const choose = (option: ComboOption) => {
    reset();
    onChoose(option);
  };

  const expanded = open && shown.length > 0;
  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-label={ariaLabel}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        className={`${inputClass} pr-8`}
        placeholder={placeholder}
        value={typed ? query : value}
        onFocus={(event) => event.currentTarget.select()}
        onClick={openList}
        onBlur={reset}
        onChange={(event) => {
          setQuery(event.target.value);
          setTyped(true);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!open) return openList();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((index) => Math.min(Math.max(index + step, 0), shown.length - 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (expanded && current) choose(current);
            else openList();
          } else if (event.key === 'Escape') {
            if (open || typed) event.preventDefault();
            reset();
          } else if (event.key === 'Tab') {
            reset();
          }
        }}
      />
      <ChevronDownIcon
        size={14}
        className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 text-ink-faint"
      />
      {open && (
        <div className="absolute inset-x-0 top-full z-30 mt-1 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg">
          {shown.length === 0 ? (
            <p className="px-3 py-2 text-sm text-ink-faint">{emptyText}</p>
          ) : (
            <ul
              ref={list}
              id={listId}
              role="listbox"
              aria-label={ariaLabel ?? 'Choices'}
              className="max-h-64 overflow-y-auto py-1"
            >
              {shown.map((option, index) => (
                <li
                  key={`${option.kind ?? 'role'}:${option.id}`}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  // Keep focus in the input, so choosing does not blur (and reset) it first.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(index)}
                  onClick={() => choose(option)}
                  className={`flex cursor-pointer items-start gap-1.5 px-3 py-1.5 text-sm ${
                    index === active ? 'bg-brand-soft' : ''
                  } ${
                    option.kind === 'customer'
                      ? 'text-customer'
                      : option.kind === 'none'
                        ? 'text-ink-soft italic'
                        : option.kind === 'new'
                          ? 'font-medium text-brand'
                          : 'text-ink'
                  } ${option.label === value ? 'font-semibold' : ''}`}
                >
                  {option.kind === 'customer' && (
                    <HeartHandshakeIcon size={12} className="mt-1 shrink-0" />
                  )}
                  {option.kind === 'new' && <PlusIcon size={12} className="mt-1 shrink-0" />}
                  <span className="min-w-0 leading-snug break-words">{option.label}</span>
                </li>
              ))}
            </ul>
          )}
          {total > SHOWN && (
            <p className="border-t border-slate-100 px-3 py-1.5 text-xs text-ink-faint">
              Showing {SHOWN} of {total}; type to narrow.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
