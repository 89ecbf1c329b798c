/**
 * A modal dialog frame on React Aria's ModalOverlay, Modal and Dialog: a
 * dialog named by its heading, the page behind it inert, Tab kept inside,
 * Escape and a click on the backdrop close it, and focus given back on close
 * to the element that opened it.
 *
 * Focus return is done here, not left to React Aria alone: when one modal
 * replaces another (the Import dialog's file step gives way to its preview),
 * React Aria's new focus scope would remember a button of the modal that is
 * going away, and focus would end on the page's body. A modal that opens while
 * focus is inside another inherits that one's opener instead.
 */
import { XIcon } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Dialog, Heading, Modal as AriaModal, ModalOverlay } from 'react-aria-components';

/** Each open modal's panel, to the element focus goes back to when it closes. */
const openers = new WeakMap<Element, HTMLElement>();
const PANEL = 'data-modal-panel';

/**
 * The opener of the modal that closed last, for a modal that replaces it in the same
 * commit (whose effects run right after that modal's cleanup); forgotten a task later.
 */
let handedOver: HTMLElement | null = null;

function handOver(opener: HTMLElement | null) {
  handedOver = opener;
  setTimeout(() => {
    if (handedOver === opener) handedOver = null;
  });
}

/** The element to give focus back to: what had it, or, if that is a modal, that modal's opener. */
function openerNow(): HTMLElement | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const panel = active.closest(`[${PANEL}]`);
  return panel ? (openers.get(panel) ?? null) : active;
}

/** Moves focus to the first `data-autofocus` field once drawn (else React Aria focuses the dialog). */
function AutoFocus({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return (
    <div ref={box} className="contents">
      {children}
    </div>
  );
}

export function Modal({
  title,
  subtitle,
  onClose,
  children,
  footer,
  width = 'max-w-2xl',
}: {
  title: string;
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** A Tailwind max-width class. */
  width?: string;
}) {
  // Read during the first render, before anything in the dialog takes focus.
  const [found] = useState(openerNow);
  const panel = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // Focus may have left the modal this one replaces (a field disabled while a file is read):
    // then this one takes the opener that modal handed over as it went.
    const opener = found ?? handedOver;
    const element = panel.current;
    if (element && opener) openers.set(element, opener);
    return () => {
      handOver(opener);
      // After the overlay's own cleanup has made the page behind focusable again (it is still
      // inert here). Focus goes back unless it has gone somewhere on purpose meanwhile, or to
      // a modal that took this one's place.
      queueMicrotask(() => {
        const active = document.activeElement;
        const lost = !active || active === document.body || !active.isConnected;
        if (lost && opener?.isConnected) opener.focus();
      });
    };
  }, [found]);

  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/30 p-4 pt-[8vh] backdrop-blur-[2px]"
    >
      <AriaModal className={`flex max-h-[84vh] w-full ${width} outline-none`}>
        <Dialog
          ref={(element) => {
            panel.current = element;
            // The page behind is inert, so the dialog is modal: say so (React Aria leaves it out).
            element?.setAttribute('aria-modal', 'true');
          }}
          {...{ [PANEL]: '' }}
          className="flex max-h-[84vh] w-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white text-ink shadow-2xl shadow-slate-900/20 outline-none"
        >
          <header className="flex items-start justify-between gap-4 border-b border-slate-100 px-5 pt-4 pb-3">
            <div className="min-w-0">
              <Heading slot="title" className="text-base font-semibold text-ink">
                {title}
              </Heading>
              {subtitle && <div className="mt-0.5 text-sm text-ink-faint">{subtitle}</div>}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="-mr-1 inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-lg text-ink-faint transition hover:bg-slate-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
            >
              <XIcon size={16} />
            </button>
          </header>
          <AutoFocus>
            <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
          </AutoFocus>
          {footer && (
            <footer className="flex items-center justify-end gap-2 border-t border-slate-100 bg-slate-50/70 px-5 py-3">
              {footer}
            </footer>
          )}
        </Dialog>
      </AriaModal>
    </ModalOverlay>
  );
}

/** The dialog's buttons: one primary (brand) action, the rest quiet. */
export function DialogButton({
  children,
  onClick,
  primary,
  disabled,
}: {
  children: ReactNode;
  onClick: () => void;
  primary?: boolean;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className={`inline-flex h-9 items-center gap-1.5 rounded-lg px-3.5 text-sm font-medium transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:opacity-45 ${
        primary
          ? 'bg-brand text-white shadow-sm hover:bg-indigo-700'
          : 'border border-slate-200 bg-white text-ink-soft hover:text-ink'
      }`}
    >
      {children}
    </button>
  );
}
