/**
 * Each CSV record read into a draft role: its cells picked by the column
 * mapping, trimmed and unguarded, with the problems a single row can have on
 * its own (no id, no title, a bad headcount). Links between rows are checked
 * later, once every row is known.
 */
import type { ColumnMapping } from './column-matching';
import { splitServes, unguardCell } from './csv-cells';
import type { ManagerDraft } from './csv-managers';
import type { CsvRecord } from './csv-rows';
import { quote, type FileProblem } from '../file-problem';

/** One row as a role-to-be; `serves` entries are still ids or customer names. */
export interface Draft extends ManagerDraft {
  team?: string;
  headcount: number;
  serves: string[];
  /** The row's other non-empty cells, by header: kept on the role, never dropped. */
  extra?: Record<string, string>;
}

/** Fields that become part of a role; every other column is kept in `extra`. */
const ROLE_FIELDS = [
  'id',
  'title',
  'person',
  'firstName',
  'lastName',
  'team',
  'manager',
  'headcount',
  'serves',
] as const;

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

/** Every record as a draft, with the problems each row has on its own. */
export function readDrafts(
  records: readonly CsvRecord[],
  headers: readonly string[],
  mapping: ColumnMapping,
): { drafts: Draft[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const keep = extraColumns(headers, mapping);
  const cellOf = (record: CsvRecord, column: number | null) =>
    column === null ? '' : clean(record.cells[column]);
  const drafts = records.map((record): Draft => {
    const { row } = record;
    const id = cellOf(record, mapping.id);
    const title = cellOf(record, mapping.title);
    const first = cellOf(record, mapping.firstName);
    const last = cellOf(record, mapping.lastName);
    const person = cellOf(record, mapping.person) || [first, last].filter(Boolean).join(' ');
    const draft: Draft = {
      row,
      id,
      title,
      aliases: first && last ? [`${last}, ${first}`] : [],
      email: cellOf(record, mapping.email),
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
    if (id === '') problems.push(err('empty-id', [row], `Row ${row} has no id.`));
    if (title === '') {
      problems.push(
        err('empty-title', [row], `Row ${row}${id ? ` (${quote(id)})` : ''} has no title.`),
      );
    }
    const headcount = cellOf(record, mapping.headcount);
    if (headcount !== '') {
      const value = Number(headcount);
      if (Number.isInteger(value) && value > 0) draft.headcount = value;
      else {
        problems.push(
          err(
            'invalid-headcount',
            [row],
            `Row ${row}: headcount ${quote(headcount)} is not a whole number of 1 or more.`,
          ),
        );
      }
    }
    return draft;
  });
  return { drafts, problems };
}
