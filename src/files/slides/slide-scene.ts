/**
 * One slide of Teach as plain shapes, in inches on a 16:9 slide (13.33 × 7.5):
 * the step's title and caption, its figure, and the chart in the step's view
 * as boxes with text and lines. The PPTX and PDF writers draw exactly this,
 * so the two files agree; text stays text in both.
 *
 * Reporting lines point at the boss on the pyramid steps (everyone faces the
 * boss) and the other way from the flip on (service flows up to the customer).
 */
import { analyseChart, type Analysis } from '../../domain/analysis/service-paths';
import type { Chart } from '../../domain/chart';
import { stepFocus, type FocusTone } from '../../domain/teaching/step-focus';
import { captionOf, TEACH_STEPS, type TeachStep } from '../../domain/teaching/teach-steps';
import { layoutChart, type Layout, type Tier } from '../../layout/layout';
import { layoutServiceDistance } from '../../layout/service-distance/service-distance-layout';

export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
/** The chart's area on a slide, under the caption. */
const AREA = { x: 0.5, y: 2.05, width: 12.333, height: 5.05 };
/** Below this, a box's title would not be legible on a slide: boxes are drawn without text. */
export const MIN_BOX_FONT_PT = 7;
const MAX_BOX_FONT_PT = 18;

export interface SlideBox {
  id: string;
  kind: 'role' | 'customer';
  x: number;
  y: number;
  width: number;
  height: number;
  tier: Tier;
  /** The title (or customer name); null when the box is too small for legible text. */
  text: string | null;
  /** The person in the role, shown under the title when there is room. */
  person: string | null;
  fontSize: number;
  /** How the step marks the box: lit in a tone, dimmed (another box is lit), or as usual. */
  mark: FocusTone | 'dim' | null;
}

export interface SlideLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: 'reporting' | 'service';
  /** The arrow head sits at (x2, y2). */
  arrow: boolean;
}

export interface SlideRowLabel {
  text: string;
  x: number;
  y: number;
}

export interface Slide {
  step: TeachStep;
  number: number;
  title: string;
  caption: string;
  figure: string | null;
  boxes: SlideBox[];
  lines: SlideLine[];
  rowLabels: SlideRowLabel[];
  /** Said on the slide when the chart is too big to label each role. */
  note: string | null;
}

function layoutFor(
  chart: Chart,
  step: TeachStep,
): { layout: Layout; rowLabels: { text: string; y: number; height: number }[] } {
  if (step.view === 'service-distance') {
    const layout = layoutServiceDistance(chart);
    return {
      layout,
      rowLabels: layout.rows.map((row) => ({ text: row.label, y: row.y, height: row.height })),
    };
  }
  return { layout: layoutChart(chart, { view: step.view }), rowLabels: [] };
}

/** The slide of one step of Teach. */
export function slideOf(
  chart: Chart,
  step: TeachStep,
  analysis: Analysis = analyseChart(chart),
): Slide {
  const { layout, rowLabels } = layoutFor(chart, step);
  const focus = stepFocus(chart, analysis, step.id);
  const { bounds } = layout;
  const labelRoom = rowLabels.length > 0 ? 1.6 : 0;
  const scale =
    bounds.width === 0 || bounds.height === 0
      ? 0
      : Math.min((AREA.width - labelRoom) / bounds.width, AREA.height / bounds.height, 1 / 96);
  const offsetX = AREA.x + labelRoom + (AREA.width - labelRoom - bounds.width * scale) / 2;
  const offsetY = AREA.y + (AREA.height - bounds.height * scale) / 2;
  const toX = (x: number) => offsetX + (x - bounds.x) * scale;
  const toY = (y: number) => offsetY + (y - bounds.y) * scale;

  const roles = new Map(chart.roles.map((role) => [role.id, role]));
  const customers = new Map(chart.customers.map((customer) => [customer.id, customer]));
  const boxes: SlideBox[] = [];
  let unlabelled = 0;
  for (const node of layout.nodes.values()) {
    const height = node.height * scale;
    // A title takes about a third of a role's height (it has a person under
    // it), two fifths of a customer's single line; in points, 72 to the inch.
    const share = node.kind === 'role' ? 0.3 : 0.42;
    const fontSize = Math.min(MAX_BOX_FONT_PT, height * 72 * share);
    const legible = fontSize >= MIN_BOX_FONT_PT;
    const role = node.kind === 'role' ? roles.get(node.id) : undefined;
    const text = role ? role.title : (customers.get(node.id)?.name ?? node.id);
    if (!legible) unlabelled++;
    const lit = focus.lit?.has(node.id) ?? false;
    boxes.push({
      id: node.id,
      kind: node.kind,
      x: toX(node.x),
      y: toY(node.y),
      width: node.width * scale,
      height,
      tier: node.tier,
      text: legible ? text : null,
      person: legible && role?.person ? role.person : null,
      fontSize: legible ? Math.round(fontSize * 10) / 10 : 0,
      mark: focus.lit === null || node.kind === 'customer' ? null : lit ? focus.tone : 'dim',
    });
  }

  const lines: SlideLine[] = [];
  const facingBoss = step.view === 'traditional';
  const place = (id: string) => layout.nodes.get(id);
  for (const role of chart.roles) {
    const own = place(role.id);
    if (!own) continue;
    const manager = role.reportsTo === null ? undefined : place(role.reportsTo);
    if (manager && manager.kind === 'role') {
      lines.push(connect(own, manager, facingBoss, 'reporting', toX, toY));
    }
    for (const target of role.serves) {
      const served = place(target);
      if (served) lines.push(connect(served, own, false, 'service', toX, toY, true));
    }
  }

  return {
    step,
    number: TEACH_STEPS.indexOf(step) + 1,
    title: step.title,
    caption: captionOf(chart, step),
    figure: focus.figure,
    boxes,
    lines,
    rowLabels: rowLabels.map((row) => ({
      text: row.text,
      x: AREA.x,
      y: toY(row.y + row.height / 2),
    })),
    note:
      unlabelled > 0
        ? `${unlabelled} of ${boxes.length} boxes are too small to label on a slide; open the chart in Upturn to read them.`
        : null,
  };
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * A line between a report (or the served node) `a` and its manager (or the
 * serving role) `b`, from edge to edge. With `towardB` the arrow points at
 * `b`; otherwise at `a`. `reversed` swaps which end starts the service link.
 */
function connect(
  a: Box,
  b: Box,
  towardB: boolean,
  kind: SlideLine['kind'],
  toX: (x: number) => number,
  toY: (y: number) => number,
  reversed = false,
): SlideLine {
  const aAbove = a.y < b.y;
  const ax = toX(a.x + a.width / 2);
  const ay = toY(aAbove ? a.y + a.height : a.y);
  const bx = toX(b.x + b.width / 2);
  const by = toY(aAbove ? b.y : b.y + b.height);
  // Service links always point at what is served (a), from the role serving it (b).
  if (reversed || !towardB) return { x1: bx, y1: by, x2: ax, y2: ay, kind, arrow: true };
  return { x1: ax, y1: ay, x2: bx, y2: by, kind, arrow: true };
}

/** Every step's slide, in order. */
export function teachSlides(chart: Chart): Slide[] {
  const analysis = analyseChart(chart);
  return TEACH_STEPS.map((step) => slideOf(chart, step, analysis));
}
