/**
 * Draws a chart scene on a 2D canvas, transformed like React Flow's viewport:
 * the overview of a big chart (tier bands, boxes coloured by flag, customer
 * pills, reporting and service lines), or, when the DOM draws the nodes, only
 * the links the DOM leaves out. Only what is on screen is visited (rows are
 * culled by binary search), and boxes narrower than a few pixels are merged
 * into runs, so a frame costs about the same at 1,000 roles as at 10,000.
 */
import type { Tier } from '../layout/layout';
import { forEachBoxIn, LINK, TONE, viewRect, type ChartScene } from './chart-scene';

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

/** Colours as on the DOM nodes and edges (tailwind.config.js, flow-model.ts). */
export const COLOURS = {
  box: '#ffffff',
  boxBorder: '#cbd5e1',
  stripe: '#5fd4c7',
  noPath: '#f87171',
  warn: '#f59e0b',
  customerFill: '#ccfbf1',
  customerBorder: '#14b8a6',
  /** Boxes too small to show a border: one flat colour per tone. */
  flat: ['#94a3b8', '#ef4444', '#f59e0b', '#14b8a6'] as readonly string[],
  reporting: '#94a3b8',
  toCustomer: '#0d9488',
  toRole: '#6366f1',
  selected: '#4f46e5',
  hovered: '#818cf8',
} as const;

/** Opaque tier band colours: the DOM bands' tints over the page's slate-50. */
export const BAND_COLOURS: Record<Tier, { fill: string; edge: string }> = {
  customers: { fill: '#f0fdfa', edge: '#ccfbf1' },
  'front-line': { fill: '#f3f9fd', edge: '#e0f2fe' },
  management: { fill: '#f4f6f9', edge: '#e2e8f0' },
  leadership: { fill: '#f1f4fd', edge: '#e0e7ff' },
};

/** Boxes at least this wide on screen are drawn as cards (fill, border, stripe); narrower ones flat. */
const CARD_FROM_PX = 14;
/** Links are left out once the gap between rows is this thin on screen: they would be noise. */
const LINK_GAP_FROM_PX = 3;
/** Links of a box this far off screen (CSS px) are still drawn, so lines do not pop at the edges. */
const MARGIN_PX = 48;
const DIM_ALPHA = 0.22;

/** Per scene, a stamp per link so a link met from both its ends is drawn once a frame. */
const stamps = new WeakMap<ChartScene, { frame: number; seen: Uint32Array }>();

function stampsOf(scene: ChartScene): { frame: number; seen: Uint32Array } {
  let entry = stamps.get(scene);
  if (!entry) {
    entry = { frame: 0, seen: new Uint32Array(scene.linkCount) };
    stamps.set(scene, entry);
  }
  entry.frame += 1;
  return entry;
}

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

/** Adds one link to the current path, in screen coordinates. */
function traceLink(ctx: DrawContext, scene: ChartScene, camera: Camera, link: number): void {
  const a = scene.linkFrom[link]!;
  const b = scene.linkTo[link]!;
  const { zoom } = camera;
  const ax = (scene.x[a]! + scene.width[a]! / 2) * zoom + camera.x;
  const bx = (scene.x[b]! + scene.width[b]! / 2) * zoom + camera.x;
  let y1: number;
  let y2: number;
  // The lower box connects from its top edge, the upper one from its bottom edge.
  if (scene.y[a]! >= scene.y[b]!) {
    y1 = scene.y[a]! * zoom + camera.y;
    y2 = (scene.y[b]! + scene.height[b]!) * zoom + camera.y;
  } else {
    y1 = (scene.y[a]! + scene.height[a]!) * zoom + camera.y;
    y2 = scene.y[b]! * zoom + camera.y;
  }
  const mid = (y1 + y2) / 2;
  ctx.moveTo(ax, y1);
  if (scene.linkKind[link] === LINK.reporting) {
    // An elbow, like the DOM's smoothstep edges: up, across, up.
    ctx.lineTo(ax, mid);
    ctx.lineTo(bx, mid);
    ctx.lineTo(bx, y2);
  } else {
    ctx.bezierCurveTo(ax, mid, bx, mid, bx, y2);
  }
}

