import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlacedNode } from '../../layout/layout';
import { ease } from '../../layout/teach/step-layouts';
import { affine1, bandStart, glideEasing, linkStart } from './glide-motion';
import { elbowOf, type Elbow } from './stage-links';

const box = (id: string, x: number, y: number): PlacedNode => ({
  id,
  kind: 'role',
  x,
  y,
  width: 120,
  height: 60,
  tier: 'management',
});

const mix = (a: number, b: number, t: number) => a + (b - a) * t;
const mixNode = (a: PlacedNode, b: PlacedNode, t: number): PlacedNode => ({
  ...b,
  x: mix(a.x, b.x, t),
  y: mix(a.y, b.y, t),
});

/** Reads `translate(txpx, typx) scale(sx, sy)` back into numbers. */
function parse(transform: string): { tx: number; ty: number; sx: number; sy: number } {
  const [tx, ty, sx, sy] = (transform.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
  return { tx: tx!, ty: ty!, sx: sx!, sy: sy! };
}

/** The elbow `end` under the start transform interpolated a fraction `t` towards none, as the browser does. */
function under(transform: string, end: Elbow, t: number): Elbow {
  const m = parse(transform);
  const sx = mix(m.sx, 1, t);
  const sy = mix(m.sy, 1, t);
  const tx = mix(m.tx, 0, t);
  const ty = mix(m.ty, 0, t);
  return {
    shape: end.shape,
    x1: sx * end.x1 + tx,
    x2: sx * end.x2 + tx,
    y1: sy * end.y1 + ty,
    y2: sy * end.y2 + ty,
  };
}

const coordinate = fc.integer({ min: -2000, max: 2000 });

describe("Teach's glide, run by the browser", () => {
  it('keeps each link on its two moving ends all the way (the flip and any other move)', () => {
    fc.assert(
      fc.property(
        coordinate,
        coordinate,
        coordinate,
        coordinate,
        coordinate,
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
        (ax, ay, bx, by, shift, flips, t) => {
          // Boss above, then (flipped) below or still above; x moved by `shift`.
          const from = [box('boss', ax, ay), box('own', bx, ay + 300)] as const;
          const to = flips
            ? ([box('boss', ax + shift, by + 300), box('own', bx + shift, by)] as const)
            : ([box('boss', ax + shift, by), box('own', bx + shift, by + 400)] as const);
          const end = elbowOf(to[0], to[1]);
          const start = linkStart(elbowOf(from[0], from[1]), end);
          if (ax === bx) return; // a straight link moved sideways: the same, or faded in
          expect(start).not.toBeNull();
          const drawn = under(start!, end, t);
          const boss = mixNode(from[0], to[0], t);
          const own = mixNode(from[1], to[1], t);
          const expected = elbowOf(boss, own);
          // Each end at its box's centre, and on its box: where the order of the
          // two boxes holds, on the same edge as the picture between them.
          expect(drawn.x1).toBeCloseTo(expected.x1, 6);
          expect(drawn.x2).toBeCloseTo(expected.x2, 6);
          if (!flips) {
            expect(drawn.y1).toBeCloseTo(expected.y1, 6);
            expect(drawn.y2).toBeCloseTo(expected.y2, 6);
          }
          for (const [y, node] of [
            [drawn.y1, boss],
            [drawn.y2, own],
          ] as const) {
            expect(y).toBeGreaterThanOrEqual(node.y - 1e-6);
            expect(y).toBeLessThanOrEqual(node.y + node.height + 1e-6);
          }
        },
      ),
    );
  });

  it('fades a link in when its shape changes, rather than bending it', () => {
    const start = elbowOf(box('a', 0, 0), box('b', 200, 0));
    const end = elbowOf(box('a', 0, 0), box('b', 200, 300));
    expect(start.shape).toBe('row');
    expect(linkStart(start, end)).toBeNull();
  });

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
