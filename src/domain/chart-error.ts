/**
 * The one error type of the chart domain. It lives in its own module so that
 * both the commands and `validateChart` can build it without importing each
 * other; `commands/apply-command.ts` re-exports it as part of its agreed API.
 */

/** What kind of problem a {@link ChartError} reports; callers branch on this, never on the text. */
export type ChartErrorCode =
  | 'cycle'
  | 'self-link'
  | 'unknown-id'
  | 'duplicate-id'
  | 'empty-title'
  | 'duplicate-link'
  | 'invalid-headcount'
  | 'invalid-field';

/**
 * A refused command, or a problem found in a whole chart. `message` is a full
 * sentence for people (it names roles by title); `ids` names the roles and
 * customers involved, for code that highlights them. For a reporting cycle
 * `ids` lists the roles on the cycle in reporting order.
 */
export class ChartError extends Error {
  override readonly name = 'ChartError';
  readonly code: ChartErrorCode;
  readonly ids: string[];

  constructor(code: ChartErrorCode, message: string, ids: string[] = []) {
    super(message);
    this.code = code;
    // Copied so a caller's array cannot change the error after the fact.
    this.ids = [...ids];
  }
}
