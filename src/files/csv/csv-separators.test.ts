import { describe, expect, it } from 'vitest';
import { previewCsvBytes } from './csv-import';

const ROWS = [
  ['Employee ID', 'Job Title', 'Manager ID'],
  ['1', 'CEO', ''],
  ['2', 'COO', '1'],
];

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('separators and encodings', () => {
  for (const [name, separator] of [
    ['comma', ','],
    ['semicolon', ';'],
    ['tab (TSV)', '\t'],
    ['pipe', '|'],
  ] as const) {
    it(`reads a ${name}-separated file`, () => {
      const text = ROWS.map((row) => row.join(separator)).join('\r\n');
      const preview = previewCsvBytes(new TextEncoder().encode(text));
      expect(preview.chart!.roles.map((role) => role.reportsTo)).toEqual([null, '1']);
    });
  }

  it('reads Excel’s “Unicode Text” (.txt): UTF-16 with tabs', () => {
    const text = ROWS.map((row) => row.join('\t')).join('\r\n');
    const preview = previewCsvBytes(utf16le(text), {}, 'export.txt');
    expect(preview.problems).toEqual([]);
    expect(preview.chart!.roles.map((role) => role.title)).toEqual(['CEO', 'COO']);
  });
});
