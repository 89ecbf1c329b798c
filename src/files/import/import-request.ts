/**
 * One import request and its answer: what the import worker (import-worker.ts)
 * receives and sends back, and the work it does. Pure, so it runs the same in
 * the worker, on the main thread as a fallback, and in unit tests.
 *
 * Besides `readImportFile`'s answer, a CSV preview carries what the customer
 * step shows: the teams in the file and how many roles each customer rule
 * links. Files past the limits are refused by name before anything is built.
 */
import type { Chart } from '../../domain/chart';
import { previewTable, type CsvImportOptions, type CsvPreview } from '../csv/csv-import';
import { tableFromRows } from '../csv/csv-rows';
import { isZip, readWorkbook, sheetWithHeader, type WorkbookSheet } from '../xlsx/xlsx-import';
import { managerIds, ruleMatcher } from '../csv/customer-rules';
import { readImportFile } from './import-file';
import { reportProgress } from './import-progress';
import { MAX_IMPORT_ROLES, rolesRefusal, sizeRefusal } from './import-limits';
import type { ParseResult } from '../upturn-json/upturn-json';

/** A file to read, with the choices made in the preview (CSV only). */
export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  options: CsvImportOptions;
}

/** A workbook's sheets, and the one read. */
export interface WorkbookSheets {
  names: string[];
  chosen: string;
}

/** A team of the imported file and how many roles are in it. */
export interface TeamCount {
  team: string;
  roles: number;
}

/** The answer to an import request. */
export type ImportResponse =
  | {
      kind: 'csv';
      preview: CsvPreview;
      /** Teams in the file, largest first (only when the chart could be built). */
      teams: TeamCount[];
      /** Per customer rule (same order): roles it links; null when unknown (no chart, or no name). */
      ruleMatches: (number | null)[];
      /** For a workbook: its sheets and the one read. */
      sheets?: WorkbookSheets;
    }
  | { kind: 'chart'; format: 'json' | 'svg' | 'png'; result: ParseResult }
  | { kind: 'refused'; message: string };

/** The teams of a chart, largest first (ties by name), at most `limit`. */
export function teamCounts(chart: Chart, limit = 40): TeamCount[] {
  const counts = new Map<string, number>();
  for (const role of chart.roles) {
    const team = role.team?.trim();
    if (team) counts.set(team, (counts.get(team) ?? 0) + 1);
  }
  return [...counts]
    .map(([team, roles]) => ({ team, roles }))
    .sort((a, b) => b.roles - a.roles || a.team.localeCompare(b.team))
    .slice(0, limit);
}

/** Read a file the way Import does (see the module comment). Never throws on bad input. */
export function handleImportRequest({ fileName, bytes, options }: ImportRequest): ImportResponse {
  const tooLarge = sizeRefusal(fileName, bytes.length);
  if (tooLarge) return { kind: 'refused', message: tooLarge };
  const read = readImportFile(fileName, bytes, options);
  if (read.kind === 'chart') {
    if (read.result.ok && read.result.chart.roles.length > MAX_IMPORT_ROLES) {
      return {
        kind: 'refused',
        message: rolesRefusal(read.result.chart.roles.length, 'This chart'),
      };
    }
    return read;
  }
  return csvResponse(fileName, read.preview, options);
}

/** The answer for a previewed table: refused past the row cap, else with teams and rule counts. */
function csvResponse(
  fileName: string,
  preview: CsvPreview,
  options: CsvImportOptions,
  sheets?: WorkbookSheets,
): ImportResponse {
  if (preview.rowCount > MAX_IMPORT_ROLES) {
    return { kind: 'refused', message: rolesRefusal(preview.rowCount, `“${fileName}”`) };
  }
  const chart = preview.chart;
  const managers = chart ? managerIds(chart) : new Set<string>();
  const ruleMatches = (options.customerRules ?? []).map((rule) => {
    if (!chart || rule.customer.trim() === '') return null;
    const matches = ruleMatcher(rule, managers);
    return chart.roles.reduce((sum, role) => sum + (matches(role) ? 1 : 0), 0);
  });
  const response: ImportResponse = {
    kind: 'csv',
    preview,
    teams: chart ? teamCounts(chart) : [],
    ruleMatches,
  };
  if (sheets) response.sheets = sheets;
  return response;
}

/**
 * Like `handleImportRequest`, and reads Excel workbooks too (asynchronously:
 * the reader unzips in steps). What the import worker runs.
 */
export async function handleImport(request: ImportRequest): Promise<ImportResponse> {
  const { fileName, bytes, options } = request;
  if (!isZip(bytes) || sizeRefusal(fileName, bytes.length)) return handleImportRequest(request);
  let sheets: WorkbookSheet[];
  try {
    sheets = await readWorkbook(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'refused',
      message: `“${fileName}” is a zip archive but not an Excel workbook Upturn can read (${reason}).`,
    };
  }
  reportProgress(0.4, 'Checking rows');
  const chosen = sheets.find((sheet) => sheet.name === options.sheet) ?? sheetWithHeader(sheets);
  if (!chosen) return { kind: 'refused', message: `The workbook “${fileName}” has no sheets.` };
  const preview = previewTable(tableFromRows(chosen.rows, 0, ''), options, fileName);
  return csvResponse(fileName, preview, options, {
    names: sheets.map((sheet) => sheet.name),
    chosen: chosen.name,
  });
}
