/**
 * An HRIS (or Upturn) export to a chart, through a preview: the detected
 * column mapping (which the user can change) and what it guessed, the row
 * count, every problem with its rows, the repairs on offer, and the chart
 * when nothing blocks it. Nothing here touches the chart on screen; the
 * editor opens `preview.chart` as a new chart.
 *
 * Linear in the number of rows (maps, no nested scans), so a 50,000-row
 * export previews in a fraction of a second.
 */
import type { Chart } from '../../domain/chart';
import { applyMappingOverrides, type ColumnGuess, type ColumnMapping } from './column-mapping';
import { detectColumns, matchColumns } from './column-matching';
import { COLUMN_SPELLINGS } from './header-spellings';
import { buildChart } from './csv-build';
import type { RepairChoices, RepairOffer } from './csv-repairs';
import { UNTITLED_ROLE } from './csv-repairs';
import { readCsvRows, type CsvRows } from './csv-rows';
import type { CustomerRule } from './customer-rules';
import type { ManagerSuggestion } from './manager-suggestion';
import { hasErrors, quote, type FileProblem } from '../file-problem';
import { decodeText, detectBinary } from '../import/text-decoding';

/** What the user chose in the import preview. */
export interface CsvImportOptions {
  /** The user's changes to the detected mapping (`null` unmaps a field). */
  mapping?: Partial<ColumnMapping>;
  /** Customer groups and the teams or titles that serve them, applied as service links. */
  customerRules?: CustomerRule[];
  /** The repairs chosen for the problems that have one. */
  repairs?: RepairChoices;
  /** The new chart's name; default "Imported chart". */
  name?: string;
  /** For a workbook: the sheet to read (default: the first with a header). */
  sheet?: string;
}

/** What the import preview shows, and the chart it would open. */
export interface CsvPreview {
  /** The header row as written (trimmed). */
  headers: string[];
  /** The mapping used: detected, with the user's overrides applied. */
  mapping: ColumnMapping;
  /** Fields the detection guessed from a header's words, and why (overridden fields left out). */
  guesses: ColumnGuess[];
  /** Data rows (blank rows and a second header row of labels are not counted). */
  rowCount: number;
  /** Every problem found, errors and warnings, in the order of the file. */
  problems: FileProblem[];
  /** The repairs on offer, one per kind of problem that has one. */
  repairs: RepairOffer[];
  /** When most roles would have no manager: the column that looks like the manager column. */
  managerSuggestion: ManagerSuggestion | null;
  /** Roles the chart will have, roles a repair changed, rows skipped. */
  counts: { imported: number; repaired: number; skipped: number };
  /** The imported chart; null when any problem is an error. */
  chart: Chart | null;
}

function err(code: FileProblem['code'], rows: number[], message: string): FileProblem {
  return { severity: 'error', code, rows, message };
}

/** Preview the import of a file's bytes: refuses binary files by name, then decodes and previews. */
export function previewCsvBytes(
  bytes: Uint8Array,
  options: CsvImportOptions = {},
  fileName = '',
): CsvPreview {
  const binary = detectBinary(bytes);
  if (binary) {
    const hint = binary.includes('Excel')
      ? ' Save it from Excel as "CSV UTF-8" and import that.'
      : '';
    return failed([err('not-csv', [], `This is ${binary}, not a CSV file.${hint}`)]);
  }
  return previewCsv(decodeText(bytes), options, fileName);
}

/** A preview of nothing: the file was refused before it had a header. */
export function failed(problems: FileProblem[]): CsvPreview {
  return {
    headers: [],
    mapping: matchColumns([]),
    guesses: [],
    rowCount: 0,
    problems,
    repairs: [],
    managerSuggestion: null,
    counts: { imported: 0, repaired: 0, skipped: 0 },
    chart: null,
  };
}

/** Preview the import of CSV text (see the module comment). Never throws. */
export function previewCsv(
  text: string,
  options: CsvImportOptions = {},
  fileName = '',
): CsvPreview {
  return previewTable(readCsvRows(text), options, fileName);
}

/** Preview rows already split into cells (a CSV, or a workbook's sheet). Never throws. */
export function previewTable(
  csv: CsvRows,
  options: CsvImportOptions = {},
  fileName = '',
): CsvPreview {
  const detected = detectColumns(csv.headers);
  const mapping = applyMappingOverrides(detected.mapping, options.mapping, csv.headers.length);
  const overridden = new Set(Object.keys(options.mapping ?? {}));
  const preview: CsvPreview = {
    ...failed([...csv.problems]),
    headers: csv.headers,
    mapping,
    guesses: detected.guesses.filter(
      (guess) => !overridden.has(guess.field) && mapping[guess.field] === guess.column,
    ),
    rowCount: csv.records.length,
  };
  if (csv.headers.length === 0) return preview;

  const nameless =
    mapping.person === null && mapping.firstName === null && mapping.lastName === null;
  if (mapping.id === null && nameless) {
    const spellings = COLUMN_SPELLINGS.id
      .slice(0, 6)
      .map((s) => quote(s))
      .join(', ');
    preview.problems.push(
      err(
        'missing-column',
        [1],
        `No id column: name one ${spellings}, or choose it in the mapping (an email or a name column also serves).`,
      ),
    );
    return preview;
  }
  if (mapping.id === null) {
    preview.problems.push({
      severity: 'warning',
      code: 'guessed-columns',
      rows: [],
      message:
        'No id or email column: each role gets an id from its row (row-2, row-3…), and managers are matched by name.',
    });
  }
  if (mapping.title === null) {
    preview.problems.push({
      severity: 'warning',
      code: 'no-title-column',
      rows: [],
      message: `No title column, and none close to one: every role is titled “${UNTITLED_ROLE}”. Choose a column in the mapping to use it instead.`,
    });
  }
  if (csv.records.length === 0) return preview;

  const built = buildChart(csv, {
    mapping,
    keyColumns: detected.keyColumns.filter((column) => !Object.values(mapping).includes(column)),
    repairs: options.repairs,
    customerRules: options.customerRules,
    name: options.name,
    fileName,
  });
  preview.problems.push(...built.problems);
  // Errors first (they are what must be fixed), each group in the order of the file.
  const rank = (problem: FileProblem) => (problem.severity === 'error' ? 0 : 1);
  preview.problems.sort((a, b) => rank(a) - rank(b) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  preview.repairs = built.log.offers();
  preview.managerSuggestion = built.managerSuggestion;
  preview.counts = {
    imported: built.chart.roles.length,
    repaired: built.log.repairedRows.size,
    skipped: built.log.skippedRows.size,
  };
  if (!hasErrors(preview.problems)) preview.chart = built.chart;
  return preview;
}
