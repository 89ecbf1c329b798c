/**
 * The maths of Teach's glide, so the browser can run it with no script per
 * frame: everything is drawn once where it lands, and each element gets the
 * one transform that puts it back where it starts; an animation of that
 * transform to none (translate and scale, interpolated one number at a time)
 * then passes exactly through the eased in-between pictures. A box is a
 * translation; a band or the camera an affine map of its ends. (A link
 * animates its path, stage-links.ts: its numbers mix as its ends move.) Pure.
 */
import type { StepPicture } from '../../layout/teach/step-layouts';
import { ease } from '../../layout/teach/step-layouts';
import { framed } from './teach-fit';

/** Where the camera puts a layout point on screen: `screen = k * point + (tx, ty)`. */
export interface Camera {
  k: number;
  tx: number;
  ty: number;
}

/** The camera that centres a picture's frame on a stage at `scale`. */
export function cameraOf(
  picture: StepPicture,
  scale: number,
  stage: { width: number; height: number },
): Camera {
  const box = framed(picture);
  const k = scale > 0 ? scale : 1;
  return {
    k,
    tx: stage.width / 2 - k * (box.x + box.width / 2),
    ty: stage.height / 2 - k * (box.y + box.height / 2),
  };
}

const mix = (a: number, b: number, t: number) => a + (b - a) * t;

/** The camera a fraction `t` (eased) of the way from `a` to `b`, as the animation draws it. */
export function cameraBetween(a: Camera, b: Camera, t: number): Camera {
  return { k: mix(a.k, b.k, t), tx: mix(a.tx, b.tx, t), ty: mix(a.ty, b.ty, t) };
}

/** A camera as a CSS transform, in the stage's pixels. */
export function cameraTransform({ k, tx, ty }: Camera): string {
  return `translate(${tx}px, ${ty}px) scale(${k})`;
}

/** The map `v -> s * v + t` that sends `b1` to `a1` and `b2` to `a2`; null when none does. */
export function affine1(
  a1: number,
  a2: number,
  b1: number,
  b2: number,
): { s: number; t: number } | null {
  const span = b2 - b1;
  if (Math.abs(span) < 1e-6) return Math.abs(a2 - a1) < 1e-6 ? { s: 1, t: a1 - b1 } : null;
  const s = (a2 - a1) / span;
  return { s, t: a1 - s * b1 };
}

/** The identity, written as the maps below are, so the two interpolate number by number. */
export const IDENTITY = 'translate(0px, 0px) scale(1, 1)';

const affine2 = (x: { s: number; t: number }, y: { s: number; t: number }) =>
  `translate(${x.t}px, ${y.t}px) scale(${x.s}, ${y.s})`;

/** The transform that lays a band drawn at `end` over `start` (only its top and bottom move). */
export function bandStart(
  start: { y: number; height: number },
  end: { y: number; height: number },
): string | null {
  const y = affine1(start.y, start.y + start.height, end.y, end.y + end.height);
  return y ? affine2({ s: 1, t: 0 }, y) : null;
}

/** A translation, for what only moves (a box's centre, a label). */
export const translate = (x: number, y: number) => `translate(${x}px, ${y}px)`;

/** The glide's easing for the Web Animations API: `ease` itself, sampled (CSS `linear()`). */
export function glideEasing(samples = 48): string {
  const points: string[] = [];
  for (let k = 0; k <= samples; k++) points.push(ease(k / samples).toFixed(5));
  return `linear(${points.join(', ')})`;
}
