/**
 * Level of detail for big charts, as pure functions of the viewport.
 *
 * - Zoomed out past `OVERVIEW_BELOW`, a big chart is drawn as an overview on
 *   a canvas (PERFORMANCE.md: with everything on screen the DOM cannot keep up
 *   beyond about 1,000 nodes); zoomed back in past `DETAIL_FROM` (a little
 *   higher, so a zoom that hovers at the threshold does not flicker), as DOM
 *   nodes again.
 * - At detail zoom React Flow is handed only the nodes in a window around the
 *   view: the view plus `MARGIN` of its size on every side. The window moves
 *   only when the view leaves it or the zoom changes by more than
 *   `REWINDOW_ZOOM`, so a pan re-renders nothing most frames, and an edit
 *   hands React Flow a few hundred nodes, not ten thousand.
 */
import type { Rect } from './chart-scene';
import { viewRect } from './chart-scene';

/** Charts with more nodes drawn than this get the overview and the window. */
export const BIG_CHART_FROM = 400;
export const OVERVIEW_BELOW = 0.2;
export const DETAIL_FROM = 0.23;
const MARGIN = 0.75;
const REWINDOW_ZOOM = 1.5;

export interface ChartWindow {
  overview: boolean;
  /** Layout coordinates whose nodes the DOM draws (null in the overview). */
  rect: Rect | null;
  /** The zoom the window was made for. */
  zoom: number;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * The window for a viewport, given the one before: the very same object when
 * nothing needs to change (so React re-renders nothing).
 */
export function nextWindow(
  previous: ChartWindow | null,
  viewport: { x: number; y: number; zoom: number },
  pane: { width: number; height: number },
): ChartWindow {
  const { zoom } = viewport;
  const overview = previous?.overview ? zoom < DETAIL_FROM : zoom < OVERVIEW_BELOW;
  if (overview) {
    return previous?.overview ? previous : { overview: true, rect: null, zoom };
  }
  const view = viewRect(viewport, pane);
  if (
    previous &&
    previous.rect &&
    contains(previous.rect, view) &&
    zoom / previous.zoom < REWINDOW_ZOOM &&
    previous.zoom / zoom < REWINDOW_ZOOM
  ) {
    return previous;
  }
  const marginX = view.width * MARGIN;
  const marginY = view.height * MARGIN;
  return {
    overview: false,
    rect: {
      x: view.x - marginX,
      y: view.y - marginY,
      width: view.width + marginX * 2,
      height: view.height + marginY * 2,
    },
    zoom,
  };
}

/**
 * The least zoom for a chart: low enough that Fit view shows all of it (with
 * room to spare), never above `floor` (the editor's usual least zoom).
 */
export function minZoomFor(
  bounds: { width: number; height: number },
  pane: { width: number; height: number },
  floor: number,
): number {
  if (bounds.width <= 0 || bounds.height <= 0 || pane.width <= 0 || pane.height <= 0) return floor;
  const fit = Math.min(pane.width / bounds.width, pane.height / bounds.height);
  return Math.min(floor, fit / 2);
}
