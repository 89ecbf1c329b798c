/**
 * CSV text to a header and numbered records, with papaparse (never split by
 * hand: quoted commas, quotes and newlines inside cells are the norm in HRIS
 * exports). Structural problems (an unclosed quote, a row with the wrong
 * number of cells, text that is not CSV at all) are reported with their rows.
 */
import Papa from 'papaparse';
import { describeRows, type FileProblem } from '../file-problem';
import { detectNonCsvText } from '../import/text-decoding';
import {
  MAX_CELL_CHARS,
  MAX_IMPORT_COLUMNS,
  cellRefusal,
  columnsRefusal,
} from '../import/import-limits';
import { headerScore } from './header-spellings';
import { reportProgress } from '../import/import-progress';

/** One data record, with its row number as a spreadsheet shows it (header = row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** A parsed CSV file: header, records and structural problems. */
export interface CsvRows {
  headers: string[];
  records: CsvRecord[];
  /** The delimiter the file uses: `,`, `;`, tab or `|`. */
  delimiter: string;
  problems: FileProblem[];
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of the header line: whichever candidate occurs most there
 * outside quotes (comma on a tie). Decided from the header alone because
 * `serves` cells are full of semicolons that would fool a guess from the data.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(c)) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter) ?? 0;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function error(code: FileProblem['code'], rows: number[], message: string): FileProblem {
  return { severity: 'error', code, rows, message };
}

/**
 * Where the data starts: lines before the header that begin with `#` (a
 * draw.io org-chart CSV opens with its `# label:`, `# connect:` settings) or
 * are blank. Returns the rest of the text and how many lines were skipped.
 */
export function dropPreamble(text: string): { body: string; skipped: number } {
  let at = 0;
  let skipped = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    if (!line.startsWith('#') && line.trim() !== '') break;
    skipped++;
    if (end === -1) return { body: '', skipped };
    at = end + 1;
  }
  return { body: text.slice(at), skipped };
}

/** Cells in the first line for this delimiter (outside quotes), counted without splitting. */
function firstLineCells(text: string, delimiter: string): number {
  let cells = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === delimiter) cells++;
  }
  return cells;
}

function refused(problem: FileProblem, delimiter = ','): CsvRows {
  return { headers: [], records: [], delimiter, problems: [problem] };
}

/** Parse CSV text into a trimmed header and the non-blank records. */
export function readCsvRows(input: string): CsvRows {
  const text = input.replace(/^\uFEFF/, '');
  const notCsv = detectNonCsvText(text);
  if (notCsv) return refused(error('not-csv', [], `This is ${notCsv}, not a CSV file.`));
  const { body, skipped } = dropPreamble(text);
  if (body.trim() === '') {
    return refused(
      error('no-rows', [], 'The file is empty: a CSV needs a header row and a row per role.'),
    );
  }

  const delimiter = detectDelimiter(body);
  // Refused before parsing: a million-column header is answered at once.
  const width = firstLineCells(body, delimiter);
  if (width > MAX_IMPORT_COLUMNS) {
    return refused(
      error('too-many-columns', [skipped + 1], columnsRefusal(width, `Row ${skipped + 1}`)),
      delimiter,
    );
  }
  const parsed = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false });
  const problems: FileProblem[] = [];
  for (const parseError of parsed.errors) {
    if (parseError.type === 'Delimiter') continue;
    const row = parseError.row === undefined ? [] : [parseError.row + 1 + skipped];
    const what =
      parseError.code === 'MissingQuotes'
        ? 'a quoted cell is never closed (a " is missing), so the rest of the file runs into it'
        : 'a quote (") is out of place in a cell';
    const where = row.length > 0 ? capitalise(describeRows(row)) : 'In the file';
    problems.push(error('parse', row, `${where}: ${what}.`));
  }
  reportProgress(0.4, 'Checking rows');
  return tableFromRows(parsed.data, skipped, delimiter, problems);
}

/** How many of the first rows may come before the header (a title, a date, a blank line). */
const HEADER_SEARCH = 10;

/**
 * Rows of cells (from a CSV or a spreadsheet sheet) to a header and records.
 * The header is the first row that names at least two role fields among the
 * first few; a second header row of labels right after it (SAP
 * SuccessFactors' user data file) is skipped and said. `offset` is the number
 * of file rows before `data[0]`, so rows are numbered as the file shows them.
 */
export function tableFromRows(
  data: readonly string[][],
  offset: number,
  delimiter: string,
  problems: FileProblem[] = [],
): CsvRows {
  const blank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
  let headerAt = data.findIndex((cells) => !blank(cells));
  if (headerAt === -1) {
    return refused(
      error('no-rows', [], 'The file is empty: it needs a header row and a row per role.'),
      delimiter,
    );
  }
  for (let i = headerAt; i < Math.min(data.length, headerAt + HEADER_SEARCH); i++) {
    if (headerScore(data[i]!) >= 2) {
      headerAt = i;
      break;
    }
  }
  const headers = data[headerAt]!.map((header) => header.trim());
  const score = headerScore(headers);
  const before = problems.filter((problem) => (problem.rows[0] ?? Infinity) > offset + headerAt);
  problems.length = 0;
  problems.push(...before);

  let first = headerAt + 1;
  while (first < data.length && blank(data[first]!)) first++;
  if (first < data.length && score >= 2) {
    const labels = headerScore(data[first]!);
    if (labels >= Math.max(2, Math.ceil(score / 2))) {
      const row = first + 1 + offset;
      problems.push({
        severity: 'warning',
        code: 'label-row',
        rows: [row],
        message: `Row ${row} repeats the header as labels (as SAP SuccessFactors writes it); it is read as a header, not a role.`,
      });
      first++;
    }
  }

  const records: CsvRecord[] = [];
  for (let index = first; index < data.length; index++) {
    const cells = data[index]!;
    if (blank(cells)) continue;
    const row = index + 1 + offset;
    if (cells.length > MAX_IMPORT_COLUMNS) {
      return refused(
        error('too-many-columns', [row], columnsRefusal(cells.length, `Row ${row}`)),
        delimiter,
      );
    }
    for (let column = 0; column < cells.length; column++) {
      const length = cells[column]!.length;
      if (length > MAX_CELL_CHARS) {
        return refused(
          error('cell-too-long', [row], cellRefusal(row, column + 1, length)),
          delimiter,
        );
      }
    }
    // A sheet (no delimiter) has ragged rows by nature: only text can be mis-split.
    if (delimiter !== '' && cells.length !== headers.length) {
      const extraEmpty =
        cells.length > headers.length && cells.slice(headers.length).every((c) => c.trim() === '');
      if (!extraEmpty) {
        problems.push(
          error(
            'column-count',
            [row],
            `Row ${row} has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}; the header has ${headers.length}. Check for a missing or extra "${delimiter === '\t' ? 'tab' : delimiter}" or an unclosed quote.`,
          ),
        );
      }
    }
    records.push({ row, cells });
  }
  if (records.length === 0 && problems.every((p) => p.severity !== 'error')) {
    problems.push(error('no-rows', [], 'The file has a header row but no roles.'));
  }
  return { headers, records, delimiter, problems };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
