/**
 * The header spellings real exports use, and a header read as words: how a
 * header is compared with them, and how a reader finds the header row.
 */
import { COLUMN_FIELDS, type ColumnField } from './column-mapping';

/**
 * Known spellings per field, best first: when two columns match a field, the
 * one with the earlier spelling wins (a "Manager ID" column beats a
 * "Manager" name column). Sources: the vendor fixtures in
 * src/files/__fixtures__/vendors/, each naming the documentation it follows.
 */
export const COLUMN_SPELLINGS: Readonly<Record<ColumnField, readonly string[]>> = {
  id: [
    'id',
    'employee id',
    'employee number',
    'associate id',
    'user id',
    'worker id',
    'person id',
    'object id',
    'employee no',
    'employee code',
    'emp id',
    'ee id',
    'staff id',
    'staff number',
    'personnel number',
    'file number',
  ],
  title: [
    'title',
    'job title',
    'position',
    'role',
    'business title',
    'employee title',
    'job title description',
    'position title',
    'designation',
    'job name',
  ],
  person: [
    'person',
    'name',
    'full name',
    'employee name',
    'display name',
    'legal name',
    'worker',
    'employee',
    'preferred full name',
  ],
  firstName: ['first name', 'given name', 'legal first name', 'preferred first name'],
  lastName: ['last name', 'family name', 'surname', 'legal last name'],
  team: [
    'team',
    'department',
    'division',
    'org unit',
    'home department',
    'department name',
    'supervisory organization',
    'business unit',
    'home department description',
    'org level 1 description',
    'org level 1',
  ],
  manager: [
    'reports to',
    'manager id',
    'supervisor id',
    'reports to id',
    'reports to associate id',
    'reports to employee id',
    'manager employee id',
    'manager user id',
    'parent id',
    'pid',
    'manager email',
    'supervisor email',
    'managers email',
    'manager work email',
    'reporting to',
    'reporting manager',
    'line manager',
    'manager',
    'supervisor',
    'manager name',
    'supervisor name',
    'reports to name',
  ],
  email: [
    'email',
    'work email',
    'email address',
    'work email address',
    'mail',
    'primary email',
    'business email',
    'user principal name',
  ],
  headcount: ['headcount', 'head count', 'fte count'],
  serves: ['serves'],
};

/**
 * A header as words: annotations in brackets or parentheses dropped, camelCase
 * split, `#` read as "number", lower case. `Employee #` → employee number;
 * `objectId` → object id; `First Name [Required]` → first name.
 */
export function headerWords(header: string): string[] {
  const bare = header.replace(/\uFEFF/g, '');
  const stripped = bare.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ');
  const text = (stripped.trim() === '' ? bare : stripped)
    .replace(/[#№]/g, ' number ')
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/['’]/g, '');
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** A header reduced to what matching compares: its words with nothing between them. */
export function normaliseHeader(header: string): string {
  return headerWords(header).join('');
}

/** Every known spelling, normalised, with its field and rank. */
export const LOOKUP: ReadonlyMap<string, { field: ColumnField; rank: number }> = (() => {
  const lookup = new Map<string, { field: ColumnField; rank: number }>();
  for (const field of COLUMN_FIELDS) {
    COLUMN_SPELLINGS[field].forEach((spelling, rank) => {
      const key = normaliseHeader(spelling);
      if (!lookup.has(key)) lookup.set(key, { field, rank });
    });
  }
  return lookup;
})();

/**
 * How many fields a row would fill if it were the header: how the reader
 * finds the header after a preamble, and spots a second header row of labels.
 */
export function headerScore(cells: readonly string[]): number {
  const fields = new Set<ColumnField>();
  for (const cell of cells.slice(0, 400)) {
    if (cell.length > 80) continue;
    const hit = LOOKUP.get(normaliseHeader(cell));
    if (hit) fields.add(hit.field);
  }
  return fields.size;
}
