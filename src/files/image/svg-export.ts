/**
 * The current view as SVG, drawn from the chart and its layout (never from a
 * DOM screenshot): tier bands with labels, every reporting line and service
 * link, every role and customer as a `<g class="node" data-id=…>`, the flags
 * as text. Text is text (escaped by the serialiser), in a font stack every
 * system has. The chart's Upturn JSON rides along in `<metadata>`, so Import
 * can reopen an exported image (`readChartFromSvg`).
 *
 * PNG and PDF are rendered from this SVG in the browser (see the TSDoc of
 * `chartToSvg`).
 */
import type { Chart, View } from '../../domain/chart';
import type { Analysis } from '../../domain/analysis/service-paths';
import type { Layout } from '../../layout/layout';
import { TIER_COLOURS } from '../../theme/tiers';
import { svgEdges, SVG_MARKERS } from './svg-edges';
import {
  customerNameLines,
  customerNode,
  roleNode,
  roleTitleLines,
  DETAIL_FONT_SIZE,
  TITLE_FONT_SIZE,
} from './svg-nodes';
import { el, serialiseXml, unescapeXml, type SvgElement } from './svg-tree';
import { depthRefusal } from '../import/import-limits';
import { chartToDocument, readDocument, type ParseResult } from '../upturn-json/upturn-json';

/** Fonts that render anywhere: Inter when installed, then each platform's UI sans. */
export const SVG_FONT_STACK = 'Inter, Segoe UI, Helvetica, Arial, sans-serif';

/** The `id` of the `<metadata>` element that carries the chart's JSON. */
export const SVG_METADATA_ID = 'upturn-chart';

/** How `chartToSvg` draws. */
export interface SvgExportOptions {
  /** Which view the layout is of: sets which way reporting lines point. Default customer first. */
  view?: View;
  /** A heading above the chart; default the chart's name; '' for none. */
  heading?: string;
  /** Embed the chart's Upturn JSON (default true). */
  embedChart?: boolean;
}

const PAD = 32;
/** Room left of the nodes for the tier labels. */
const LABEL_WIDTH = 112;
const HEADING_HEIGHT = 48;

/** The box an export of `layout` draws, in the layout's units (with a heading or not). */
export function svgExtent(
  layout: Pick<Layout, 'bounds'>,
  withHeading: boolean,
): { left: number; top: number; width: number; height: number } {
  const headingHeight = withHeading ? HEADING_HEIGHT : 0;
  const { bounds } = layout;
  return {
    left: bounds.x - PAD - LABEL_WIDTH,
    top: bounds.y - PAD - headingHeight,
    width: bounds.width + 2 * PAD + LABEL_WIDTH,
    height: bounds.height + 2 * PAD + headingHeight,
  };
}

/**
 * The smallest font an export draws any text of the chart at: a card's detail
 * lines, or a title or customer name drawn smaller to fit (the heading aside).
 */
export function smallestTextSize(chart: Chart, layout: Layout): number {
  let smallest = layout.nodes.size > 0 ? DETAIL_FONT_SIZE : Infinity;
  for (const role of chart.roles) {
    const box = layout.nodes.get(role.id);
    if (box) smallest = Math.min(smallest, roleTitleLines(role.title, box.width).fontSize);
  }
  for (const customer of chart.customers) {
    const box = layout.nodes.get(customer.id);
    if (box) smallest = Math.min(smallest, customerNameLines(customer.name, box.width).fontSize);
  }
  return Number.isFinite(smallest) ? smallest : TITLE_FONT_SIZE;
}

