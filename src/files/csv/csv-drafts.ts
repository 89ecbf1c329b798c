/**
 * Each CSV record read into a draft role: its cells picked by the column
 * mapping, trimmed and unguarded, with the problems a single row can have on
 * its own (no id, no title, a bad headcount). Links between rows are checked
 * later, once every row is known.
 */
import { COLUMN_FIELDS, type ColumnMapping } from './column-mapping';
import { splitServes, unguardCell } from './csv-cells';
import type { ManagerDraft } from './csv-managers';
import type { CsvRecord } from './csv-rows';
import { UNTITLED_ROLE, type RepairLog } from './csv-repairs';
import { quote, type FileProblem } from '../file-problem';

/** One row as a role-to-be; `serves` entries are still ids or customer names. */
export interface Draft extends ManagerDraft {
  team?: string;
  headcount: number;
  serves: string[];
  /** The row's other non-empty cells, by header: kept on the role, never dropped. */
  extra?: Record<string, string>;
  /** True when a repair skips this row. */
  skip?: boolean;
  /** What repairs changed on this role, kept on it so the chart shows it. */
  repairs?: string[];
}

/**
 * Fields that become part of a role: every field but `email` (a key for
 * manager cells only). Every other column is kept in `extra`.
 */
const ROLE_FIELDS = COLUMN_FIELDS.filter((field) => field !== 'email');

const RESERVED = new Set([
  'id',
  'title',
  'person',
  'team',
  'headcount',
  'reportsTo',
  'serves',
  'extra',
]);

/**
 * The columns kept in `extra` and the key each is kept under: its header, made
 * unique ("Notes", "Notes (2)"); a blank header becomes "Column 5", and a
 * header that is a role field's name (a second "title") becomes "title 5".
 */
export function extraColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
): [number, string][] {
  const used = new Set(ROLE_FIELDS.map((field) => mapping[field]));
  const seen = new Map<string, number>();
  const columns: [number, string][] = [];
  headers.forEach((header, column) => {
    if (used.has(column)) return;
    // A key a role field already uses would be dropped when the chart is saved.
    const base =
      header && !RESERVED.has(header) ? header : `${header || 'Column'} ${column + 1}`.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    columns.push([column, count === 1 ? base : `${base} (${count})`]);
  });
  return columns;
}

/** A cell as the importer reads it: trimmed, with the export's formula guard removed. */
function clean(cell: string | undefined): string {
  return cell === undefined ? '' : unguardCell(cell.trim());
}

function err(code: FileProblem['code'], rows: number[], message: string): FileProblem {
  return { severity: 'error', code, rows, message };
}

/** What reading the drafts needs besides the records. */
export interface DraftContext {
  headers: readonly string[];
  mapping: ColumnMapping;
  /** Other columns that identify a person (a second id, an email): manager cells may use them. */
  keyColumns: readonly number[];
  repairs: RepairLog;
}

/** "Maria Lopez" → "Lopez, Maria": how a "Reports To Name" column writes a name. */
function lastCommaFirst(name: string): string | null {
  const at = name.lastIndexOf(' ');
  return at <= 0 ? null : `${name.slice(at + 1)}, ${name.slice(0, at)}`;
}

/**
 * Every record as a draft, with the problems each row has on its own. With
 * no id column, ids are made from row numbers (`row-5`); with no title
 * column, every role is "Untitled role" (the preview says so once).
 */
export function readDrafts(
  records: readonly CsvRecord[],
  { headers, mapping, keyColumns, repairs }: DraftContext,
): { drafts: Draft[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const keep = extraColumns(headers, mapping);
  const cellOf = (record: CsvRecord, column: number | null) =>
    column === null ? '' : clean(record.cells[column]);
  const flag = (draft: Draft, text: string) => {
    draft.repairs = [...(draft.repairs ?? []), text];
    repairs.mark(draft.row, 'repaired');
  };
  const drafts = records.map((record): Draft => {
    const { row } = record;
    const id = mapping.id === null ? `row-${row}` : cellOf(record, mapping.id);
    const title = cellOf(record, mapping.title);
    const first = cellOf(record, mapping.firstName);
    const last = cellOf(record, mapping.lastName);
    const person = cellOf(record, mapping.person) || [first, last].filter(Boolean).join(' ');
    const aliases = first && last ? [`${last}, ${first}`] : [];
    if (aliases.length === 0 && person) {
      const alias = lastCommaFirst(person);
      if (alias) aliases.push(alias);
    }
    const draft: Draft = {
      row,
      id,
      title: mapping.title === null ? UNTITLED_ROLE : title,
      aliases,
      email: cellOf(record, mapping.email),
      keys: keyColumns.map((column) => cellOf(record, column)).filter((key) => key !== ''),
      manager: cellOf(record, mapping.manager),
      headcount: 1,
      // The formula guard is on the whole cell, so it comes off before splitting.
      serves: splitServes(cellOf(record, mapping.serves)),
    };
    if (person) draft.person = person;
    for (const [column, key] of keep) {
      const value = cellOf(record, column);
      if (value !== '') (draft.extra ??= {})[key] = value;
    }
    const team = cellOf(record, mapping.team);
    if (team) draft.team = team;
    if (id === '') {
      problems.push(
        repairs.problem('emptyId', err('empty-id', [row], `Row ${row} has no id.`), 'skipped'),
      );
      if (repairs.chosen('emptyId')) {
        draft.skip = true;
        repairs.mark(row, 'skipped');
      }
    }
    if (mapping.title !== null && title === '') {
      const problem = err(
        'empty-title',
        [row],
        `Row ${row}${id ? ` (${quote(id)})` : ''} has no title.`,
      );
      problems.push(repairs.problem('emptyTitle', problem, `titled “${UNTITLED_ROLE}”`));
      if (repairs.chosen('emptyTitle')) {
        draft.title = UNTITLED_ROLE;
        flag(draft, 'no title in the file');
      }
    }
    const headcount = cellOf(record, mapping.headcount);
    if (headcount !== '') {
      const value = Number(headcount);
      if (Number.isInteger(value) && value > 0) draft.headcount = value;
      else {
        const problem = err(
          'invalid-headcount',
          [row],
          `Row ${row}: headcount ${quote(headcount)} is not a whole number of 1 or more.`,
        );
        problems.push(repairs.problem('headcount', problem, 'headcount 1'));
        if (repairs.chosen('headcount')) flag(draft, `headcount ${quote(headcount)} read as 1`);
      }
    }
    return draft;
  });
  return { drafts, problems };
}
