import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseChart } from '../../domain/analysis/service-paths';
import { generateChart } from '../../domain/samples/generate-chart';
import { layoutChart, type Layout } from '../layout';
import {
  anyChart,
  chartOf,
  hierarchyOf,
  role,
  subtreeOf,
  type RandomChart,
} from '../__fixtures__/test-charts';
import { chartTree } from '../folding/visible-chart';
import { BLOCK_MIN, blockOutline, branchIndex, chooseBlocks } from './branch-blocks';

function layOut(
  { chart, sizes, gapX, gapY }: RandomChart,
  view: 'customer-first' | 'traditional',
): Layout {
  return layoutChart(chart, { view, gapX, gapY, sizeOf: (_kind, id) => sizes.get(id)! });
}

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean =>
  a.x < b.x + b.width - 1e-6 &&
  b.x < a.x + a.width - 1e-6 &&
  a.y < b.y + b.height - 1e-6 &&
  b.y < a.y + a.height - 1e-6;

describe('branch blocks (random charts, any zoom)', () => {
  it('never nest, and their outlines never overlap', () => {
    fc.assert(
      fc.property(
        anyChart,
        fc.constantFrom('customer-first' as const, 'traditional' as const),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (random, view, zoom) => {
          const layout = layOut(random, view);
          const index = branchIndex(chartTree(random.chart), layout, analyseChart(random.chart));
          const blocks = chooseBlocks(index, zoom);
          const h = hierarchyOf(random.chart);
          const members = new Map<string, string>();
          for (const block of blocks) {
            for (const id of subtreeOf(h, block.id)) {
              expect(
                members.get(id),
                `${id} in ${members.get(id)} and ${block.id}`,
              ).toBeUndefined();
              members.set(id, block.id);
            }
          }
          // Outlines reach past their cards by at most half the least gap between neighbours.
          const outlines = blocks.map((block) => blockOutline(index, block.id, random.gapX / 2));
          for (let a = 0; a < outlines.length; a++) {
            for (let b = a + 1; b < outlines.length; b++) {
              for (const ra of outlines[a]!) {
                for (const rb of outlines[b]!) {
                  const where = `${blocks[a]!.id} ${JSON.stringify(ra)} ~ ${blocks[b]!.id} ${JSON.stringify(rb)}`;
                  expect(overlaps(ra, rb), where).toBe(false);
                }
              }
            }
          }
        },
      ),
    );
  });

  it('a labelled block is big enough on screen for its label, and every block covers its cards', () => {
    fc.assert(
      fc.property(anyChart, fc.double({ min: 0.01, max: 1, noNaN: true }), (random, zoom) => {
        const layout = layOut(random, 'customer-first');
        const index = branchIndex(chartTree(random.chart), layout, analyseChart(random.chart));
        const h = hierarchyOf(random.chart);
        for (const block of chooseBlocks(index, zoom)) {
          if (block.labelled) {
            expect(block.box.width * zoom).toBeGreaterThanOrEqual(BLOCK_MIN.width - 1e-9);
            expect(block.box.height * zoom).toBeGreaterThanOrEqual(BLOCK_MIN.height - 1e-9);
          }
          const outline = blockOutline(index, block.id, 0);
          for (const id of subtreeOf(h, block.id)) {
            const card = layout.nodes.get(id)!;
            const inside = outline.some(
              (row) =>
                card.x >= row.x - 1e-6 &&
                card.x + card.width <= row.x + row.width + 1e-6 &&
                card.y >= row.y - 1e-6 &&
                card.y + card.height <= row.y + row.height + 1e-6,
            );
            expect(inside).toBe(true);
          }
        }
      }),
    );
  });
});

describe('branch blocks, cases', () => {
  const chart = generateChart({ roles: 150, seed: 150 });
  const layout = layoutChart(chart, { view: 'customer-first', targetAspect: 1.6 });
  const analysis = analyseChart(chart);
  const index = branchIndex(chartTree(chart), layout, analysis);

  it("counts a branch's roles, people, paths and flags, its manager included", () => {
    const top = chart.roles.find((r) => r.reportsTo === null)!;
    const i = index.forest.indexOf.get(top.id)!;
    const figures = index.figures[i]!;
    expect(figures.roles).toBe(chart.roles.length);
    expect(figures.headcount).toBe(chart.roles.reduce((sum, r) => sum + r.headcount, 0));
    expect(figures.rolesWithPath).toBe(analysis.figures.rolesWithPath);
    expect(figures.flags).toBe(analysis.flags.length);
  });

  it('draws none while the chart is too small on screen for a label, then the top leader alone', () => {
    const top = index.forest.indexOf.get(chart.roles.find((r) => r.reportsTo === null)!.id)!;
    const width = index.right[top]! - index.left[top]!;
    const height = index.bottom[top]! - index.top[top]!;
    const whole = Math.min(BLOCK_MIN.width / width, BLOCK_MIN.height / height);
    expect(chooseBlocks(index, whole * 0.5)).toEqual([]);
    const justBig = Math.max(BLOCK_MIN.width / width, BLOCK_MIN.height / height);
    const blocks = chooseBlocks(index, justBig * 1.01);
    expect(blocks.map((b) => b.id)).toEqual([chart.roles[top]!.id]);
  });

  it("splits into the reports' branches as the zoom grows, down to teams", () => {
    const counts = [0.05, 0.1, 0.2, 0.4].map((zoom) => chooseBlocks(index, zoom).length);
    for (let k = 1; k < counts.length; k++)
      expect(counts[k]!).toBeGreaterThanOrEqual(counts[k - 1]!);
    expect(counts.at(-1)!).toBeGreaterThan(counts[0]!);
  });

  it('has no block for a role without reports, nor for a chart of one role', () => {
    const lone = chartOf([role('a', null)]);
    const alone = branchIndex(
      chartTree(lone),
      layoutChart(lone, { view: 'customer-first' }),
      analyseChart(lone),
    );
    expect(chooseBlocks(alone, 0.01)).toEqual([]);
    expect(chooseBlocks(alone, 1)).toEqual([]);
  });
});
