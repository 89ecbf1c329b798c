/**
 * Bytes of an imported file to text, and the early refusal of files that are
 * not text at all (a spreadsheet workbook, a PDF, an image). HRIS exports come
 * as UTF-8 with or without a BOM, or as Windows-1252 from older Excel.
 */

/**
 * WHATWG windows-1252 for bytes 0x80–0x9F (the only range where it differs
 * from Latin-1). Browsers decode these right; Node 20 routes the label through
 * a Latin-1 fast path and returns C1 control characters instead
 * (nodejs/node#60888), so the decoder's output is corrected with this table.
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Decode a text file: UTF-8 (a BOM is dropped), UTF-16 when it starts with a
 * UTF-16 BOM (Excel's "Unicode text"), and Windows-1252 when the bytes are not
 * valid UTF-8. Never throws.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // The default (ignoreBOM: false) drops a leading UTF-8 BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
}

interface Signature {
  /** What the file is, as a person names it. */
  name: string;
  bytes: readonly number[];
}

/** Magic numbers of the files people pick by mistake instead of a CSV. */
const SIGNATURES: readonly Signature[] = [
  { name: 'an Excel workbook or other zip archive (.xlsx, .zip)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an old Excel workbook (.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

/**
 * When the bytes are clearly not a text file, what they look like
 * ("an Excel workbook or other zip archive (.xlsx, .zip)", "a binary file");
 * null for text. Looks only at the start of the file, so it is cheap.
 */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, i) => bytes[i] === byte)) return signature.name;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return null; // UTF-16 text has NUL bytes
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return null;
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return 'a binary file';
    // Control characters other than tab, LF, FF and CR are rare in text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return head.length > 0 && control / head.length > 0.1 ? 'a binary file' : null;
}

/**
 * When decoded text is clearly another kind of text file (JSON, HTML, XML or
 * SVG), what it is; null otherwise. Lets the importer say "this is a JSON
 * file, not a CSV" instead of a puzzling list of missing columns.
 */
export function detectNonCsvText(text: string): string | null {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (start.startsWith('{') || start.startsWith('[{') || start.startsWith('[\n')) {
    return 'a JSON file';
  }
  if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'))) {
    return 'an SVG image';
  }
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'a web page (HTML)';
  if (start.startsWith('<?xml')) return 'an XML file';
  if (start.startsWith('%pdf-')) return 'a PDF document';
  return null;
}
