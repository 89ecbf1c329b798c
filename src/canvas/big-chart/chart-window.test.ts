import { describe, expect, it } from 'vitest';
import { DETAIL_FROM, minZoomFor, nextWindow, OVERVIEW_BELOW } from './chart-window';

const pane = { width: 1000, height: 800 };

describe('nextWindow', () => {
  it('holds the view and a margin around it, at detail zoom', () => {
    const window = nextWindow(null, { x: 0, y: 0, zoom: 0.5 }, pane);
    expect(window.overview).toBe(false);
    // The view is 2000 x 1600 layout units from (0, 0); the window is wider on every side.
    expect(window.rect!.x).toBeLessThan(0);
    expect(window.rect!.y).toBeLessThan(0);
    expect(window.rect!.x + window.rect!.width).toBeGreaterThan(2000);
    expect(window.rect!.y + window.rect!.height).toBeGreaterThan(1600);
  });

  it('stays the same object while the view pans inside it, and moves once it leaves', () => {
    const first = nextWindow(null, { x: 0, y: 0, zoom: 0.5 }, pane);
    const panned = nextWindow(first, { x: -200, y: 50, zoom: 0.5 }, pane);
    expect(panned).toBe(first);
    const far = nextWindow(first, { x: -5000, y: 0, zoom: 0.5 }, pane);
    expect(far).not.toBe(first);
    expect(far.rect!.x).toBeGreaterThan(first.rect!.x);
  });

  it('is remade when the zoom changes a lot, even inside it', () => {
    const first = nextWindow(null, { x: 0, y: 0, zoom: 0.5 }, pane);
    expect(nextWindow(first, { x: 0, y: 0, zoom: 0.55 }, pane)).toBe(first);
    expect(nextWindow(first, { x: 0, y: 0, zoom: 1.2 }, pane)).not.toBe(first);
  });

  it('switches to the overview below the threshold and back only above a higher one', () => {
    const detail = nextWindow(null, { x: 0, y: 0, zoom: OVERVIEW_BELOW + 0.01 }, pane);
    expect(detail.overview).toBe(false);
    const overview = nextWindow(detail, { x: 0, y: 0, zoom: OVERVIEW_BELOW - 0.01 }, pane);
    expect(overview.overview).toBe(true);
    expect(overview.rect).toBeNull();
    // Between the two thresholds nothing flips back and forth.
    const between = (OVERVIEW_BELOW + DETAIL_FROM) / 2;
    expect(nextWindow(overview, { x: 0, y: 0, zoom: between }, pane)).toBe(overview);
    expect(nextWindow(overview, { x: 0, y: 0, zoom: DETAIL_FROM + 0.01 }, pane).overview).toBe(
      false,
    );
  });
});

describe('minZoomFor', () => {
  it('lets a fit show the whole of a very wide chart', () => {
    const zoom = minZoomFor({ width: 2_000_000, height: 1200 }, pane, 0.05);
    expect(zoom).toBeLessThan(1000 / 2_000_000);
  });

  it('never goes above the usual least zoom, and survives an empty chart or pane', () => {
    expect(minZoomFor({ width: 1000, height: 500 }, pane, 0.05)).toBe(0.05);
    expect(minZoomFor({ width: 0, height: 0 }, pane, 0.05)).toBe(0.05);
    expect(minZoomFor({ width: 1000, height: 500 }, { width: 0, height: 0 }, 0.05)).toBe(0.05);
  });
});
