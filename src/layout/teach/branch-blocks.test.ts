import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseChart } from '../../domain/analysis/service-paths';
import { generateChart } from '../../domain/samples/generate-chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { stepFocus } from '../../domain/teaching/step-focus';
import { arbitraryGeneratedChart } from '../__fixtures__/test-charts';
import { blockLabel, branchBlocks, drawnFocus } from './branch-blocks';

describe("Teach's blocks for a big chart", () => {
  it('leave a chart a room can read as it is', () => {
    const chart = sampleChart();
    const blocks = branchBlocks(chart);
    expect(blocks.chart).toBe(chart);
    expect(blocks.below.size).toBe(0);
    for (const role of chart.roles) expect(blocks.drawnAs.get(role.id)).toBe(role.id);
  });

  it('draw 5,000 roles as a few dozen roles and blocks, every role in exactly one', () => {
    const chart = generateChart({ roles: 5000, seed: 42, crossLinkShare: 0.05 });
    const { chart: drawn, below, drawnAs } = branchBlocks(chart);
    expect(drawn.roles.length).toBeLessThanOrEqual(60);
    expect(below.size).toBeGreaterThan(0);
    let inBlocks = 0;
    for (const count of below.values()) inBlocks += count;
    expect(drawn.roles.length + inBlocks).toBe(chart.roles.length);
    const onStage = new Set(drawn.roles.map((role) => role.id));
    for (const role of chart.roles) expect(onStage.has(drawnAs.get(role.id)!)).toBe(true);
    for (const [id, count] of below) {
      expect(drawn.roles.find((role) => role.id === id)!.person).toBe(blockLabel(count));
    }
  });

  it('keep every customer that the chart serves linked, through the blocks', () => {
    fc.assert(
      fc.property(arbitraryGeneratedChart(400), ({ chart }) => {
        const { chart: drawn, drawnAs } = branchBlocks(chart, 20);
        const ids = new Set([
          ...drawn.roles.map((role) => role.id),
          ...drawn.customers.map((c) => c.id),
        ]);
        const served = (c: typeof chart) =>
          new Set(c.roles.flatMap((role) => role.serves).filter((id) => !drawnAs.has(id)));
        expect(served(drawn)).toEqual(served(chart));
        for (const role of drawn.roles) {
          for (const target of role.serves) {
            expect(ids.has(target)).toBe(true);
            expect(target).not.toBe(role.id);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('light a block when a role of its branch is lit, at its nearest level', () => {
    const chart = generateChart({ roles: 2000, seed: 7 });
    const blocks = branchBlocks(chart);
    const focus = stepFocus(chart, analyseChart(chart), 'service-flows');
    const shown = drawnFocus(focus, blocks);
    expect(shown.figure).toBe(focus.figure);
    for (const id of focus.lit!) expect(shown.lit!.has(blocks.drawnAs.get(id)!)).toBe(true);
    for (const [id, level] of focus.levels!) {
      expect(shown.levels!.get(blocks.drawnAs.get(id)!)).toBeLessThanOrEqual(level);
    }
  });
});
