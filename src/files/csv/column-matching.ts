/**
 * Which column of an import holds which role field. Headers are read as
 * words: case, spaces, dashes, underscores and camelCase are ignored, and
 * annotations in brackets or parentheses (`First Name [Required]`,
 * `Email (READ ONLY)`) are dropped. A header that is one of the spellings real
 * exports use maps with certainty; otherwise its words decide (`Employee
 * Title` is a title, `Manager - Work email` a manager's email, `Reports To
 * Associate ID` a manager id), and the mapping says it guessed, and why.
 */
import {
  emptyMapping,
  type ColumnField,
  type ColumnGuess,
  type ColumnMapping,
  type DetectedColumns,
} from './column-mapping';
import { headerWords, LOOKUP } from './header-spellings';

const MANAGER_WORDS = new Set([
  'manager',
  'managers',
  'supervisor',
  'reports',
  'reporting',
  'boss',
]);
const NOT_A_REFERENCE = new Set([
  'is',
  'flag',
  'level',
  'count',
  'type',
  'status',
  'date',
  'phone',
  'since',
  'title',
]);
const PERSON_WORDS = new Set([
  'employee',
  'person',
  'worker',
  'associate',
  'user',
  'staff',
  'personnel',
  'member',
  'emp',
  'ee',
  'object',
]);
const KEY_WORDS = new Set(['id', 'number', 'no', 'code', 'key', 'identifier']);
const TEAM_WORDS = new Set([
  'department',
  'team',
  'division',
  'unit',
  'organization',
  'organisation',
]);
/** Where a title is found when no column is a title: the closest a custom report has. */
const TITLE_FALLBACK_WORDS = [
  'profile',
  'job',
  'position',
  'role',
  'designation',
  'occupation',
  'function',
];

interface Candidate {
  field: ColumnField;
  column: number;
  score: number;
  reason: string | null;
}

const quoted = (header: string) => `“${header.length > 40 ? `${header.slice(0, 39)}…` : header}”`;

/** What a header's words suggest when it is no known spelling (at most one field). */
function fromWords(words: readonly string[]): Omit<Candidate, 'column'> | null {
  const has = (set: ReadonlySet<string>) => words.some((word) => set.has(word));
  const hasWord = (...list: string[]) => list.some((word) => words.includes(word));
  if (has(MANAGER_WORDS)) {
    if (has(NOT_A_REFERENCE) || hasWord('of', 'count')) return null;
    if (hasWord('email', 'mail', 'upn')) {
      return { field: 'manager', score: 38, reason: 'its words name a manager and an email' };
    }
    if (has(KEY_WORDS)) {
      return { field: 'manager', score: 40, reason: 'its words name a manager and an id' };
    }
    if (hasWord('name')) {
      return { field: 'manager', score: 30, reason: 'its words name a manager by name' };
    }
    return { field: 'manager', score: 34, reason: 'its words name a manager' };
  }
  if (hasWord('email', 'mail', 'e')) {
    if (hasWord('personal', 'home', 'private', 'alternate', 'alternative', 'secondary'))
      return null;
    if (hasWord('email', 'mail')) {
      return { field: 'email', score: 30, reason: 'its words name an email' };
    }
  }
  if (hasWord('title', 'designation') && !hasWord('company')) {
    return { field: 'title', score: 30, reason: 'its words name a title' };
  }
  const last = words[words.length - 1] ?? '';
  if (KEY_WORDS.has(last) && words.slice(0, -1).some((word) => PERSON_WORDS.has(word))) {
    return { field: 'id', score: 30, reason: 'its words name a person’s id' };
  }
  if (hasWord('first', 'given', 'forename') && !hasWord('day', 'date')) {
    return { field: 'firstName', score: 28, reason: 'its words name a first name' };
  }
  if (hasWord('last', 'family', 'surname') && !hasWord('day', 'date', 'modified', 'login')) {
    return { field: 'lastName', score: 28, reason: 'its words name a last name' };
  }
  if (hasWord('name') && !hasWord('user', 'company', 'middle', 'login', 'account', 'file')) {
    if (has(TEAM_WORDS)) {
      return { field: 'team', score: 26, reason: 'its words name a team' };
    }
    return { field: 'person', score: 25, reason: 'its words name a person' };
  }
  if (has(TEAM_WORDS) && !has(KEY_WORDS) && !hasWord('path', 'type')) {
    return { field: 'team', score: 25, reason: 'its words name a team' };
  }
  return null;
}

function isKeyLike(words: readonly string[], field: ColumnField | undefined): boolean {
  if (field === 'id' || field === 'email') return true;
  if (words.some((word) => MANAGER_WORDS.has(word))) return false;
  if (words.includes('email') || words.includes('mail')) {
    return !words.some((word) => ['personal', 'home', 'private'].includes(word));
  }
  const last = words[words.length - 1] ?? '';
  return KEY_WORDS.has(last) && words.slice(0, -1).some((word) => PERSON_WORDS.has(word));
}

/**
 * Detect the mapping from a header row (see the module comment). Each column
 * fills at most one field; each field takes its best candidate (a known
 * spelling beats a guess from words; the leftmost wins a tie). With no id
 * column the email column keys each role; with no title column the closest
 * column (a job profile, a position) gives the titles.
 */
export function detectColumns(headers: readonly string[]): DetectedColumns {
  const candidates: Candidate[] = [];
  const wordsOf = headers.map(headerWords);
  const knownField: (ColumnField | undefined)[] = [];
  wordsOf.forEach((words, column) => {
    const hit = LOOKUP.get(words.join(''));
    knownField[column] = hit?.field;
    if (hit) candidates.push({ field: hit.field, column, score: 100 - hit.rank, reason: null });
    else {
      const guess = fromWords(words);
      if (guess) candidates.push({ ...guess, column });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);

  const mapping = emptyMapping();
  const guesses: ColumnGuess[] = [];
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (mapping[candidate.field] !== null || taken.has(candidate.column)) continue;
    mapping[candidate.field] = candidate.column;
    taken.add(candidate.column);
    if (candidate.reason) {
      guesses.push({
        field: candidate.field,
        column: candidate.column,
        reason: `${quoted(headers[candidate.column]!)}: ${candidate.reason}`,
      });
    }
  }

  if (mapping.id === null && mapping.email !== null) {
    mapping.id = mapping.email;
    guesses.push({
      field: 'id',
      column: mapping.email,
      reason: `no id column, so each role is keyed by its email (${quoted(headers[mapping.email]!)})`,
    });
  }
  if (mapping.title === null) {
    for (const word of TITLE_FALLBACK_WORDS) {
      const column = wordsOf.findIndex(
        (words, index) =>
          !taken.has(index) &&
          words.includes(word) &&
          !words.some((w) => MANAGER_WORDS.has(w) || w === 'id' || w === 'date'),
      );
      if (column === -1) continue;
      mapping.title = column;
      taken.add(column);
      guesses.push({
        field: 'title',
        column,
        reason: `no title column, so titles come from ${quoted(headers[column]!)}, the closest`,
      });
      break;
    }
  }

  const used = new Set(Object.values(mapping));
  const keyColumns = wordsOf.flatMap((words, column) =>
    !used.has(column) && isKeyLike(words, knownField[column]) ? [column] : [],
  );
  return { mapping, guesses, keyColumns };
}

/** The detected mapping alone (see `detectColumns`). */
export function matchColumns(headers: readonly string[]): ColumnMapping {
  return detectColumns(headers).mapping;
}
