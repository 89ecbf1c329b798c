/**
 * Which CSV column holds which role field. Headers are matched
 * case-insensitively, ignoring spaces, dashes and underscores, against the
 * spellings real HRIS exports use (issue 4, "Import").
 */

/** The role fields a CSV column can fill. */
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

/**
 * Accepted spellings per field, best first: when two columns match a field,
 * the one with the earlier spelling wins (a "Manager ID" column beats a
 * "Manager" name column).
 */
export const COLUMN_SPELLINGS: Readonly<Record<ColumnField, readonly string[]>> = {
  id: ['id', 'employee id', 'employee number', 'person id', 'worker id'],
  title: ['title', 'job title', 'position', 'role'],
  person: ['person', 'name', 'full name', 'employee name', 'display name'],
  firstName: ['first name', 'given name'],
  lastName: ['last name', 'family name', 'surname'],
  team: ['team', 'department', 'division', 'org unit'],
  manager: [
    'reports to',
    'manager id',
    'supervisor id',
    'parent id',
    'pid',
    'manager email',
    'supervisor email',
    'manager',
    'supervisor',
    'manager name',
    'supervisor name',
  ],
  email: ['email', 'work email', 'email address', 'work email address'],
  headcount: ['headcount'],
  serves: ['serves'],
};

/** A header reduced to what matching compares: lower case, no spaces, dashes or underscores. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s\-_\uFEFF]+/g, '');
}

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

const LOOKUP: ReadonlyMap<string, { field: ColumnField; rank: number }> = new Map(
  COLUMN_FIELDS.flatMap((field) =>
    COLUMN_SPELLINGS[field].map((spelling, rank) => [normaliseHeader(spelling), { field, rank }]),
  ),
);

/**
 * Detect the mapping from a header row. Each column fills at most one field;
 * each field takes the column with its best spelling (the leftmost on a tie).
 */
export function matchColumns(headers: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  const bestRank = new Map<ColumnField, number>();
  headers.forEach((header, column) => {
    const hit = LOOKUP.get(normaliseHeader(header));
    if (!hit) return;
    const best = bestRank.get(hit.field);
    if (best === undefined || hit.rank < best) {
      bestRank.set(hit.field, hit.rank);
      mapping[hit.field] = column;
    }
  });
  return mapping;
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
