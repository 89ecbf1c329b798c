import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, isGuarded, joinServes, splitServes, unguardCell } from './csv-cells';

describe('formula guard', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('guards %j', (value) => {
    expect(guardCell(value)).toBe(`'${value}`);
    expect(isGuarded(guardCell(value))).toBe(true);
  });

  it('guards a value that already looks guarded, so unguarding gives it back', () => {
    expect(guardCell("'=x")).toBe("''=x");
    expect(unguardCell("''=x")).toBe("'=x");
  });

  it('leaves safe values alone', () => {
    for (const value of ['Cashier', "O'Brien", "'quoted'", ' =not first', '1-2', '']) {
      expect(guardCell(value)).toBe(value);
      expect(unguardCell(value)).toBe(value);
    }
  });

  it('undoes exactly what it did, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const cell = guardCell(value);
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        expect(unguardCell(cell)).toBe(value);
      }),
    );
  });
});

describe('serves lists', () => {
  it('splits on semicolons, trims, and drops empty entries', () => {
    expect(splitServes(' shoppers ; online-buyers;; ')).toEqual(['shoppers', 'online-buyers']);
    expect(splitServes('')).toEqual([]);
  });

  it('keeps escaped semicolons and backslashes, and other backslashes as written', () => {
    expect(splitServes('Shoppers\\; online;C:\\\\x;a\\b')).toEqual([
      'Shoppers; online',
      'C:\\x',
      'a\\b',
    ]);
  });

  it('reads back what it writes', () => {
    const entry = fc
      .string({ unit: 'binary' })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(entry), (entries) => {
        expect(splitServes(joinServes(entries))).toEqual(entries);
      }),
    );
  });
});