function drawLinks(
  ctx: DrawContext,
  scene: ChartScene,
  camera: Camera,
  options: DrawOptions,
  onScreen: readonly number[],
): number {
  if (scene.linkCount === 0) return 0;
  const { frame, seen } = stampsOf(scene);
  const byKind: number[][] = [[], [], []];
  const inDom = options.inDom;
  for (const box of onScreen) {
    for (let k = scene.linkStart[box]!; k < scene.linkStart[box + 1]!; k++) {
      const link = scene.linkList[k]!;
      if (seen[link] === frame) continue;
      seen[link] = frame;
      if (inDom && inDom[scene.linkFrom[link]!] && inDom[scene.linkTo[link]!]) continue;
      byKind[scene.linkKind[link]!]!.push(link);
    }
  }
  const width = Math.max(1, 1.75 * camera.zoom);
  const styles = [
    { kind: LINK.reporting, colour: COLOURS.reporting, alpha: 1 },
    { kind: LINK.toRole, colour: COLOURS.toRole, alpha: 0.8 },
    { kind: LINK.toCustomer, colour: COLOURS.toCustomer, alpha: 0.55 },
  ];
  let drawn = 0;
  for (const style of styles) {
    const links = byKind[style.kind]!;
    if (links.length === 0) continue;
    for (const pass of options.lit ? [false, true] : [true]) {
      ctx.beginPath();
      let any = false;
      for (const link of links) {
        const lit = options.lit
          ? options.lit[scene.linkFrom[link]!] === 1 && options.lit[scene.linkTo[link]!] === 1
          : true;
        if (lit !== pass) continue;
        traceLink(ctx, scene, camera, link);
        any = true;
        drawn += 1;
      }
      if (!any) continue;
      ctx.globalAlpha = style.alpha * (pass ? 1 : DIM_ALPHA);
      ctx.strokeStyle = style.colour;
      ctx.lineWidth = pass && options.lit ? width * 2 : width;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  return drawn;
}

/** Boxes too small for a card: runs of one colour, merged where they touch on screen. */
function drawFlatBoxes(
  ctx: DrawContext,
  scene: ChartScene,
  camera: Camera,
  boxes: readonly number[],
): void {
  const { zoom } = camera;
  // Flags show once a box is at least a pixel wide; below that a flagged box is
  // drawn plain (a mark per flag would paint the whole row red).
  const flags = (boxes.length > 0 ? scene.width[boxes[0]!]! : 0) * zoom >= 1;
  const toneOf = (box: number) => {
    const tone = scene.tone[box]!;
    return flags || tone === TONE.customer ? tone : TONE.role;
  };
  // Plain roles first, flagged ones over them.
  for (const tone of [TONE.role, TONE.customer, TONE.warn, TONE.noPath]) {
    ctx.fillStyle = COLOURS.flat[tone]!;
    let runLeft = 0;
    let runRight = -Infinity;
    let runTop = 0;
    let runBottom = 0;
    for (const box of boxes) {
      if (toneOf(box) !== tone) continue;
      const left = scene.x[box]! * zoom + camera.x;
      const right = Math.max(left + scene.width[box]! * zoom, left + 1);
      const top = scene.y[box]! * zoom + camera.y;
      const bottom = Math.max(top + scene.height[box]! * zoom, top + 1);
      if (left - runRight <= 1 && top === runTop) {
        runRight = Math.max(runRight, right);
        runBottom = Math.max(runBottom, bottom);
        continue;
      }
      if (runRight > -Infinity)
        ctx.fillRect(runLeft, runTop, runRight - runLeft, runBottom - runTop);
      runLeft = left;
      runRight = right;
      runTop = top;
      runBottom = bottom;
    }
    if (runRight > -Infinity) ctx.fillRect(runLeft, runTop, runRight - runLeft, runBottom - runTop);
  }
}

/** Boxes wide enough to read as cards: white with a border and a coloured stripe; customers as pills. */
function drawCards(
  ctx: DrawContext,
  scene: ChartScene,
  camera: Camera,
  boxes: readonly number[],
): void {
  const { zoom } = camera;
  const at = (box: number) => ({
    left: scene.x[box]! * zoom + camera.x,
    top: scene.y[box]! * zoom + camera.y,
    width: scene.width[box]! * zoom,
    height: scene.height[box]! * zoom,
  });
  const radius = Math.min(8, 12 * zoom);
  // Roles: one path for every white card, stroked once; stripes by tone.
  ctx.beginPath();
  for (const box of boxes) {
    if (scene.tone[box] === TONE.customer) continue;
    const r = at(box);
    ctx.rect(r.left, r.top, r.width, r.height);
  }
  ctx.fillStyle = COLOURS.box;
  ctx.fill();
  ctx.strokeStyle = COLOURS.boxBorder;
  ctx.lineWidth = 1;
  ctx.stroke();
  const stripe = Math.max(1, 4 * zoom);
  for (const [tone, colour] of [
    [TONE.role, COLOURS.stripe],
    [TONE.warn, COLOURS.warn],
    [TONE.noPath, COLOURS.noPath],
  ] as const) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    let any = false;
    for (const box of boxes) {
      if (scene.tone[box] !== tone) continue;
      const r = at(box);
      ctx.rect(r.left, r.top, r.width, stripe);
      any = true;
    }
    if (any) ctx.fill();
  }
  // A flagged role's border is red, as on its DOM node.
  ctx.beginPath();
  let flagged = false;
  for (const box of boxes) {
    if (scene.tone[box] !== TONE.noPath) continue;
    const r = at(box);
    ctx.rect(r.left, r.top, r.width, r.height);
    flagged = true;
  }
  if (flagged) {
    ctx.strokeStyle = COLOURS.noPath;
    ctx.stroke();
  }
  // Customers: teal pills.
  ctx.beginPath();
  let customers = false;
  for (const box of boxes) {
    if (scene.tone[box] !== TONE.customer) continue;
    const r = at(box);
    ctx.roundRect(r.left, r.top, r.width, r.height, Math.max(radius, r.height / 2));
    customers = true;
  }
  if (customers) {
    ctx.fillStyle = COLOURS.customerFill;
    ctx.fill();
    ctx.strokeStyle = COLOURS.customerBorder;
    ctx.lineWidth = Math.max(1, 2 * zoom);
    ctx.stroke();
  }
}

function drawBoxes(
  ctx: DrawContext,
  scene: ChartScene,
  camera: Camera,
  boxes: readonly number[],
  lit: Uint8Array | null,
): void {
  const passes: { alpha: number; boxes: readonly number[] }[] = lit
    ? [
        { alpha: DIM_ALPHA, boxes: boxes.filter((box) => !lit[box]) },
        { alpha: 1, boxes: boxes.filter((box) => lit[box]) },
      ]
    : [{ alpha: 1, boxes }];
  for (const pass of passes) {
    ctx.globalAlpha = pass.alpha;
    const cards: number[] = [];
    const flat: number[] = [];
    for (const box of pass.boxes) {
      if (scene.width[box]! * camera.zoom >= CARD_FROM_PX) cards.push(box);
      else flat.push(box);
    }
    if (flat.length > 0) drawFlatBoxes(ctx, scene, camera, flat);
    if (cards.length > 0) drawCards(ctx, scene, camera, cards);
  }
  ctx.globalAlpha = 1;
}

function drawRing(
  ctx: DrawContext,
  scene: ChartScene,
  camera: Camera,
  box: number,
  colour: string,
): void {
  const { zoom } = camera;
  const width = Math.max(scene.width[box]! * zoom, 6);
  const height = Math.max(scene.height[box]! * zoom, 6);
  const left = scene.x[box]! * zoom + camera.x + (scene.width[box]! * zoom - width) / 2;
  const top = scene.y[box]! * zoom + camera.y + (scene.height[box]! * zoom - height) / 2;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.strokeRect(left - 3, top - 3, width + 6, height + 6);
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
