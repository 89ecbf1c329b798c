/**
 * How much Import takes on. Kept apart from the readers so the dialog can
 * check a file's size before reading it without loading the readers.
 */
import { formatBytes } from '../export/file-names';

/**
 * The largest file Import reads. A 20 MB HRIS export (about 300,000 short
 * rows) fits; past this the browser would hold several copies of the text.
 */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/**
 * The most roles one imported chart may have. The editor stays smooth at
 * 10,000 (`npm run bench:browser`: an edit repaints in about 60 ms there);
 * twice that is still usable, and beyond it every edit's re-analysis and
 * relayout would start to be felt.
 */
export const MAX_IMPORT_ROLES = 20_000;

/** The refusal for a file too large to import, naming its size; null when it fits. */
export function sizeRefusal(fileName: string, size: number): string | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return `“${fileName}” is ${formatBytes(size)}; Upturn imports files of up to ${formatBytes(MAX_IMPORT_BYTES)}. Export fewer columns, or one division at a time.`;
}

/** The refusal for a chart with more roles than Upturn opens. */
export function rolesRefusal(count: number, what: string): string {
  return `${what} has ${count.toLocaleString('en')} roles; Upturn opens charts of up to ${MAX_IMPORT_ROLES.toLocaleString('en')} roles. Import one division at a time.`;
}
