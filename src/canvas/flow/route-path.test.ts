import { describe, expect, it } from 'vitest';
import { routePath } from './route-path';

describe('routePath', () => {
  it('draws a straight route as one line', () => {
    expect(
      routePath([
        { x: 0, y: 0 },
        { x: 0, y: -50 },
      ]),
    ).toBe('M0,0 L0,-50');
  });

  it('rounds each corner by at most half of the shorter segment beside it', () => {
    const d = routePath([
      { x: 0, y: 0 },
      { x: 0, y: -40 },
      { x: 6, y: -40 },
      { x: 6, y: -100 },
    ]);
    // The 6-wide jog gets corners of 3, not 8.
    expect(d).toBe('M0,0 L0,-37 Q0,-40 3,-40 L3,-40 Q6,-40 6,-43 L6,-100');
  });
});
