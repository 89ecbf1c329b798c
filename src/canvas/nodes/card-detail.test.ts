import { describe, expect, it } from 'vitest';
import { cardDetailAt, ROOM_LEGIBLE_PX, titleFit, titleLevelPx, TITLE_PX } from './card-detail';
import { measureBold } from '../../files/image/text-width';

describe('cardDetailAt', () => {
  it('draws the full card while its smallest text is 11 px or more on screen', () => {
    expect(cardDetailAt(1)).toBe('full');
    expect(cardDetailAt(11 / 12)).toBe('full');
    expect(cardDetailAt(0.9)).toBe('compact');
  });

  it('then the compact card, then the title alone', () => {
    expect(cardDetailAt(0.74)).toBe('compact');
    expect(cardDetailAt(0.72)).toBe('title');
    expect(cardDetailAt(0.2)).toBe('title');
  });

  it('asks for larger text from the back of a room (presenting)', () => {
    expect(cardDetailAt(1.1)).toBe('full');
    expect(cardDetailAt(1.1, ROOM_LEGIBLE_PX)).toBe('title');
    expect(cardDetailAt(1.4, ROOM_LEGIBLE_PX)).toBe('compact');
  });

  it('gives each level a larger title than the one with more detail', () => {
    expect(TITLE_PX.full).toBeLessThan(TITLE_PX.compact);
    expect(TITLE_PX.compact).toBeLessThan(TITLE_PX.title);
  });

  it('keeps the title at least as large on screen when it drops detail as the zoom falls', () => {
    // Just below each threshold the next level's title is larger than the last level's was just above.
    expect(TITLE_PX.compact * 0.9).toBeGreaterThan(TITLE_PX.full * (11 / 12));
    expect(TITLE_PX.title * 0.72).toBeGreaterThan(TITLE_PX.compact * 0.74);
  });
});

describe('titleFit', () => {
  it('leaves a title of short words alone', () => {
    expect(titleFit('Chief Executive Officer')).toBe(1);
    expect(titleFit('Store Manager, North')).toBe(1);
  });

  it('shrinks a title whose longest word would not fit a line, in proportion', () => {
    expect(titleFit('Web Merchandiser')).toBe(1);
    expect(titleFit('Merchandising Coordinator')).toBe(0.92);
    expect(titleFit('Softwareentwicklungsleiterin')).toBe(0.6);
  });

  it('shrinks a title too long for its lines', () => {
    expect(titleFit('Head of Customer Experience and Service Design, Europe')).toBeLessThan(0.75);
  });
});

describe('titleLevelPx', () => {
  it("draws a short title at the title level's largest size", () => {
    expect(titleLevelPx('Cashier', false, measureBold)).toBe(TITLE_PX.title);
    expect(titleLevelPx('Field Technician', false, measureBold)).toBe(TITLE_PX.title);
  });

  it('draws a long title smaller, but never below 14 px, and narrower beside a flag icon', () => {
    const long = 'Head of Customer Experience and Service Design, Europe';
    const size = titleLevelPx(long, false, measureBold);
    expect(size).toBeLessThan(TITLE_PX.title);
    expect(size).toBeGreaterThanOrEqual(14);
    expect(titleLevelPx('Chief Executive Officer', true, measureBold)).toBeLessThanOrEqual(
      titleLevelPx('Chief Executive Officer', false, measureBold),
    );
  });
});
