/**
 * A picker for the inspector: React Aria's ComboBox (an editable combobox with
 * a listbox popup, tested with screen readers). Typing filters and ranks (an
 * exact name first, then names starting with the text, then names containing
 * it), and the best match is shown active at once, so what Enter takes is on
 * screen before it applies. Arrows move; Enter or a click chooses; Escape, Tab
 * or leaving puts the shown value back. Nothing changes until a choice is
 * made, unlike a native select, whose arrow keys commit every step, which here
 * would move a role (and make an undo step) per key press.
 */
import { ChevronDown, HeartHandshake, Plus } from 'lucide-react';
import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ComboBox,
  ComboBoxStateContext,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { bestMatches } from './best-match';
import { inputClass, labelClass } from './inspector-fields';
import { useUntabbableWhileHidden } from '../primitives/untabbable-while-hidden';

export interface ComboOption {
  /** A role or customer id; '' for "no manager"; anything for a "new" entry. */
  id: string;
  label: string;
  /** A role's plain title, when its label adds a person or a manager: typed whole, it is exact. */
  title?: string;
  kind?: 'role' | 'customer' | 'none' | 'new';
  /** For a "new" entry: the name typed. */
  name?: string;
}

/** Options drawn at most; more are reached by typing. Keeps a 1,000-role chart quick. */
const SHOWN = 100;

const keyOf = (option: ComboOption): string => `${option.kind ?? 'role'}:${option.id}`;

type ComboState = NonNullable<React.ContextType<typeof ComboBoxStateContext>>;

/**
 * The text field, inside the ComboBox so it can reach its state (kept in
 * `stateRef` for the picker): a click opens the whole list; Tab leaves without
 * choosing.
 */
function PickerInput({
  id,
  placeholder,
  autoFocus,
  firstKey,
  stateRef,
  onLeave,
}: {
  onLeave?: () => void;
  id: string;
  placeholder?: string;
  autoFocus: boolean;
  firstKey: string | null;
  stateRef: React.RefObject<ComboState | null>;
}) {
  const state = useContext(ComboBoxStateContext);
  stateRef.current = state;
  // The ComboBox's list is built a render after the text changes: make the best match
  // active once it is in the list (the picker's effect covers the render the text changes in).
  const collection = state?.collection;
  const isOpen = state?.isOpen ?? false;
  useEffect(() => {
    if (!isOpen || firstKey === null || !collection?.getItem(firstKey)) return;
    stateRef.current?.selectionManager.setFocusedKey(firstKey);
  }, [isOpen, firstKey, collection, stateRef]);
  return (
    <div className="relative">
      <Input
        id={id}
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder={placeholder}
        className={`${inputClass} pr-8`}
        onFocus={(event) => event.currentTarget.select()}
        onClick={() => {
          if (state && !state.isOpen) state.open(null, 'manual');
        }}
        onKeyDown={(event) => {
          // Escape with the list closed: back to where the user came from (the node).
          if (event.key === 'Escape' && state && !state.isOpen && onLeave) onLeave();
        }}
        onKeyDownCapture={(event) => {
          // Leaving by Tab changes nothing: the active option is not taken.
          if (event.key === 'Tab' && state) state.selectionManager.setFocusedKey(null);
        }}
      />
      <ChevronDown
        size={14}
        className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 text-ink-faint"
      />
    </div>
  );
}

/**
 * The picker. React Aria keeps the text and the open list; the picker ranks
 * the options for the text. After a choice, or a list closed after typing, it
 * starts a fresh round from `value` (the chart's answer: a refused manager
 * leaves the old one), keeping the focus where it was.
 */
export function Combobox(props: PickerProps) {
  const [round, setRound] = useState(0);
  const [focused, setFocused] = useState(false);
  // Its options come a render behind on a big chart (a deferred value): the shown value's
  // option arriving starts a fresh round too, so React Aria knows the value's text.
  const listed = props.options.some((option) => option.label === props.value);
  return (
    <div
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <PickerRound
        key={`${round}:${listed}:${props.value}`}
        {...props}
        autoFocus={focused}
        onDone={() => setRound((count) => count + 1)}
      />
    </div>
  );
}

