/**
 * One entry point for the Import button and for a file dropped on the canvas:
 * the file's bytes in, either a CSV preview (the user confirms it) or a chart
 * read from Upturn JSON, an exported SVG or an exported PNG. The content
 * decides, not the file name, so a renamed file still opens; the name only
 * breaks ties for text that could be either.
 */
import {
  previewCsv,
  previewCsvBytes,
  type CsvImportOptions,
  type CsvPreview,
} from '../csv/csv-import';
import { isPng, readChartFromPng } from '../image/png-metadata';
import { readChartFromSvg } from '../image/svg-export';
import { decodeText, detectBinary } from './text-decoding';
import { parseUpturnJson, type ParseResult } from '../upturn-json/upturn-json';

/** A CSV to preview (the user confirms it), or a chart read whole from an Upturn file or image. */
export type ImportedFile =
  | { kind: 'csv'; preview: CsvPreview }
  | { kind: 'chart'; format: 'json' | 'svg' | 'png'; result: ParseResult };

/** Read an imported file (see the module comment). Never throws. */
export function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  options: CsvImportOptions = {},
): ImportedFile {
  if (isPng(bytes)) return { kind: 'chart', format: 'png', result: readChartFromPng(bytes) };
  if (detectBinary(bytes))
    return { kind: 'csv', preview: previewCsvBytes(bytes, options, fileName) };
  const text = decodeText(bytes);
  const start = text.trimStart().slice(0, 400);
  const name = fileName.toLowerCase();
  if (start.startsWith('{') || (name.endsWith('.json') && !start.startsWith('<'))) {
    return { kind: 'chart', format: 'json', result: parseUpturnJson(text) };
  }
  if (start.startsWith('<') && (start.includes('<svg') || name.endsWith('.svg'))) {
    return { kind: 'chart', format: 'svg', result: readChartFromSvg(text) };
  }
  return { kind: 'csv', preview: previewCsv(text, options, fileName) };
}
