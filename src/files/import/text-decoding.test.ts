import { describe, expect, it } from 'vitest';
import { decodeText, detectBinary, detectNonCsvText } from './text-decoding';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(utf8('id,title\n1,Café Zoë 東京 🙂\n'))).toBe(
      'id,title\n1,Café Zoë 東京 🙂\n',
    );
  });

  it('drops a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id,title')]))).toBe('id,title');
  });

  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    // "Café" with é as the single byte 0xE9, as old Excel writes it.
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
  });

  it('reads the Windows-1252 bytes that differ from Latin-1 (0x80–0x9F)', () => {
    // € “quoted” – ™ Ÿ
    const bytes = new Uint8Array([
      0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x99, 0x20, 0x9f, 0xe9,
    ]);
    expect(decodeText(bytes)).toBe('€ “q” – ™ Ÿé');
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const text = 'id\ttitle\n1\tZoë';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(le)).toBe(text);
  });
});

describe('detectBinary', () => {
  it('names the files people pick instead of a CSV', () => {
    expect(detectBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatch(
      /Excel workbook/,
    );
    expect(detectBinary(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(
      /\.xls\)/,
    );
    expect(detectBinary(utf8('%PDF-1.7\n'))).toBe('a PDF document');
    expect(detectBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('a PNG image');
  });

  it('calls unknown bytes with NULs or many control characters binary', () => {
    expect(detectBinary(new Uint8Array([0x41, 0x00, 0x42]))).toBe('a binary file');
    expect(detectBinary(new Uint8Array([1, 2, 3, 4, 5, 0x41]))).toBe('a binary file');
  });

  it('lets text through: ASCII, UTF-8, Windows-1252, UTF-16 with BOM', () => {
    expect(detectBinary(utf8('id,title\r\n1,CEO\r\n'))).toBeNull();
    expect(detectBinary(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBeNull();
    expect(detectBinary(new Uint8Array([0xff, 0xfe, 0x69, 0x00]))).toBeNull();
    expect(detectBinary(new Uint8Array([]))).toBeNull();
  });
});

describe('detectNonCsvText', () => {
  it('names JSON, SVG, HTML and XML', () => {
    expect(detectNonCsvText('  {"format":"upturn"}')).toBe('a JSON file');
    expect(detectNonCsvText('<?xml version="1.0"?>\n<svg xmlns="…">')).toBe('an SVG image');
    expect(detectNonCsvText('<!DOCTYPE html><html>')).toBe('a web page (HTML)');
    expect(detectNonCsvText('<?xml version="1.0"?><root/>')).toBe('an XML file');
  });

  it('lets CSV through', () => {
    expect(detectNonCsvText('id,title\n1,"{not json}"')).toBeNull();
  });
});
