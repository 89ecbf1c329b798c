/**
 * The toolbar's buttons: an icon and a visible name (the name tests and screen
 * readers find), the label giving way to the icon on narrow screens.
 */
import type { ReactNode } from 'react';
import { Pressable } from 'react-aria-components';

/**
 * A toolbar label that gives way to its icon below 1600 px: still the button's
 * accessible name (visually hidden, not removed) and its tooltip, so the
 * toolbar fits on one line at 1280 px.
 */
export const COLLAPSIBLE_LABEL = 'max-[1599px]:sr-only';

/** The look of a toolbar button, for the buttons that are React Aria triggers too. */
export function toolButtonClass(primary = false): string {
  return `inline-flex h-9 items-center gap-1.5 rounded-lg px-3 text-sm font-medium transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:opacity-40 ${
    primary
      ? 'bg-brand text-white shadow-sm hover:bg-indigo-700'
      : 'text-ink-soft hover:bg-slate-100 hover:text-ink'
  }`;
}

/** A toolbar button: an icon and a visible name (the name tests and screen readers find). */
export function ToolButton({
  label,
  icon,
  onClick,
  disabled,
  shortcut,
  primary,
  hideLabel,
  keepLabel,
}: {
  label: string;
  icon?: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  shortcut?: string;
  primary?: boolean;
  /** Icon-only on screen; the accessible name stays the label. */
  hideLabel?: boolean;
  /** The label stays on screen at every width (the drawing commands). */
  keepLabel?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-label={hideLabel ? label : undefined}
      aria-keyshortcuts={shortcut}
      className={toolButtonClass(primary)}
    >
      {icon}
      {!hideLabel && (
        <span className={primary || keepLabel || !icon ? '' : COLLAPSIBLE_LABEL}>{label}</span>
      )}
    </button>
  );
}

/**
 * A toolbar button that opens a React Aria overlay: the child of a MenuTrigger
 * or DialogTrigger, which hands it the press handling and aria-expanded. The
 * same look, tooltip and shortcut as a ToolButton.
 */
export function ToolTrigger({
  label,
  icon,
  shortcut,
  disabled,
}: {
  label: string;
  icon: ReactNode;
  shortcut?: string;
  disabled?: boolean;
}) {
  return (
    <Pressable isDisabled={disabled}>
      <button
        type="button"
        disabled={disabled}
        title={shortcut ? `${label} (${shortcut})` : label}
        aria-keyshortcuts={shortcut}
        className={toolButtonClass()}
      >
        {icon}
        <span className={COLLAPSIBLE_LABEL}>{label}</span>
      </button>
    </Pressable>
  );
}
