/** The links drawn on the canvas: reporting elbows and service curves, batched by kind. */
import { LINK, type ChartScene } from './chart-scene';
import type { Camera, DrawContext, DrawOptions } from './scene-draw';
import { COLOURS, DIM_ALPHA } from './scene-style';

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
export function drawLinks(
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
