/**
 * While a React Aria ComboBox's list is open, the ComboBox hides the rest of
 * the page from screen readers (`aria-hidden`, so a screen reader's reading
 * stays between the field and its list, portalled to the end of the page) but
 * leaves it in the Tab order: a Tab stop a screen reader cannot perceive
 * (axe's aria-hidden-focus; adobe/react-spectrum#4937). This takes what is
 * hidden out of the Tab order for as long as it is hidden, and puts it back.
 * A click still focuses it (tabindex -1 keeps it focusable); Tab from the
 * field closes the list first, which shows the page again before focus moves.
 */
import { useEffect } from 'react';

const TABBABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable="true"]';

/** The elements under `aria-hidden` that Tab would reach, in `root`. */
function hiddenTabStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[aria-hidden="true"] :is(${TABBABLE})`)].filter(
    (element) => element.tabIndex >= 0,
  );
}

/**
 * Takes the page's hidden Tab stops out of the Tab order while `hidden` is
 * true. Call it in the component that renders the ComboBox, not inside it:
 * a parent's effects run after its children's, so the page is hidden by then.
 */
export function useUntabbableWhileHidden(hidden: boolean): void {
  useEffect(() => {
    if (!hidden) return;
    /** Each element changed, to its own tabindex attribute (null: it had none). */
    const changed = new Map<HTMLElement, string | null>();
    const untab = (element: HTMLElement) => {
      if (changed.has(element) || element.tabIndex < 0) return;
      changed.set(element, element.getAttribute('tabindex'));
      element.tabIndex = -1;
    };
    const take = (root: ParentNode) => {
      for (const element of hiddenTabStops(root)) untab(element);
    };
    take(document);
    // What is drawn while the list is open is hidden too (React Aria watches for it): the same
    // here, looking only at what changed (a big chart redrawing must not rescan the page).
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'childList' ? [...record.addedNodes] : [record.target];
        for (const node of nodes) {
          if (!(node instanceof HTMLElement) || !node.isConnected) continue;
          if (node.closest('[aria-hidden="true"]') && node.matches(TABBABLE)) untab(node);
          take(node);
        }
      }
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-hidden'],
    });
    return () => {
      observer.disconnect();
      for (const [element, tabindex] of changed) {
        if (tabindex === null) element.removeAttribute('tabindex');
        else element.setAttribute('tabindex', tabindex);
      }
    };
  }, [hidden]);
}
