/**
 * An Excel workbook (.xlsx) to the rows the CSV import reads, with
 * read-excel-file (a small, maintained reader; npm's `xlsx` is frozen and
 * affected by CVE-2023-30533). Every cell becomes text as a person reads it:
 * numbers as written in the file (no rounding), dates as ISO dates, booleans
 * as TRUE or FALSE. Runs in the import worker.
 */
import readXlsxFile from 'read-excel-file/universal';
import { headerScore } from '../csv/header-spellings';

/** One sheet of a workbook, as rows of text. */
export interface WorkbookSheet {
  name: string;
  rows: string[][];
}

/** True when the bytes are a zip archive (an .xlsx workbook is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell as text (see the module comment). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
    return seconds === 0
      ? date
      : `${date} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Every sheet of a workbook, cells as text. Rejects when the bytes are no workbook. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const sheets = await readXlsxFile(buffer as ArrayBuffer, {
    // Numbers as the file writes them: an id "000101" stays itself, 0.1 never 0.10000000000000001.
    parseNumber: (text: string) => text,
  });
  return sheets.map((sheet) => ({
    name: sheet.sheet,
    rows: sheet.data.map((row) => row.map(cellText)),
  }));
}

/** The sheet to preselect: the first with a header (two role fields named), else the first. */
export function sheetWithHeader(sheets: readonly WorkbookSheet[]): WorkbookSheet | undefined {
  return (
    sheets.find((sheet) => sheet.rows.slice(0, 10).some((row) => headerScore(row) >= 2)) ??
    sheets[0]
  );
}
