/**
 * Library work one operation at a time, in order: each piece of work starts
 * once the one before it has settled (a failure does not stop the queue; it
 * rejects only the promise of the work that failed).
 */
export class WorkQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
