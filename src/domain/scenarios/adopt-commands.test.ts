/** Adopting a scenario: its commands make the base hold the scenario, as one step (properties). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../chart';
import { applyCommand, applyCommands, type Command } from '../commands/apply-command';
import { command, seedChart, validChart } from '../__fixtures__/chart-arbitraries';
import { diffCharts, isEmptyDiff } from '../diff/chart-diff';
import { adoptCommands } from './adopt-commands';

function applyAll(chart: Chart, commands: readonly Command[]): Chart {
  return commands.reduce((current, c) => {
    const result = applyCommand(current, c);
    return result.ok ? result.chart : current;
  }, chart);
}

/** The base after adopting, or the refusal's message. */
function adopt(base: Chart, scenario: Chart): Chart {
  const result = applyCommands(base, adoptCommands(base, scenario));
  if (!result.ok) throw new Error(result.error.message);
  return result.chart;
}

describe('adoptCommands', () => {
  it('turns the base into a scenario made by random edits of it, keeping its name', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const base = seedChart();
        const scenario = { ...applyAll(base, commands), name: 'Scenario' };
        const adopted = adopt(base, scenario);
        expect(isEmptyDiff(diffCharts(adopted, scenario))).toBe(true);
        expect(adopted.settings).toEqual(scenario.settings);
        expect(adopted.name).toBe(base.name);
      }),
      { numRuns: 300 },
    );
  });

  it('turns any chart into any other, ids that change kind included', () => {
    fc.assert(
      fc.property(validChart, validChart, (base, scenario) => {
        expect(isEmptyDiff(diffCharts(adopt(base, scenario), scenario))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('frees an id before it changes kind: a role deleted, a customer added under its id', () => {
    const base = seedChart();
    const id = base.roles[0]!.id;
    const scenario = applyAll(base, [
      { type: 'deleteRole', id },
      { type: 'addCustomer', customer: { id, name: 'Walk-in shoppers' } },
    ]);
    expect(scenario.customers.some((customer) => customer.id === id)).toBe(true);
    expect(isEmptyDiff(diffCharts(adopt(base, scenario), scenario))).toBe(true);
  });

  it('is nothing to do for a scenario never edited', () => {
    expect(adoptCommands(seedChart(), seedChart())).toEqual([]);
  });
});
