import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlacedNode } from '../../layout/layout';
import { elbowOf, elbowPath } from './stage-links';

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

const commands = (path: string) => path.replace(/-?[\d.]+(?:e-?\d+)?/g, '#');
const numbers = (path: string) => (path.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
const coordinate = fc.integer({ min: -2000, max: 2000 });

describe("Teach's links", () => {
  it('are one path shape, so the browser can mix any two number by number', () => {
    const step = elbowPath(elbowOf(box('a', 0, 0), box('b', 200, 300)));
    const row = elbowPath(elbowOf(box('a', 0, 0), box('b', 200, 0)));
    expect(commands(row)).toBe(commands(step));
  });

  it('mixed between two pictures, keep their ends on their moving boxes (the flip and any other move)', () => {
    fc.assert(
      fc.property(
        coordinate,
        coordinate,
        coordinate,
        coordinate,
        fc.constantFrom('flip', 'move', 'row'),
        fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
        (ax, bx, by, shift, kind, t) => {
          // Boss above own; then below it (the flip), still above, or on one row.
          const from = [box('boss', ax, 0), box('own', bx, 300)] as const;
          const endY = { flip: [by + 300, by], move: [by, by + 400], row: [by, by] }[kind];
          const to = [box('boss', ax + shift, endY[0]!), box('own', bx + shift, endY[1]!)] as const;
          const start = numbers(elbowPath(elbowOf(from[0], from[1])));
          const end = numbers(elbowPath(elbowOf(to[0], to[1])));
          const drawn = start.map((value, k) => mix(value, end[k]!, t));
          const boss = mixNode(from[0], to[0], t);
          const own = mixNode(from[1], to[1], t);
          // M x1 y1 V _ H x2 V y2: each end at its box's centre and on its box.
          expect(drawn[0]).toBeCloseTo(boss.x + boss.width / 2, 6);
          expect(drawn[3]).toBeCloseTo(own.x + own.width / 2, 6);
          for (const [y, node] of [
            [drawn[1]!, boss],
            [drawn[4]!, own],
          ] as const) {
            expect(y).toBeGreaterThanOrEqual(node.y - 1e-6);
            expect(y).toBeLessThanOrEqual(node.y + node.height + 1e-6);
          }
          // Where the boxes keep their order, exactly the link between the boxes as they are.
          if (kind === 'move') {
            const expected = numbers(elbowPath(elbowOf(boss, own)));
            drawn.forEach((value, k) => expect(value).toBeCloseTo(expected[k]!, 6));
          }
        },
      ),
    );
  });
});
