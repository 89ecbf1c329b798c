/**
 * What a file reader says about bad input. Every reader in src/files reports
 * problems in this one shape, so the import preview can list them the same
 * way whatever the file was.
 */

/** Why a file (or a row of it) is refused, or what the user should know before going ahead. */
export type FileProblemCode =
  // any file
  | 'not-json'
  | 'not-upturn'
  | 'newer-version'
  | 'invalid-field'
  | 'no-chart'
  | 'not-csv'
  | 'too-deep'
  | 'too-many-columns'
  | 'cell-too-long'
  | 'too-many-rows'
  // CSV structure
  | 'parse'
  | 'missing-column'
  | 'column-count'
  | 'no-rows'
  | 'label-row'
  | 'guessed-columns'
  | 'no-title-column'
  | 'no-hierarchy'
  // roles
  | 'empty-id'
  | 'duplicate-id'
  | 'empty-title'
  | 'invalid-headcount'
  | 'unknown-manager'
  | 'ambiguous-manager'
  | 'self-report'
  | 'self-serve'
  | 'cycle'
  | 'several-top-leaders'
  | 'rule-matches-nothing'
  | 'migrated'
  | 'duplicate-link'
  // a domain rule reported by validateChart (src/domain/validate.ts)
  | 'domain';

/** One problem found in a file. */
export interface FileProblem {
  /** Errors block the import; warnings let it go ahead. */
  severity: 'error' | 'warning';
  /** Machine-readable kind, for the UI to group by and tests to assert on. */
  code: FileProblemCode;
  /**
   * The rows involved, 1-based as a spreadsheet shows them (the header is
   * row 1, the first data row is row 2). Empty when the problem is not about
   * rows (a JSON file, a missing column).
   */
  rows: number[];
  /** One or two sentences for a person, naming the row, field or roles. */
  message: string;
  /** Ids of the roles involved, when known (for a cycle: in order along it). */
  ids?: string[];
}

/** True when any problem blocks the import. */
export function hasErrors(problems: readonly FileProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** "row 4", "rows 4 and 9", "rows 4, 9, 12 and 3 more": rows named the way a message reads. */
export function describeRows(rows: readonly number[], limit = 8): string {
  if (rows.length === 0) return 'no rows';
  if (rows.length === 1) return `row ${rows[0]}`;
  if (rows.length <= limit) {
    return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
  }
  return `rows ${rows.slice(0, limit).join(', ')} and ${rows.length - limit} more`;
}

/** Quote a piece of user text inside a message, shortened so one bad cell cannot flood the screen. */
export function quote(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `“${short}”`;
}
