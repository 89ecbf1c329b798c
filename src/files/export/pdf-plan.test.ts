import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePdfPlan, MIN_TITLE_PT, PAPER_SIZES, planPdf, type Paper } from './pdf-plan';

const ORDER: Paper[] = ['A4', 'A3', 'A2', 'A1', 'A0'];

/** Points per unit a chart gets on `paper` either way up, at best: 36 pt margins, 88 pt for the title. */
function bestScale(paper: Paper, width: number, height: number): number {
  const { long, short } = PAPER_SIZES[paper];
  const fit = (w: number, h: number) => Math.min((w - 72) / width, (h - 88 - 36) / height);
  return Math.max(fit(long, short), fit(short, long));
}

describe('planPdf', () => {
  it('keeps a small chart on A4, turned to suit it', () => {
    const wide = planPdf(800, 300, 14);
    expect(wide).toMatchObject({ kind: 'single', paper: 'A4' });
    expect(wide.kind === 'single' && wide.page.orientation).toBe('landscape');
    const tall = planPdf(300, 800, 14);
    expect(tall.kind === 'single' && tall.page.orientation).toBe('portrait');
  });

  it('takes the smallest sheet on which every title prints at 6 pt or more', () => {
    // 6,416 × 2,036 with 14 px titles (a 150-role chart): only A0 prints them at 6 pt.
    const plan = planPdf(6416, 2036, 14);
    expect(plan).toMatchObject({ kind: 'single', paper: 'A0' });
    if (plan.kind !== 'single') return;
    expect(plan.titlePt).toBeGreaterThanOrEqual(MIN_TITLE_PT);
    expect(plan.page.orientation).toBe('landscape');
    expect(describePdfPlan(plan)).toMatch(/^A0 landscape poster, text 7(\.\d)? pt or more$/);
  });

  it('is the first sheet that does it, for any chart (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 8000 }),
        fc.integer({ min: 50, max: 8000 }),
        fc.integer({ min: 6, max: 20 }),
        (width, height, title) => {
          const plan = planPdf(width, height, title);
          if (plan.kind !== 'single') {
            // Even A0 would print titles under 6 pt.
            expect(bestScale('A0', width, height) * title).toBeLessThan(MIN_TITLE_PT);
            return;
          }
          expect(plan.titlePt).toBeGreaterThanOrEqual(MIN_TITLE_PT - 1e-9);
          const { chart, pageWidth, pageHeight, margin } = plan.page;
          expect(chart.x).toBeGreaterThanOrEqual(margin - 1e-6);
          expect(chart.x + chart.width).toBeLessThanOrEqual(pageWidth - margin + 1e-6);
          expect(chart.y + chart.height).toBeLessThanOrEqual(pageHeight - margin + 1e-6);
          expect(chart.width / chart.height).toBeCloseTo(width / height, 6);
          // A smaller sheet would not do, either way up.
          const smaller = ORDER.slice(0, ORDER.indexOf(plan.paper));
          for (const paper of smaller) {
            expect(bestScale(paper, width, height) * title).toBeLessThan(MIN_TITLE_PT);
          }
          expect(plan.titlePt).toBeCloseTo(bestScale(plan.paper, width, height) * title, 6);
        },
      ),
    );
  });

  it('splits a chart too big for A0 over A3 sheets at 6 pt, after an overview', () => {
    const width = 40_000;
    const height = 3_000;
    const plan = planPdf(width, height, 14);
    expect(plan.kind).toBe('tiles');
    if (plan.kind !== 'tiles') return;
    expect(plan.paper).toBe('A3');
    expect(plan.scale * 14).toBeCloseTo(MIN_TITLE_PT, 9);
    expect(plan.tiles).toHaveLength(plan.columns * plan.rows);
    // The tiles cover the chart, each fills the page's chart box at the plan's scale.
    expect(plan.columns * plan.tiles[0]!.width).toBeGreaterThanOrEqual(width);
    expect(plan.rows * plan.tiles[0]!.height).toBeGreaterThanOrEqual(height);
    expect((plan.columns - 1) * plan.tiles[0]!.width).toBeLessThan(width);
    expect((plan.rows - 1) * plan.tiles[0]!.height).toBeLessThan(height);
    for (const tile of plan.tiles) {
      expect(tile.width * plan.scale).toBeCloseTo(plan.page.chart.width, 6);
      expect(tile.height * plan.scale).toBeCloseTo(plan.page.chart.height, 6);
    }
    expect(plan.tiles[1]).toMatchObject({ row: 0, column: 1 });
    // The overview shows the whole chart on one sheet.
    expect(plan.overview.chart.width / plan.overview.chart.height).toBeCloseTo(width / height, 6);
    expect(describePdfPlan(plan)).toBe(
      `${plan.tiles.length} A3 landscape pages and an overview, text 6 pt or more`,
    );
  });
});
