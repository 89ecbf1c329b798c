/**
 * How far the import worker has got, for the progress bar of a long read.
 * The readers report at a few points (parsed, rows checked, chart built); the
 * worker listens and posts each report to the page. Nothing listens outside
 * the worker, so a report costs nothing there.
 */

/** A report: the share done (0–1) and what is being done, for a person. */
export type ProgressListener = (fraction: number, stage: string) => void;

let listener: ProgressListener | null = null;

/** Sets (or, with null, removes) the one listener. */
export function listenToProgress(next: ProgressListener | null): void {
  listener = next;
}

/** Reports progress to the listener, if any. */
export function reportProgress(fraction: number, stage: string): void {
  listener?.(fraction, stage);
}
