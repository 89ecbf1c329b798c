import { describe, expect, it } from 'vitest';
import { COMPARE_MIN_ZOOM, fitViewport, focusViewport, union } from './compare-layout';

const pane = { width: 500, height: 800 };

describe("the compare view's camera", () => {
  it('fits a small chart whole, never zoomed in past 1', () => {
    const viewport = fitViewport({ x: 0, y: 0, width: 200, height: 100 }, pane);
    expect(viewport.zoom).toBe(1);
    expect(viewport.x + 100 * viewport.zoom).toBeCloseTo(pane.width / 2);
  });

  it('fits a very wide chart whole too, below the usual least zoom', () => {
    const bounds = { x: -400_000, y: 0, width: 900_000, height: 1_400 };
    const viewport = fitViewport(bounds, pane);
    expect(viewport.zoom).toBeLessThan(COMPARE_MIN_ZOOM);
    expect(bounds.x * viewport.zoom + viewport.x).toBeGreaterThanOrEqual(0);
    expect((bounds.x + bounds.width) * viewport.zoom + viewport.x).toBeLessThanOrEqual(pane.width);
  });

  it('centres a focused role, zoomed in far enough to read it', () => {
    const placed = { x: 1000, y: 200, width: 208, height: 124 };
    const viewport = focusViewport(placed, pane, 0.01);
    expect(viewport.zoom).toBe(0.8);
    expect((placed.x + placed.width / 2) * viewport.zoom + viewport.x).toBeCloseTo(pane.width / 2);
    expect(focusViewport(placed, pane, 1.5).zoom).toBe(1.5);
  });

  it('holds two boxes in their union', () => {
    expect(
      union({ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 4, width: 10, height: 20 }),
    ).toEqual({ x: -5, y: 0, width: 15, height: 24 });
  });
});
