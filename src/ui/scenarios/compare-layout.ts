/**
 * Where the compare view puts things: its layout (cards with room for the
 * overlay's marks) and its camera, fitted to a chart or put on a focused
 * role. Pure.
 */
import type { Viewport } from '@xyflow/react';
import type { Chart, View } from '../../domain/chart';
import type { Layout } from '../../layout/layout';
import { layoutView } from '../../layout/view-layout';
import { minZoomFor } from '../../canvas/big-chart/chart-window';

/** The least zoom of a small chart; a big one goes lower, to see all of it. */
export const COMPARE_MIN_ZOOM = 0.05;

/** Room for the marks under a role's name. */
export const COMPARE_ROLE = { width: 208, height: 124 } as const;
export const COMPARE_CUSTOMER = { width: 188, height: 60 } as const;

export function compareLayout(chart: Chart, view: View): Layout {
  return layoutView(chart, {
    view,
    gapX: 24,
    sizeOf: (kind) => (kind === 'role' ? COMPARE_ROLE : COMPARE_CUSTOMER),
  });
}

/** Focusing a change zooms in at least this far, where a card and its marks are read. */
const FOCUS_ZOOM = 0.8;

/** The least box holding both. */
export function union(a: Layout['bounds'], b: Layout['bounds']): Layout['bounds'] {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** A viewport that shows all of `bounds` in a box of `size` (a big chart zooms out past the usual least zoom). */
export function fitViewport(
  bounds: Layout['bounds'],
  size: { width: number; height: number },
): Viewport {
  const pad = 40;
  const zoom = Math.max(
    minZoomFor(bounds, size, COMPARE_MIN_ZOOM),
    Math.min(
      1,
      (size.width - 2 * pad) / Math.max(1, bounds.width),
      (size.height - 2 * pad) / Math.max(1, bounds.height),
    ),
  );
  return {
    zoom,
    x: size.width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: size.height / 2 - (bounds.y + bounds.height / 2) * zoom,
  };
}

/** The viewport with `placed` at the centre of a box of `size`, zoomed in to at least `FOCUS_ZOOM`. */
export function focusViewport(
  placed: { x: number; y: number; width: number; height: number },
  size: { width: number; height: number },
  zoom: number,
): Viewport {
  const at = Math.max(zoom, FOCUS_ZOOM);
  return {
    zoom: at,
    x: size.width / 2 - (placed.x + placed.width / 2) * at,
    y: size.height / 2 - (placed.y + placed.height / 2) * at,
  };
}
