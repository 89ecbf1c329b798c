/**
 * An orthogonal route (layout/links/link-routes.ts) as an SVG path: straight
 * segments joined by small rounded corners, each corner no wider than half of
 * either segment beside it, so short jogs stay square-ish and never overshoot.
 */
import type { Point } from '../../layout/links/link-routes';

const CORNER = 8;

const round = (value: number): number => Math.round(value * 10) / 10;

export function routePath(points: readonly Point[], corner = CORNER): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  let d = `M${round(first.x)},${round(first.y)}`;
  for (let k = 1; k < points.length; k++) {
    const at = points[k]!;
    const next = points[k + 1];
    if (!next) {
      d += ` L${round(at.x)},${round(at.y)}`;
      break;
    }
    const before = points[k - 1]!;
    const inLength = Math.hypot(at.x - before.x, at.y - before.y);
    const outLength = Math.hypot(next.x - at.x, next.y - at.y);
    const r = Math.min(corner, inLength / 2, outLength / 2);
    if (r < 0.5) {
      d += ` L${round(at.x)},${round(at.y)}`;
      continue;
    }
    const enter = {
      x: at.x - ((at.x - before.x) / inLength) * r,
      y: at.y - ((at.y - before.y) / inLength) * r,
    };
    const leave = {
      x: at.x + ((next.x - at.x) / outLength) * r,
      y: at.y + ((next.y - at.y) / outLength) * r,
    };
    d += ` L${round(enter.x)},${round(enter.y)} Q${round(at.x)},${round(at.y)} ${round(leave.x)},${round(leave.y)}`;
  }
  return d;
}
