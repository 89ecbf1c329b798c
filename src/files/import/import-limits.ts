/**
 * How much Import takes on. Kept apart from the readers so the dialog can
 * check a file's size before reading it without loading the readers. Every
 * limit is checked in the import worker, before anything reaches the page,
 * and a file past one is refused with the limit named.
 */
import { formatBytes } from '../export/file-names';

/**
 * The largest file Import reads. A 20 MB HRIS export (about 300,000 short
 * rows) fits; past this the browser would hold several copies of the text.
 */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/**
 * The most roles one imported chart may have (issue 11). The editor windows
 * big charts and draws the rest on a canvas (`npm run bench:browser`), and
 * the import of 50,000 rows previews within 2 s (`npm run bench`).
 */
export const MAX_IMPORT_ROLES = 100_000;

/**
 * The most columns a file may have. HRIS exports carry a few hundred at most;
 * a header of a million columns would make the preview offer a million choices.
 */
export const MAX_IMPORT_COLUMNS = 1_000;

/** The longest cell read: Excel's own limit for one cell. */
export const MAX_CELL_CHARS = 32_767;

/**
 * How deep JSON may nest (in an Upturn file, or the chart inside an SVG or
 * PNG). A chart nests about six levels; 100,000 would overflow the stack of
 * every reader after `JSON.parse`.
 */
export const MAX_JSON_DEPTH = 100;

const count = (n: number) => n.toLocaleString('en');

/** The refusal for a file too large to import, naming its size; null when it fits. */
export function sizeRefusal(fileName: string, size: number): string | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return `“${fileName}” is ${formatBytes(size)}; Upturn imports files of up to ${formatBytes(MAX_IMPORT_BYTES)}. Export fewer columns, or one division at a time.`;
}

/** The refusal for a chart with more roles than Upturn opens. */
export function rolesRefusal(n: number, what: string): string {
  return `${what} has ${count(n)} roles; Upturn opens charts of up to ${count(MAX_IMPORT_ROLES)} roles. Import one division at a time.`;
}

/** The refusal for a row with too many columns. */
export function columnsRefusal(n: number, where: string): string {
  return `${where} has ${count(n)} columns; Upturn reads files of up to ${count(MAX_IMPORT_COLUMNS)} columns. Export only the columns the chart needs.`;
}

/** The refusal for a cell past the cell limit. */
export function cellRefusal(row: number, column: number, length: number): string {
  return `Row ${row}, column ${column}: a cell of ${count(length)} characters; Upturn reads cells of up to ${count(MAX_CELL_CHARS)} characters (Excel's limit).`;
}

/**
 * How deep `text` nests as JSON, counting `[` and `{` outside strings;
 * stops counting once past `limit`. Iterative, so any depth is safe to measure.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** The refusal for JSON nested deeper than Upturn reads; null when it is shallow enough. */
export function depthRefusal(text: string, what: string): string | null {
  if (jsonDepth(text) <= MAX_JSON_DEPTH) return null;
  return `${what} nests more than ${count(MAX_JSON_DEPTH)} levels deep; an Upturn chart nests about six. It was not read.`;
}