interface PickerProps {
  /** The text field's id: `requestFocus({ field })` finds it as `inspector-<field>`. */
  id: string;
  /** The visible label; or `ariaLabel` when a heading nearby names the field. */
  label?: string;
  ariaLabel?: string;
  /** A line under the field that describes it (read with it). */
  description?: ReactNode;
  /** The text shown while not typing ('' for a picker that only adds). */
  value: string;
  placeholder?: string;
  options: readonly ComboOption[];
  onChoose: (option: ComboOption) => void;
  /** An extra last option for what was typed (e.g. a new customer), or null. */
  create?: (query: string) => ComboOption | null;
  emptyText?: string;
  /** Escape with the list closed (a second Escape): the focus goes back (to the node). */
  onLeave?: () => void;
}

function PickerRound({
  id,
  label,
  ariaLabel,
  description,
  value,
  placeholder,
  options,
  onChoose,
  create,
  emptyText = 'Nothing matches.',
  onLeave,
  autoFocus,
  onDone,
}: PickerProps & { autoFocus: boolean; onDone: () => void }) {
  // What the field holds; the shown value (put back by Escape or on leaving) is no query.
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const stateRef = useRef<ComboState | null>(null);
  const query = text === value ? '' : text;

  const { shown, total } = useMemo(() => {
    const matches = query ? bestMatches(options, query) : options;
    const extra = query && create ? create(query) : null;
    const head = matches.slice(0, SHOWN);
    return { shown: extra ? [...head, extra] : head, total: matches.length };
  }, [options, query, create]);
  const current = options.find((option) => option.label === value);

  // While typing, the best match is the active option: what Enter takes is on screen before
  // it applies (React Aria leaves none active, so Enter would take nothing). This runs
  // after the ComboBox's own effects (a parent's run after its children's), which clear the
  // active option whenever the text changes.
  const firstKey = query && shown[0] ? keyOf(shown[0]) : null;
  // The page the open list hides from screen readers is no Tab stop meanwhile.
  useUntabbableWhileHidden(open);
  useEffect(() => {
    if (open && firstKey !== null) stateRef.current?.selectionManager.setFocusedKey(firstKey);
  }, [firstKey, query, open]);

  return (
    <ComboBox
      aria-label={label ? undefined : ariaLabel}
      items={shown}
      selectedKey={current ? keyOf(current) : null}
      defaultInputValue={value}
      onInputChange={setText}
      onOpenChange={(isOpen) => {
        setOpen(isOpen);
        // Closed after typing, without a choice (Escape, leaving): the shown value comes back.
        if (!isOpen && query) onDone();
      }}
      onSelectionChange={(key) => {
        const option = key === null ? undefined : shown.find((one) => keyOf(one) === key);
        if (!option || option === current) return;
        onDone();
        onChoose(option);
      }}
      allowsEmptyCollection
      className="flex flex-col"
    >
      {label && <Label className={labelClass}>{label}</Label>}
      <PickerInput
        id={id}
        placeholder={placeholder}
        autoFocus={autoFocus}
        firstKey={firstKey}
        onLeave={onLeave}
        stateRef={stateRef}
      />
      {description && (
        <Text slot="description" className="mt-1 text-xs leading-snug text-ink-faint">
          {description}
        </Text>
      )}
      <Popover
        placement="bottom start"
        offset={4}
        className="w-(--trigger-width) overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg"
      >
        <ListBox<ComboOption>
          aria-label={label ?? ariaLabel ?? 'Choices'}
          className="max-h-64 overflow-y-auto py-1 outline-none"
          renderEmptyState={() => <p className="px-3 py-2 text-sm text-ink-faint">{emptyText}</p>}
        >
          {(option) => (
            <ListBoxItem
              id={keyOf(option)}
              textValue={option.label}
              className={({ isFocused }) =>
                `flex cursor-pointer items-start gap-1.5 px-3 py-1.5 text-sm outline-none ${
                  isFocused ? 'bg-brand-soft' : ''
                } ${
                  option.kind === 'customer'
                    ? 'text-customer'
                    : option.kind === 'none'
                      ? 'text-ink-soft italic'
                      : option.kind === 'new'
                        ? 'font-medium text-brand'
                        : 'text-ink'
                } ${option.label === value ? 'font-semibold' : ''}`
              }
            >
              {option.kind === 'customer' && <HeartHandshake size={12} className="mt-1 shrink-0" />}
              {option.kind === 'new' && <Plus size={12} className="mt-1 shrink-0" />}
              <span className="min-w-0 leading-snug break-words">{option.label}</span>
            </ListBoxItem>
          )}
        </ListBox>
        {total > SHOWN && (
          <p className="border-t border-slate-100 px-3 py-1.5 text-xs text-ink-faint">
            Showing {SHOWN} of {total}; type to narrow.
          </p>
        )}
      </Popover>
    </ComboBox>
  );
}
