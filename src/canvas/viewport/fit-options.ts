/**
 * How the canvas fits a chart to its window: the margins a fit leaves for
 * what sits over the canvas, and the zooms a fit stays between. One object
 * per use, at module level, so React Flow never sees a new one.
 */

/**
 * Automatic fits never zoom out past this: a big chart opens readable (and
 * only what is on screen is drawn) instead of as a thousand unreadable boxes.
 */
export const READABLE_ZOOM = 0.35;
/**
 * Nor zoom in past this: a chart of three roles is not blown up to twice its
 * size, at which the next roles drawn fall off the screen.
 */
export const FIT_MAX_ZOOM = 1.25;
/**
 * Room at the left for the tier labels, so they never cover a node after a fit;
 * at the bottom for the zoom and links controls (the minimap shows for bigger charts only).
 */
export const FIT_PADDING = { top: '56px', bottom: '76px', left: '150px', right: '48px' } as const;
/** The same margins in pixels, for the layout's aim at the canvas's shape. */
export const FIT_MARGINS = {
  top: parseFloat(FIT_PADDING.top),
  right: parseFloat(FIT_PADDING.right),
  bottom: parseFloat(FIT_PADDING.bottom),
  left: parseFloat(FIT_PADDING.left),
};
/** A flip's fit (and keep-in-view's); one object, so useGlide's effect never re-runs for it. */
export const GLIDE_FIT = { padding: FIT_PADDING, minZoom: READABLE_ZOOM, maxZoom: FIT_MAX_ZOOM };
/**
 * React Flow's own fit options, one object: React Flow copies a new object into
 * its store on every render, over the options of a fit still waiting to run,
 * so an inline object turned every animated fit (a flip's) into a jump.
 */
export const FLOW_FIT_OPTIONS = GLIDE_FIT;
/** A chart opened without a kept viewport is fitted whole (use-kept-viewport.ts). */
export const OPEN_FIT = { padding: FIT_PADDING };
