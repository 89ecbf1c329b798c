/** Applying a difference, and the difference of random command sequences (properties). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../chart';
import { applyCommand, type Command } from '../commands/apply-command';
import { command, seedChart, validChart } from '../__fixtures__/chart-arbitraries';
import { diffCharts, isEmptyDiff } from './chart-diff';
import { applyChartDiff } from './apply-chart-diff';

/** A chart's content with document order set aside. */
function content(chart: Chart) {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    roles: byId(chart.roles).map((role) => ({ ...role, serves: [...role.serves].sort() })),
    customers: byId(chart.customers),
  };
}

function applyAll(chart: Chart, commands: readonly Command[]): Chart {
  return commands.reduce((current, c) => {
    const result = applyCommand(current, c);
    return result.ok ? result.chart : current;
  }, chart);
}

describe('applyChartDiff', () => {
  it('turns a chart into the other one (random charts)', () => {
    fc.assert(
      fc.property(validChart, validChart, (a, b) => {
        expect(content(applyChartDiff(a, diffCharts(a, b)))).toEqual(content(b));
      }),
    );
  });

  it('names the net changes of random command sequences: applying them gives the result, undoing them leaves nothing', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        const before = seedChart();
        const after = applyAll(before, commands);
        const diff = diffCharts(before, after);
        expect(content(applyChartDiff(before, diff))).toEqual(content(after));
        expect(isEmptyDiff(diff)).toBe(
          JSON.stringify(content(before)) === JSON.stringify(content(after)),
        );
        const back = applyChartDiff(after, diffCharts(after, before));
        expect(isEmptyDiff(diffCharts(before, back))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never changes the charts it reads', () => {
    fc.assert(
      fc.property(validChart, validChart, (a, b) => {
        const copies = [structuredClone(a), structuredClone(b)];
        applyChartDiff(a, diffCharts(a, b));
        expect([a, b]).toEqual(copies);
      }),
    );
  });
});
