/**
 * The PDF's paper, chosen from the chart: the smallest ISO sheet (A4, A3,
 * A2, A1, then an A0 poster), turned whichever way shows the chart larger,
 * on which every role title prints at 6 pt or more. A chart too big even for
 * A0 is split over A3 sheets (tiles) at that size, after an overview page of
 * the whole chart with the sheets marked on it.
 */
import { pdfPage, type ExportSource, type PdfPage } from './chart-export';
import { smallestTextSize, svgExtent } from '../image/svg-export';

/** The sheets the PDF can be printed on. */
export type Paper = 'A4' | 'A3' | 'A2' | 'A1' | 'A0';

/** ISO 216 sizes in points (1/72 in). */
export const PAPER_SIZES: Readonly<Record<Paper, { long: number; short: number }>> = {
  A4: { long: 841.89, short: 595.28 },
  A3: { long: 1190.55, short: 841.89 },
  A2: { long: 1683.78, short: 1190.55 },
  A1: { long: 2383.94, short: 1683.78 },
  A0: { long: 3370.39, short: 2383.94 },
};

const PAPERS: readonly Paper[] = ['A4', 'A3', 'A2', 'A1', 'A0'];

/** The smallest a title may print, in points. */
export const MIN_TITLE_PT = 6;

/** The sheet tiles are printed on: large enough to read across, in most office printers. */
export const TILE_PAPER: Paper = 'A3';

/** One sheet of a tiled PDF: the part of the chart (in the SVG's units) it shows. */
export interface PdfTile {
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The chart on one page. */
export interface SinglePagePlan {
  kind: 'single';
  paper: Paper;
  page: PdfPage;
  /** The size the smallest text prints at. */
  titlePt: number;
}

/** The chart over several sheets, after an overview page. */
export interface TiledPlan {
  kind: 'tiles';
  paper: Paper;
  /** The overview: the whole chart fitted on one sheet. */
  overview: PdfPage;
  /** A tile's page: `chart` is where its part of the chart is drawn. */
  page: PdfPage;
  /** Points per SVG unit on a tile. */
  scale: number;
  columns: number;
  rows: number;
  /** Row by row, left to right. */
  tiles: PdfTile[];
  titlePt: number;
}

export type PdfPlan = SinglePagePlan | TiledPlan;

/** The page of `paper` turned whichever way draws a `width` × `height` chart larger. */
function bestPage(width: number, height: number, paper: Paper): PdfPage {
  const landscape = pdfPage(width, height, PAPER_SIZES[paper], 'landscape');
  const portrait = pdfPage(width, height, PAPER_SIZES[paper], 'portrait');
  return portrait.chart.width > landscape.chart.width + 1e-9 ? portrait : landscape;
}

/**
 * The plan for an SVG of `width` × `height` whose smallest text (a role
 * title drawn smaller to fit, or a card's detail line) is `smallestTitle`
 * units high (its font size). `minTitlePt` is the size every title, and every
 * other line of a card, must print at or above.
 */
export function planPdf(
  width: number,
  height: number,
  smallestTitle: number,
  minTitlePt: number = MIN_TITLE_PT,
): PdfPlan {
  const title = smallestTitle > 0 ? smallestTitle : minTitlePt;
  const w = Math.max(width, 1);
  const h = Math.max(height, 1);
  for (const paper of PAPERS) {
    const page = bestPage(w, h, paper);
    const titlePt = (page.chart.width / w) * title;
    if (titlePt >= minTitlePt - 1e-9) return { kind: 'single', paper, page, titlePt };
  }

  // Tiles: the chart at the scale that prints titles at the minimum, cut into sheets.
  const paper = TILE_PAPER;
  const scale = minTitlePt / title;
  const page = tilePage(w * scale, h * scale, paper);
  const tileWidth = page.chart.width / scale;
  const tileHeight = page.chart.height / scale;
  const columns = Math.ceil(w / tileWidth - 1e-9);
  const rows = Math.ceil(h / tileHeight - 1e-9);
  const tiles: PdfTile[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      tiles.push({
        row,
        column,
        x: column * tileWidth,
        y: row * tileHeight,
        width: tileWidth,
        height: tileHeight,
      });
    }
  }
  return {
    kind: 'tiles',
    paper,
    overview: bestPage(w, h, paper),
    page,
    scale,
    columns,
    rows,
    tiles,
    titlePt: minTitlePt,
  };
}

/**
 * A tile's page: the sheet turned to waste the least, its whole chart box
 * filled (a tile is cut to the box, not the box to the tile).
 */
function tilePage(scaledWidth: number, scaledHeight: number, paper: Paper): PdfPage {
  const sheets = (page: PdfPage) =>
    Math.ceil(scaledWidth / page.chart.width) * Math.ceil(scaledHeight / page.chart.height);
  const [landscape, portrait] = (['landscape', 'portrait'] as const).map((orientation) => {
    const page = pdfPage(1, 1, PAPER_SIZES[paper], orientation);
    const box = boxOf(page);
    return { ...page, chart: { x: page.margin, y: page.chart.y, ...box } };
  }) as [PdfPage, PdfPage];
  return sheets(portrait) < sheets(landscape) ? portrait : landscape;
}

/** The whole area under the title that a page's chart may use. */
function boxOf(page: PdfPage): { width: number; height: number } {
  return {
    width: page.pageWidth - 2 * page.margin,
    height: page.pageHeight - page.chart.y - page.margin,
  };
}

/** The paper in words: "A3 landscape". */
export function paperName(plan: PdfPlan): string {
  return `${plan.paper} ${plan.page.orientation}`;
}

/** What the Export menu says of the PDF: "A0 landscape poster", "24 A3 landscape pages and an overview". */
export function describePdfPlan(plan: PdfPlan): string {
  if (plan.kind === 'single') {
    return `${paperName(plan)}${plan.paper === 'A0' ? ' poster' : ''}, text ${formatPt(plan.titlePt)} pt or more`;
  }
  return `${plan.tiles.length} ${paperName(plan)} pages and an overview, text ${formatPt(plan.titlePt)} pt or more`;
}

function formatPt(pt: number): string {
  return (Math.floor(pt * 10) / 10).toLocaleString('en');
}

/** The plan for the PDF of `source` (its SVG drawn without a heading: the PDF prints its own). */
export function pdfPlanFor(source: ExportSource): PdfPlan {
  const { width, height } = svgExtent(source.layout, false);
  return planPdf(width, height, smallestTextSize(source.chart, source.layout));
}
