/**
 * A before / after bar chart of a distribution (spans of control, customer
 * distances), as an SVG element tree: labelled axes, a legend in words, and
 * every bar's count written above it, so it reads on paper in black and
 * white. The compare view draws the same tree on screen; the comparison PDF
 * puts it on the page.
 */
import type { Bin } from '../../domain/scenarios/scenario-figures';
import { el, type SvgElement } from '../image/svg-tree';
import { SVG_FONT_STACK } from '../image/svg-export';

export const BEFORE_FILL = '#94a3b8';
export const AFTER_FILL = '#4f46e5';

export interface HistogramOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 44, right: 16, bottom: 48, left: 52 };

/** Ticks on the count axis: 0 to a round top, at most five steps. */
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const step = Math.max(1, Math.ceil(max / 5));
  const top = Math.ceil(max / step) * step;
  const result: number[] = [];
  for (let v = 0; v <= top; v += step) result.push(v);
  return result;
}

export function histogramSvg(bins: readonly Bin[], options: HistogramOptions): SvgElement {
  const width = options.width ?? 420;
  const height = options.height ?? 240;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const axis = ticks(Math.max(0, ...bins.flatMap((bin) => [bin.before, bin.after])));
  const top = axis[axis.length - 1]!;
  const y = (count: number) => MARGIN.top + plotH - (count / top) * plotH;
  const slot = plotW / Math.max(1, bins.length);
  const bar = Math.min(22, (slot - 6) / 2);
  const text = (attrs: Record<string, string | number>, value: string) =>
    el('text', { 'font-size': 11, fill: '#334155', ...attrs }, value);

  const children: SvgElement[] = [
    el('title', {}, options.title),
    text(
      { x: MARGIN.left, y: 16, 'font-size': 13, 'font-weight': 600, fill: '#0f172a' },
      options.title,
    ),
    // The legend: a swatch and a word each, so the two series differ in more than colour.
    el('rect', { x: MARGIN.left, y: 24, width: 10, height: 10, fill: BEFORE_FILL }),
    text({ x: MARGIN.left + 14, y: 33 }, 'Before (left bar)'),
    el('rect', { x: MARGIN.left + 124, y: 24, width: 10, height: 10, fill: AFTER_FILL }),
    text({ x: MARGIN.left + 138, y: 33 }, 'After (right bar)'),
  ];
  for (const tick of axis) {
    children.push(
      el('line', {
        x1: MARGIN.left,
        x2: MARGIN.left + plotW,
        y1: y(tick),
        y2: y(tick),
        stroke: '#e2e8f0',
      }),
      text({ x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, String(tick)),
    );
  }
  bins.forEach((bin, i) => {
    const centre = MARGIN.left + slot * i + slot / 2;
    for (const [count, x, fill, which] of [
      [bin.before, centre - bar - 1, BEFORE_FILL, 'before'],
      [bin.after, centre + 1, AFTER_FILL, 'after'],
    ] as const) {
      children.push(
        el(
          'rect',
          { x, y: y(count), width: bar, height: y(0) - y(count), fill, 'data-series': which },
          el('title', {}, `${bin.label}: ${count} ${which}`),
        ),
        text(
          { x: x + bar / 2, y: y(count) - 3, 'text-anchor': 'middle', 'font-size': 10 },
          String(count),
        ),
      );
    }
    children.push(
      text({ x: centre, y: MARGIN.top + plotH + 16, 'text-anchor': 'middle' }, bin.label),
    );
  });
  children.push(
    el('line', {
      x1: MARGIN.left,
      x2: MARGIN.left + plotW,
      y1: y(0),
      y2: y(0),
      stroke: '#475569',
    }),
    el('line', { x1: MARGIN.left, x2: MARGIN.left, y1: MARGIN.top, y2: y(0), stroke: '#475569' }),
    text(
      { x: MARGIN.left + plotW / 2, y: height - 8, 'text-anchor': 'middle', 'font-weight': 600 },
      options.xLabel,
    ),
    text(
      {
        x: 14,
        y: MARGIN.top + plotH / 2,
        'text-anchor': 'middle',
        'font-weight': 600,
        transform: `rotate(-90 14 ${MARGIN.top + plotH / 2})`,
      },
      options.yLabel,
    ),
  );
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': SVG_FONT_STACK,
    },
    ...children,
  );
}
