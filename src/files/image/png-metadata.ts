/**
 * The chart inside a PNG export, so Import can reopen an exported image. The
 * browser renders the PNG (from the SVG, at 2x); this module then adds an
 * `iTXt` chunk (keyword "upturn", uncompressed UTF-8 text) holding the chart's
 * Upturn JSON, and reads it back. Pure byte work: runs in Node and browsers.
 */
import type { Chart } from '../../domain/chart';
import { chartToDocument, readDocument, type ParseResult } from '../upturn-json/upturn-json';
import { depthRefusal } from '../import/import-limits';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The iTXt keyword that marks Upturn's chunk. */
export const PNG_KEYWORD = 'upturn';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG uses it, over the chunk type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just after its CRC. */
  end: number;
  data: Uint8Array;
}

/** True when the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** The chunks of a PNG; null when the bytes are not a well-formed PNG. */
function chunks(bytes: Uint8Array): Chunk[] | null {
  if (!isPng(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    found.push({ type, start: at, end, data: bytes.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') return found;
  }
  return null;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Keyword, NUL, compression flag 0, method 0, empty language tag and translated keyword, text. */
function itxt(text: string): Uint8Array {
  const head = new TextEncoder().encode(`${PNG_KEYWORD}\0\0\0\0\0`);
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return chunk('iTXt', data);
}

function isUpturnChunk(found: Chunk): boolean {
  if (found.type !== 'iTXt') return false;
  const keyword = new TextEncoder().encode(`${PNG_KEYWORD}\0`);
  return keyword.every((byte, i) => found.data[i] === byte);
}

/**
 * The PNG with the chart's Upturn JSON added (replacing any chart it already
 * carried), just before its end. Throws when the bytes are not a PNG: the
 * caller made them, so that is a bug, not bad input.
 */
export function embedChartInPng(png: Uint8Array, chart: Chart): Uint8Array {
  const found = chunks(png);
  if (!found) throw new Error('embedChartInPng: not a PNG');
  const parts: Uint8Array[] = [png.subarray(0, SIGNATURE.length)];
  for (const part of found) {
    if (isUpturnChunk(part)) continue;
    if (part.type === 'IEND') parts.push(itxt(JSON.stringify(chartToDocument(chart))));
    parts.push(png.subarray(part.start, part.end));
  }
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function refuse(code: 'no-chart' | 'not-json' | 'too-deep', message: string): ParseResult {
  return { ok: false, errors: [{ severity: 'error', code, rows: [], message }] };
}

/** The chart a PNG export carries, read like an `.upturn.json` file. Refuses other PNGs by name. */
export function readChartFromPng(bytes: Uint8Array): ParseResult {
  const found = chunks(bytes);
  if (!found) return refuse('no-chart', 'This file is not a complete PNG image.');
  const carrier = found.find(isUpturnChunk);
  if (!carrier) {
    return refuse(
      'no-chart',
      'This PNG has no Upturn chart inside it; only images exported by Upturn can be reopened.',
    );
  }
  const expected = crc32(bytes.subarray(carrier.start + 4, carrier.end - 4));
  const stored = new DataView(bytes.buffer, bytes.byteOffset).getUint32(carrier.end - 4);
  if (expected !== stored) return refuse('not-json', 'The chart inside this PNG is damaged.');
  const text = new TextDecoder().decode(carrier.data.subarray(PNG_KEYWORD.length + 5));
  const tooDeep = depthRefusal(text, 'The chart inside this PNG');
  if (tooDeep) return refuse('too-deep', tooDeep);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('not-json', 'The chart inside this PNG is damaged.');
  }
  return readDocument(raw);
}
