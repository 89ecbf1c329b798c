/**
 * The links Teach draws between its boxes, as elbows through the gaps
 * between rows. Each elbow is kept as its four numbers (two x, two y) as well
 * as its path, so a glide can move a link drawn at its end with one affine
 * transform from where it started (glide-motion.ts).
 */
import type { Chart } from '../../domain/chart';
import type { PlacedNode } from '../../layout/layout';
import type { StepPicture } from '../../layout/teach/step-layouts';
import { TEACH_GAP_Y } from './teach-fit';

/** An elbow: from (x1, y1) vertically to a middle row, across to x2, vertically to y2. */
export interface Elbow {
  /** `row`: two boxes on one row, the link dipping under them (y2 is the dip). */
  shape: 'step' | 'row';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface StageLink {
  key: string;
  kind: 'reporting' | 'service';
  /** The link's two ends, in the order it is drawn (the arrow at the second). */
  from: string;
  to: string;
  elbow: Elbow;
}

/** The elbow from `a`'s edge to `b`'s edge. */
export function elbowOf(a: PlacedNode, b: PlacedNode): Elbow {
  const ax = a.x + a.width / 2;
  const bx = b.x + b.width / 2;
  const ay = a.y + a.height / 2;
  const by = b.y + b.height / 2;
  if (Math.abs(ay - by) < 1) {
    // Two roles on one row: under them, through the gap below the row.
    const y = a.y + a.height;
    return { shape: 'row', x1: ax, y1: y, x2: bx, y2: y + TEACH_GAP_Y * 0.3 };
  }
  const down = ay < by;
  return {
    shape: 'step',
    x1: ax,
    y1: down ? a.y + a.height : a.y,
    x2: bx,
    y2: down ? b.y : b.y + b.height,
  };
}

/** The SVG path of an elbow. */
export function elbowPath({ shape, x1, y1, x2, y2 }: Elbow): string {
  if (shape === 'row') return `M ${x1} ${y1} V ${y2} H ${x2} V ${y1}`;
  const mid = (y1 + y2) / 2;
  return `M ${x1} ${y1} V ${mid} H ${x2} V ${y2}`;
}

/** The links of `chart` on `picture`: reporting lines, then service links. */
export function stageLinks(chart: Chart, picture: StepPicture): StageLink[] {
  const { nodes, view } = picture;
  const facingBoss = view === 'traditional';
  const links: StageLink[] = [];
  for (const role of chart.roles) {
    const own = nodes.get(role.id);
    if (!own) continue;
    const boss = role.reportsTo === null ? undefined : nodes.get(role.reportsTo);
    if (boss) {
      const [from, to] = facingBoss ? [own, boss] : [boss, own];
      links.push({
        key: `r:${role.id}`,
        kind: 'reporting',
        from: from.id,
        to: to.id,
        elbow: elbowOf(from, to),
      });
    }
    for (const target of role.serves) {
      const served = nodes.get(target);
      // On the pyramid and its flip, a service link along one row would run
      // over the others; the service-distance view draws every one.
      const alongRow = served && Math.abs(served.y - own.y) < 1 && view !== 'service-distance';
      if (served && !alongRow) {
        links.push({
          key: `s:${role.id}:${target}`,
          kind: 'service',
          from: own.id,
          to: served.id,
          elbow: elbowOf(own, served),
        });
      }
    }
  }
  return links;
}
