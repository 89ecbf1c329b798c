/**
 * Where the user was on each chart (zoom, pan, selection), and which chart
 * was open: view state, kept per chart in localStorage. Synchronous, so it
 * is there after a reload at once; never a new version of the chart (a pan in
 * one tab must not look like an edit to another). Read back, it is checked:
 * a damaged place is simply not used.
 */
import type { ChartPlace, Viewport } from '../store';

const PLACE_PREFIX = 'upturn:place:';
const OPEN_KEY = 'upturn:open';

function isViewport(value: unknown): value is Viewport {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, zoom } = value as Record<string, unknown>;
  return (
    Number.isFinite(x) &&
    Number.isFinite(y) &&
    typeof zoom === 'number' &&
    Number.isFinite(zoom) &&
    zoom > 0
  );
}

/** The place kept for `chartId`, or undefined. */
export function readPlace(local: Storage | null, chartId: string): ChartPlace | undefined {
  try {
    const raw = JSON.parse(local?.getItem(PLACE_PREFIX + chartId) ?? 'null') as unknown;
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { viewport, selection } = raw as Record<string, unknown>;
    return {
      viewport: isViewport(viewport) ? viewport : null,
      selection: Array.isArray(selection)
        ? selection.filter((id): id is string => typeof id === 'string')
        : [],
    };
  } catch {
    return undefined;
  }
}

/** Keeps the place for `chartId`; a full storage only loses the place, never work. */
export function writePlace(local: Storage | null, chartId: string, place: ChartPlace): void {
  try {
    local?.setItem(
      PLACE_PREFIX + chartId,
      JSON.stringify({ viewport: place.viewport, selection: place.selection }),
    );
  } catch {
    // View state only.
  }
}

export function forgetPlace(local: Storage | null, chartId: string): void {
  try {
    local?.removeItem(PLACE_PREFIX + chartId);
  } catch {
    // View state only.
  }
}

/** The chart open last in this browser, as this page left it (IndexedDB's copy may lag behind). */
export function openHere(local: Storage | null): string | null {
  try {
    return local?.getItem(OPEN_KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberOpenHere(local: Storage | null, chartId: string): void {
  try {
    local?.setItem(OPEN_KEY, chartId);
  } catch {
    // The library's lastOpened decides then.
  }
}

/** localStorage where the page has one, else null (tests, storage turned off). */
export function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // access itself can throw where storage is blocked
  }
}
