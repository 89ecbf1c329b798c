import { describe, expect, it } from 'vitest';
import { ease } from '../../layout/teach/step-layouts';
import { affine1, bandStart, glideEasing } from './glide-motion';

/** Reads `translate(txpx, typx) scale(sx, sy)` back into numbers. */
function parse(transform: string): { tx: number; ty: number; sx: number; sy: number } {
  const [tx, ty, sx, sy] = (transform.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
  return { tx: tx!, ty: ty!, sx: sx!, sy: sy! };
}

describe("Teach's glide, run by the browser", () => {
  it('moves a band by its top and bottom', () => {
    const m = parse(bandStart({ y: 500, height: 100 }, { y: 0, height: 200 })!);
    expect(m.sx).toBe(1);
    expect(m.sy * 0 + m.ty).toBeCloseTo(500, 9);
    expect(m.sy * 200 + m.ty).toBeCloseTo(600, 9);
  });

  it('maps one line onto another, and refuses to stretch a point', () => {
    expect(affine1(10, 30, 0, 10)).toEqual({ s: 2, t: 10 });
    expect(affine1(5, 5, 2, 2)).toEqual({ s: 1, t: 3 });
    expect(affine1(5, 9, 2, 2)).toBeNull();
  });

  it('eases as the rest of Teach does, sampled', () => {
    const points = glideEasing(10).slice('linear('.length, -1).split(', ').map(Number);
    expect(points).toHaveLength(11);
    points.forEach((p, k) => expect(p).toBeCloseTo(ease(k / 10), 5));
  });
});
