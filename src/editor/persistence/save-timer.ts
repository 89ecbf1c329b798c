/**
 * When the autosave stores the open chart: 300 ms after the last change,
 * never later than a second into a stream of changes, and at once when the
 * page is hidden or left (`pagehide`, `visibilitychange`). The journal has
 * made every change durable already; this decides when it is compacted into
 * the library.
 */

export interface SaveTiming {
  /** Quiet time after a change before saving; default 300 ms. */
  delay?: number;
  /** The longest a change waits while edits keep coming; default 1000 ms. */
  maxWait?: number;
  /** Where `pagehide` and `visibilitychange` are heard; default the page's window and document. */
  page?: { window?: EventTarget; document?: EventTarget & { visibilityState?: string } } | null;
}

export class SaveTimer {
  private readonly delay: number;
  private readonly maxWait: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet saved was made (for maxWait), or null. */
  private pendingSince: number | null = null;
  private readonly cleanups: (() => void)[] = [];

  /** `save` runs when the time comes; `flush` when the page goes away. */
  constructor(
    timing: SaveTiming,
    private readonly save: () => void,
    flush: () => void,
  ) {
    this.delay = timing.delay ?? 300;
    this.maxWait = timing.maxWait ?? 1000;
    const page =
      timing.page === undefined
        ? {
            window: typeof window === 'undefined' ? undefined : window,
            document: typeof document === 'undefined' ? undefined : document,
          }
        : timing.page;
    const onPageHide = () => flush();
    const onVisibility = () => {
      if (page?.document?.visibilityState === 'hidden') flush();
    };
    if (page?.window) {
      page.window.addEventListener('pagehide', onPageHide);
      this.cleanups.push(() => page.window?.removeEventListener('pagehide', onPageHide));
    }
    if (page?.document) {
      page.document.addEventListener('visibilitychange', onVisibility);
      this.cleanups.push(() =>
        page.document?.removeEventListener('visibilitychange', onVisibility),
      );
    }
  }

  /** A change was made: save after the quiet time, or by the deadline of the oldest waiting one. */
  schedule(): void {
    const now = Date.now();
    this.pendingSince ??= now;
    const wait = Math.max(0, Math.min(this.delay, this.pendingSince + this.maxWait - now));
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.save();
    }, wait);
  }

  /** A save is starting now (or the change is no longer this chart's): nothing waits. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pendingSince = null;
  }

  dispose(): void {
    this.cancel();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}
