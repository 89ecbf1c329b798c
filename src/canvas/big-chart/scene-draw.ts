/**
 * Draws a chart scene on a 2D canvas, transformed like React Flow's viewport:
 * the overview of a big chart (tier bands, boxes coloured by flag, customer
 * pills, reporting and service lines), or, when the DOM draws the nodes, only
 * the links the DOM leaves out. Only what is on screen is visited (rows are
 * culled by binary search), and boxes narrower than a few pixels are merged
 * into runs, so a frame costs about the same at 1,000 roles as at 10,000.
 */
import { forEachBoxIn, viewRect, type ChartScene } from './chart-scene';
import { drawBoxes, drawRing } from './scene-boxes';
import { drawLinks } from './scene-links';
import { BAND_COLOURS, COLOURS } from './scene-style';

/** The calls the drawing makes (a CanvasRenderingContext2D has them all; tests pass a recorder). */
export type DrawContext = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'bezierCurveTo'
  | 'clearRect'
  | 'fill'
  | 'fillRect'
  | 'lineTo'
  | 'moveTo'
  | 'rect'
  | 'roundRect'
  | 'stroke'
  | 'strokeRect'
> & {
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  lineWidth: number;
  globalAlpha: number;
};

/** React Flow's viewport (`x`, `y`, `zoom`) and the pane's size in CSS pixels. */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export interface DrawOptions {
  /** Draw the tier bands behind everything. */
  bands: boolean;
  /** Draw the boxes (the overview); otherwise links only. */
  boxes: boolean;
  /** Draw links at all (not while the DOM's nodes glide to new places). */
  links: boolean;
  /** Boxes the DOM draws: a link between two of them is the DOM's, not drawn here. */
  inDom: Uint8Array | null;
  /** Box indices drawn with a selection ring. */
  selected: readonly number[];
  /** A box under the pointer (a lighter ring), or -1. */
  hovered: number;
  /** When a path is highlighted: 1 for each box on it; the rest is dimmed. */
  lit: Uint8Array | null;
}

export interface DrawStats {
  boxes: number;
  links: number;
}

/** Links are left out once the gap between rows is this thin on screen: they would be noise. */
const LINK_GAP_FROM_PX = 3;
/** Links of a box this far off screen (CSS px) are still drawn, so lines do not pop at the edges. */
const MARGIN_PX = 48;

function drawBands(ctx: DrawContext, scene: ChartScene, camera: Camera): void {
  for (const band of scene.bands) {
    const top = band.y * camera.zoom + camera.y;
    const height = band.height * camera.zoom;
    if (top > camera.height || top + height < 0) continue;
    const colours = BAND_COLOURS[band.tier];
    ctx.fillStyle = colours.fill;
    ctx.fillRect(0, top, camera.width, height);
    if (height >= 4) {
      ctx.fillStyle = colours.edge;
      ctx.fillRect(0, top, camera.width, 1);
      ctx.fillRect(0, top + height - 1, camera.width, 1);
    }
  }
}

/**
 * Draws one frame. The context's transform maps CSS pixels (the caller sets
 * the device pixel ratio); the canvas is cleared first.
 */
export function drawScene(
  ctx: DrawContext,
  scene: ChartScene,
  camera: Camera,
  options: DrawOptions,
): DrawStats {
  ctx.clearRect(0, 0, camera.width, camera.height);
  if (options.bands) drawBands(ctx, scene, camera);
  const margin = MARGIN_PX / camera.zoom;
  const area = viewRect(camera, camera);
  const onScreen: number[] = [];
  forEachBoxIn(
    scene,
    {
      x: area.x - margin,
      y: area.y - margin,
      width: area.width + margin * 2,
      height: area.height + margin * 2,
    },
    (box) => onScreen.push(box),
  );
  // The gap between two rows of the layout, on screen: links need room to be seen.
  const rowGap =
    scene.rows.length > 1 ? (scene.rows[1]!.top - scene.rows[0]!.bottom) * camera.zoom : Infinity;
  const links = options.links && rowGap >= LINK_GAP_FROM_PX;
  const linkCount = links ? drawLinks(ctx, scene, camera, options, onScreen) : 0;
  if (options.boxes) {
    drawBoxes(ctx, scene, camera, onScreen, options.lit);
    if (options.hovered >= 0) drawRing(ctx, scene, camera, options.hovered, COLOURS.hovered);
    for (const box of options.selected) drawRing(ctx, scene, camera, box, COLOURS.selected);
  }
  return { boxes: options.boxes ? onScreen.length : 0, links: linkCount };
}
