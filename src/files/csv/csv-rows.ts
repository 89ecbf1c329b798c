/**
 * CSV text to a header and numbered records, with papaparse (never split by
 * hand: quoted commas, quotes and newlines inside cells are the norm in HRIS
 * exports). Structural problems (an unclosed quote, a row with the wrong
 * number of cells, text that is not CSV at all) are reported with their rows.
 */
import Papa from 'papaparse';
import { describeRows, type FileProblem } from '../file-problem';
import { detectNonCsvText } from '../import/text-decoding';

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

/** Parse CSV text into a trimmed header and the non-blank records. */
export function readCsvRows(input: string): CsvRows {
  const text = input.replace(/^\uFEFF/, '');
  const notCsv = detectNonCsvText(text);
  if (notCsv) {
    return {
      headers: [],
      records: [],
      delimiter: ',',
      problems: [error('not-csv', [], `This is ${notCsv}, not a CSV file.`)],
    };
  }
  if (text.trim() === '') {
    return {
      headers: [],
      records: [],
      delimiter: ',',
      problems: [
        error('no-rows', [], 'The file is empty: a CSV needs a header row and a row per role.'),
      ],
    };
  }

  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const problems: FileProblem[] = [];
  for (const parseError of parsed.errors) {
    if (parseError.type === 'Delimiter') continue;
    const row = parseError.row === undefined ? [] : [parseError.row + 1];
    const what =
      parseError.code === 'MissingQuotes'
        ? 'a quoted cell is never closed (a " is missing), so the rest of the file runs into it'
        : 'a quote (") is out of place in a cell';
    const where = row.length > 0 ? capitalise(describeRows(row)) : 'In the file';
    problems.push(error('parse', row, `${where}: ${what}.`));
  }

  const data = parsed.data;
  const headers = (data[0] ?? []).map((header) => header.trim());
  const records: CsvRecord[] = [];
  for (let index = 1; index < data.length; index++) {
    const cells = data[index]!;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const row = index + 1;
    if (cells.length !== headers.length) {
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
  if (records.length === 0 && problems.length === 0) {
    problems.push(error('no-rows', [], 'The file has a header row but no roles.'));
  }
  return { headers, records, delimiter, problems };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
