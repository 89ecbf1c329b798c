import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { arbitraryChart } from '../__fixtures__/test-charts';
import { between, ease, stepPicture, unionBounds } from './step-layouts';

describe("Teach's pictures", () => {
  it('put the pyramid and the inverted triangle in one box, so the camera holds still for the flip', () => {
    fc.assert(
      fc.property(arbitraryChart(120), ({ chart }) => {
        const pyramid = stepPicture(chart, 'traditional');
        const flipped = stepPicture(chart, 'customer-first');
        expect(flipped.bounds.width).toBeCloseTo(pyramid.bounds.width, 6);
        expect(flipped.bounds.height).toBeCloseTo(pyramid.bounds.height, 6);
        expect(unionBounds(pyramid, flipped).height).toBeCloseTo(pyramid.bounds.height, 6);
        // Only y changes: every node moves vertically.
        for (const [id, node] of pyramid.nodes) {
          expect(flipped.nodes.get(id)!.x).toBeCloseTo(node.x, 6);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('move every node from its place to its new place, and nowhere else at the ends', () => {
    const chart = sampleChart();
    const from = stepPicture(chart, 'traditional');
    const to = stepPicture(chart, 'customer-first');
    expect([...between(from, to, 0).nodes.values()]).toEqual(
      [...to.nodes.values()].map((n) => ({
        ...n,
        x: from.nodes.get(n.id)!.x,
        y: from.nodes.get(n.id)!.y,
      })),
    );
    expect([...between(from, to, 1).nodes.values()]).toEqual([...to.nodes.values()]);
    const half = between(from, to, 0.5);
    for (const [id, node] of half.nodes) {
      const a = from.nodes.get(id)!.y;
      const b = to.nodes.get(id)!.y;
      expect(node.y).toBeGreaterThanOrEqual(Math.min(a, b) - 1e-9);
      expect(node.y).toBeLessThanOrEqual(Math.max(a, b) + 1e-9);
    }
  });

  it('flip customers from the bottom to the top', () => {
    const chart = sampleChart();
    const customer = chart.customers[0]!.id;
    const leader = chart.roles.find((r) => r.reportsTo === null)!.id;
    const pyramid = stepPicture(chart, 'traditional');
    const flipped = stepPicture(chart, 'customer-first');
    expect(pyramid.nodes.get(customer)!.y).toBeGreaterThan(pyramid.nodes.get(leader)!.y);
    expect(flipped.nodes.get(customer)!.y).toBeLessThan(flipped.nodes.get(leader)!.y);
  });

  it('ease slowly out and in, from 0 to 1, never backwards', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.5)).toBeCloseTo(0.5, 9);
    expect(ease(0.1)).toBeLessThan(0.1);
    let last = 0;
    for (let t = 0; t <= 1; t += 0.01) {
      expect(ease(t)).toBeGreaterThanOrEqual(last);
      last = ease(t);
    }
  });
});
