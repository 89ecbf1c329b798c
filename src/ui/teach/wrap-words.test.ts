import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap-words';

describe('wrapping a title on words', () => {
  it('keeps a short title on one line', () => {
    expect(wrapWords('Store Manager', 20)).toEqual(['Store Manager']);
  });
  it('breaks between words, never inside one', () => {
    expect(wrapWords('Chief Executive Officer', 12)).toEqual(['Chief', 'Executive', 'Officer']);
    expect(wrapWords('Chief Executive Officer', 16)).toEqual(['Chief Executive', 'Officer']);
  });
  it('ends on a whole word with an ellipsis when the lines run out', () => {
    expect(wrapWords('Senior Vice President of Global Operations', 16, 2)).toEqual([
      'Senior Vice',
      'President of…',
    ]);
  });
  it('gives a word longer than a line a line of its own', () => {
    expect(wrapWords('Supercalifragilistic Lead', 8)).toEqual(['Supercalifragilistic', 'Lead']);
  });
});
