/**
 * What a column mapping is: the role fields a column of an import can fill,
 * the mapping from fields to columns, and the user's choices applied over
 * what detection found (detection: column-matching.ts).
 */

/** The role fields a column can fill. */
export type ColumnField =
  | 'id'
  | 'title'
  | 'person'
  | 'firstName'
  | 'lastName'
  | 'team'
  | 'manager'
  | 'email'
  | 'headcount'
  | 'serves';

/**
 * For each field, the 0-based index of the column that fills it, or null.
 * `manager` cells may hold the manager's id, email (matched against the
 * `email` column) or unique name: each cell is resolved by its value.
 */
export type ColumnMapping = Record<ColumnField, number | null>;

/** A field the detection filled from a header's words, not from a known spelling. */
export interface ColumnGuess {
  field: ColumnField;
  column: number;
  /** Why, for a person: "its words name a manager and an email". */
  reason: string;
}

/** What detection found: the mapping, what it guessed, and other columns that identify a person. */
export interface DetectedColumns {
  mapping: ColumnMapping;
  guesses: ColumnGuess[];
  /**
   * Other columns that name a person uniquely (a second id, an email, a
   * user principal name): a manager cell may refer to any of them.
   */
  keyColumns: number[];
}

/** Every field, in the order the preview lists them. */
export const COLUMN_FIELDS: readonly ColumnField[] = [
  'id',
  'title',
  'person',
  'firstName',
  'lastName',
  'team',
  'manager',
  'email',
  'headcount',
  'serves',
];

/** A mapping with every field unmapped. */
export function emptyMapping(): ColumnMapping {
  return {
    id: null,
    title: null,
    person: null,
    firstName: null,
    lastName: null,
    team: null,
    manager: null,
    email: null,
    headcount: null,
    serves: null,
  };
}

/**
 * The detected mapping with the user's choices applied; `null` unmaps a field.
 * Column indexes outside the header are ignored.
 */
export function applyMappingOverrides(
  detected: ColumnMapping,
  overrides: Partial<ColumnMapping> | undefined,
  columnCount: number,
): ColumnMapping {
  const mapping = { ...detected };
  if (!overrides) return mapping;
  for (const field of COLUMN_FIELDS) {
    const column = overrides[field];
    if (column === undefined) continue;
    if (column === null) mapping[field] = null;
    else if (Number.isInteger(column) && column >= 0 && column < columnCount) {
      mapping[field] = column;
    }
  }
  return mapping;
}
