import { describe, expect, it } from 'vitest';
import { applyCommands } from '../domain/commands/apply-command';
import { sampleChart } from '../domain/samples/sample-chart';
import { validateChart } from '../domain/validate';
import { copyFragment, pasteCommands } from './clipboard';

describe('copy and paste', () => {
  it('pastes a subtree with new ids, keeping its internal lines and its links out', () => {
    const chart = sampleChart();
    // The North store: its manager and both front-line roles.
    const fragment = copyFragment(chart, ['sm-north', 'associates-north', 'cashiers-north']);
    expect(fragment).not.toBeNull();
    const { commands, ids } = pasteCommands(chart, fragment!, 'coo');
    const result = applyCommands(chart, commands);
    if (!result.ok) throw result.error;
    const next = result.chart;
    expect(validateChart(next)).toEqual([]);
    expect(next.roles).toHaveLength(chart.roles.length + 3);
    const pasted = next.roles.filter((role) => ids.includes(role.id));
    for (const id of ids) expect(chart.roles.some((role) => role.id === id)).toBe(false);
    const manager = pasted.find((role) => role.title === 'Store Manager, North');
    expect(manager?.reportsTo).toBe('coo');
    const reports = pasted.filter((role) => role.reportsTo === manager?.id);
    expect(reports.map((role) => role.title).sort()).toEqual(['Cashier', 'Sales Associate']);
    // Links to something outside the fragment that still exists are kept.
    for (const report of reports) expect(report.serves).toEqual(['shoppers']);
  });

  it('copies nothing when nothing known is selected', () => {
    expect(copyFragment(sampleChart(), ['nope'])).toBeNull();
  });
});
