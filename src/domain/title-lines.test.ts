import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitTitle, largestTitleSize, type MeasureText, type TitleBox } from './title-lines';

/** Every character 0.5 em wide: easy widths to reason about. */
const mono: MeasureText = (text, fontSize) => Array.from(text).length * fontSize * 0.5;

/** 10 px at 14 px a character... a card 140 px wide holds 20 characters at 14 px. */
const WIDTH = 140;
const SIZE = 14;
const charsPerLine = (size: number) => Math.floor(WIDTH / (size * 0.5));

describe('fitTitle', () => {
  it('keeps a title that fits on one line as it is', () => {
    expect(fitTitle('Store Manager', WIDTH, SIZE, mono)).toEqual({
      lines: ['Store Manager'],
      fontSize: SIZE,
      abbreviated: false,
    });
  });

  it('wraps on word boundaries to two lines before shortening anything', () => {
    const fit = fitTitle('Chief Executive Officer', WIDTH, SIZE, mono);
    expect(fit).toEqual({
      lines: ['Chief Executive', 'Officer'],
      fontSize: SIZE,
      abbreviated: false,
    });
  });

  it('abbreviates known words when two lines are not enough, longest phrase first', () => {
    const fit = fitTitle('Senior Vice President of Global Store Operations', WIDTH, SIZE, mono);
    expect(fit.fontSize).toBe(SIZE);
    expect(fit.abbreviated).toBe(true);
    expect(fit.lines.join(' ')).toBe('SVP of Global Store Operations');
    expect(fit.lines).toHaveLength(2);
  });

  it('uses as few short forms as it takes', () => {
    // 20 characters a line: one short form ("Operations" → "Ops") is enough; the others stay.
    const fit = fitTitle('Assistant Director of Regional Operations', 100, 10, mono);
    expect(fit.lines).toEqual(['Assistant Director', 'of Regional Ops']);
  });

  it('knows the usual titles', () => {
    const short = (title: string) => fitTitle(title, 30, 10, mono).lines.join(' ');
    expect(short('Chief Executive Officer')).toBe('CEO');
    expect(short('Vice President')).toBe('VP');
    expect(short('Manager')).toBe('Mgr');
    expect(short('Director')).toBe('Dir.');
  });

  it('matches whole words only, in any case', () => {
    // "Managerial" is not "Manager"; "vice president" is.
    const fit = fitTitle('Managerial vice president of everything', 100, 10, mono);
    expect(fit.lines.join(' ')).toContain('Managerial');
    expect(fit.lines.join(' ')).toContain('VP');
  });

  it('draws a single word that is too wide smaller, never cut', () => {
    const word = 'Supercalifragilisticexpialidocious'; // 34 characters
    const fit = fitTitle(word, WIDTH, SIZE, mono);
    expect(fit.lines).toEqual([word]);
    expect(mono(word, fit.fontSize)).toBeLessThanOrEqual(WIDTH);
    expect(fit.fontSize).toBeLessThan(SIZE);
  });

  it('shrinks a long title with nothing to shorten to two lines at the largest size that does it', () => {
    const title = 'Lorem ipsum dolor sit amet consectetur adipiscing';
    const fit = fitTitle(title, WIDTH, SIZE, mono);
    expect(fit.lines).toHaveLength(2);
    expect(fit.fontSize).toBeLessThan(SIZE);
    expect(fit.lines.join(' ')).toBe(title);
    // A little larger would not do.
    expect(
      fitTitle(title, WIDTH, fit.fontSize * 1.05, mono, { minFontSize: fit.fontSize * 1.05 }).lines
        .length,
    ).toBeGreaterThan(2);
  });

  it('has no lines for an empty title', () => {
    expect(fitTitle('   ', WIDTH, SIZE, mono).lines).toEqual([]);
  });

  it('never cuts a word, never adds an ellipsis, always fits the width (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z&.-]{1,40}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 40, max: 300 }),
        (words, width) => {
          const title = words.join(' ');
          const fit = fitTitle(title, width, SIZE, mono);
          for (const line of fit.lines) {
            expect(mono(line, fit.fontSize)).toBeLessThanOrEqual(width + 1e-9);
            expect(line.endsWith('…')).toBe(false);
          }
          if (!fit.abbreviated) expect(fit.lines.join(' ')).toBe(title);
          // Every word of the result is a word of the title or a known short form.
          const original = new Set(words.map((w) => w.toLowerCase()));
          for (const out of fit.lines.join(' ').split(' ')) {
            if (!original.has(out.toLowerCase())) expect(fit.abbreviated).toBe(true);
          }
          expect(fit.fontSize).toBeGreaterThan(0);
          expect(fit.fontSize).toBeLessThanOrEqual(SIZE);
          if (fit.fontSize === SIZE) expect(fit.lines.length).toBeLessThanOrEqual(2);
          expect(charsPerLine(SIZE)).toBe(20);
        },
      ),
    );
  });
});

describe('largestTitleSize', () => {
  const box: TitleBox = {
    width: 180,
    height: 72,
    fontSize: 30,
    lineHeight: 1.2,
    maxLines: 3,
    minFontSize: 12,
  };
  const linesAt = (title: string, size: number): number => {
    let lines = 1;
    let line = 0;
    for (const word of title.split(' ')) {
      const w = word.length * size * 0.5;
      const joined = line === 0 ? w : line + size * 0.5 + w;
      if (joined <= box.width) line = joined;
      else {
        lines += 1;
        line = w;
      }
    }
    return lines;
  };

  it('sets a short title at the largest size', () => {
    expect(largestTitleSize('Cashier', box, mono)).toBe(30);
    expect(largestTitleSize('Field Technician', box, mono)).toBe(30); // two lines of 30 px fit 72
  });

  it('brings a long title down until its lines fit the box, whole words only', () => {
    const title = 'Head of Customer Experience and Service Design';
    const size = largestTitleSize(title, box, mono);
    expect(size).toBeLessThan(30);
    expect(size).toBeGreaterThanOrEqual(12);
    const lines = linesAt(title, size);
    expect(lines * size * box.lineHeight).toBeLessThanOrEqual(box.height + 1e-9);
    // A quarter pixel larger takes more room than the box has.
    const bigger = size + 0.5;
    expect(linesAt(title, bigger) * bigger * box.lineHeight).toBeGreaterThan(box.height);
  });

  it('never goes below the smallest size, and never splits a word', () => {
    expect(largestTitleSize('Softwareentwicklungsleiterinnenverband', box, mono)).toBe(12);
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,14}$/), { minLength: 1, maxLength: 9 }),
        (words) => {
          const title = words.join(' ');
          const size = largestTitleSize(title, box, mono);
          expect(size).toBeGreaterThanOrEqual(box.minFontSize);
          expect(size).toBeLessThanOrEqual(box.fontSize);
          if (size > box.minFontSize) {
            for (const word of words)
              expect(word.length * size * 0.5).toBeLessThanOrEqual(box.width);
            expect(linesAt(title, size)).toBeLessThanOrEqual(box.maxLines);
            expect(linesAt(title, size) * size * box.lineHeight).toBeLessThanOrEqual(
              box.height + 1e-9,
            );
          }
        },
      ),
    );
  });
});