/** The chart's JSON as metadata text: JSON escapes what XML could not carry (U+FFFE, U+FFFF). */
function metadataJson(chart: Chart): string {
  return JSON.stringify(chartToDocument(chart)).replace(
    /[\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}

/**
 * The chart in its current view as a standalone SVG document.
 *
 * `layout` is `layoutChart(chart, { view })` and `analysis` is
 * `analyseChart(chart)` (only its `flagsByRole` is read); pass the same `view`
 * in `options`. Nodes missing from the layout are skipped.
 *
 * The UI makes the other images from this text, in the browser:
 * PNG: draw it on a canvas at 2x (an `Image` from a Blob URL of the SVG,
 * `canvas.toBlob('image/png')`), then `embedChartInPng(png, chart)` so the PNG
 * carries the chart; PDF: jsPDF + svg2pdf.js (`doc.svg(parsedSvgElement, …)`),
 * one page scaled to fit, with title and date.
 */
export function chartToSvg(
  chart: Chart,
  layout: Layout,
  analysis: Pick<Analysis, 'flagsByRole'>,
  options: SvgExportOptions = {},
): string {
  const view = options.view ?? 'customer-first';
  const heading = options.heading ?? chart.name;
  const { left, top, width, height } = svgExtent(layout, Boolean(heading));

  const bands = layout.bands.map((band) =>
    el(
      'g',
      { class: 'tier-band', 'data-tier': band.tier },
      // The canvas's band colours (src/theme/tiers.ts), so the export looks like the screen.
      el('rect', {
        x: left,
        y: band.y,
        width,
        height: band.height,
        fill: TIER_COLOURS[band.tier].band,
        'fill-opacity': TIER_COLOURS[band.tier].bandAlpha,
      }),
      el(
        'text',
        {
          class: 'tier-label',
          x: left + 16,
          y: band.y + band.height / 2 + 4,
          'font-size': 13,
          'font-weight': 600,
          fill: TIER_COLOURS[band.tier].ink,
        },
        band.label,
      ),
    ),
  );

  const nodes: SvgElement[] = [];
  for (const role of chart.roles) {
    const box = layout.nodes.get(role.id);
    if (box) nodes.push(roleNode(role, box, analysis.flagsByRole.get(role.id) ?? []));
  }
  for (const customer of chart.customers) {
    const box = layout.nodes.get(customer.id);
    if (box) nodes.push(customerNode(customer.name, customer.id, box));
  }

  const children: SvgElement[] = [el('title', {}, chart.name || 'Upturn chart')];
  if (options.embedChart ?? true) {
    children.push(
      el('metadata', { id: SVG_METADATA_ID, 'data-format': 'upturn' }, metadataJson(chart)),
    );
  }
  children.push(
    SVG_MARKERS,
    el('rect', { class: 'background', x: left, y: top, width, height, fill: '#ffffff' }),
    el('g', { class: 'tier-bands' }, ...bands),
  );
  if (heading) {
    children.push(
      el(
        'text',
        {
          class: 'heading',
          x: left + 16,
          y: top + 32,
          'font-size': 22,
          'font-weight': 700,
          fill: '#1f2933',
        },
        heading,
      ),
    );
  }
  children.push(
    el('g', { class: 'edges' }, ...svgEdges(chart, layout, view)),
    el('g', { class: 'nodes' }, ...nodes),
  );

  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width,
      height,
      viewBox: `${left} ${top} ${width} ${height}`,
      'font-family': SVG_FONT_STACK,
      'data-view': view,
    },
    ...children,
  );
  return serialiseXml(root);
}

const METADATA =
  /<(?:[\w-]+:)?metadata\b[^>]*\bid\s*=\s*["']upturn-chart["'][^>]*>([\s\S]*?)<\/(?:[\w-]+:)?metadata>/;

/**
 * The chart an Upturn SVG export carries, read like an `.upturn.json` file
 * (same checks, migrations and problems). Refuses an SVG without one by name.
 */
export function readChartFromSvg(text: string): ParseResult {
  const match = METADATA.exec(text);
  if (!match) {
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          code: 'no-chart',
          rows: [],
          message:
            'This SVG has no Upturn chart inside it; only images exported by Upturn can be reopened.',
        },
      ],
    };
  }
  // An editor that re-saved the image may have wrapped the text in CDATA (raw, not escaped).
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(match[1]!);
  const json = cdata ? cdata[1]! : unescapeXml(match[1]!);
  const tooDeep = depthRefusal(json, 'The chart inside this SVG');
  if (tooDeep)
    return {
      ok: false,
      errors: [{ severity: 'error', code: 'too-deep', rows: [], message: tooDeep }],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          code: 'not-json',
          rows: [],
          message: `The chart inside this SVG is damaged (${reason}).`,
        },
      ],
    };
  }
  return readDocument(raw);
}
