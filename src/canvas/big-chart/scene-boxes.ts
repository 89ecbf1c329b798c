/** The boxes drawn on the canvas: flat runs when small, cards and pills when readable, and rings. */
import { TONE, type ChartScene } from './chart-scene';
import type { Camera, DrawContext } from './scene-draw';
import { COLOURS, DIM_ALPHA } from './scene-style';

/** The order flat boxes are painted in: what marks a box last, so it is never covered. */
const FLAT_ORDER = [
  TONE.ghost,
  TONE.role,
  TONE.customer,
  TONE.warn,
  TONE.noPath,
  TONE.changed,
  TONE.added,
] as const;

/** Tones drawn however small the box is. */
const ALWAYS_SHOWN: ReadonlySet<number> = new Set([
  TONE.customer,
  TONE.added,
  TONE.changed,
  TONE.ghost,
]);

/** Boxes at least this wide on screen are drawn as cards (fill, border, stripe); narrower ones flat. */
const CARD_FROM_PX = 14;

/** Where a box is on screen, in CSS pixels. */
function boxOnScreen(
  scene: ChartScene,
  camera: Camera,
  box: number,
): { left: number; top: number; width: number; height: number } {
  const { zoom } = camera;
  return {
    left: scene.x[box]! * zoom + camera.x,
    top: scene.y[box]! * zoom + camera.y,
    width: scene.width[box]! * zoom,
    height: scene.height[box]! * zoom,
  };
}

/** Paints `boxes` (indices into `scene`) as `camera` shows them. */
type BoxPainter = (
  ctx: DrawContext,
  scene: ChartScene,
  camera: Camera,
  boxes: readonly number[],
) => void;

/** Boxes too small for a card: runs of one colour, merged where they touch on screen. */
const drawFlatBoxes: BoxPainter = (ctx, scene, camera, boxes) => {
  const { zoom } = camera;
  // Flags show once a box is at least a pixel wide; below that a flagged box is
  // drawn plain (a mark per flag would paint the whole row red). A comparison's
  // few changes always show: they are what the overview is read for.
  const flags = (boxes.length > 0 ? scene.width[boxes[0]!]! : 0) * zoom >= 1;
  const toneOf = (box: number) => {
    const tone = scene.tone[box]!;
    return flags || ALWAYS_SHOWN.has(tone) ? tone : TONE.role;
  };
  // Plain roles (and ghosts) first, flagged or changed ones over them.
  for (const tone of FLAT_ORDER) {
    ctx.fillStyle = COLOURS.flat[tone]!;
    let runLeft = 0;
    let runRight = -Infinity;
    let runTop = 0;
    let runBottom = 0;
    for (const box of boxes) {
      if (toneOf(box) !== tone) continue;
      const { left, top, width, height } = boxOnScreen(scene, camera, box);
      const right = Math.max(left + width, left + 1);
      const bottom = Math.max(top + height, top + 1);
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
};

/** Boxes wide enough to read as cards: white with a border and a coloured stripe; customers as pills. */
const drawCards: BoxPainter = (ctx, scene, camera, boxes) => {
  const { zoom } = camera;
  const at = (box: number) => boxOnScreen(scene, camera, box);
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
    [TONE.added, COLOURS.added],
    [TONE.changed, COLOURS.changed],
    [TONE.ghost, COLOURS.ghost],
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
};

export function drawBoxes(
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

export function drawRing(
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
