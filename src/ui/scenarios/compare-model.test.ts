import { describe, expect, it } from 'vitest';
import { applyCommands, type Command } from '../../domain/commands/apply-command';
import { sampleChart } from '../../domain/samples/sample-chart';
import { compareCharts, linkKey } from './compare-model';

function edited(commands: Command[]) {
  const result = applyCommands(sampleChart(), commands);
  if (!result.ok) throw new Error(result.error.message);
  return result.chart;
}

describe('the comparison the compare view draws', () => {
  it('marks a move, an add, a removal (as a ghost under its old manager) and a new link, in words', () => {
    const scenario = edited([
      { type: 'setManager', id: 'ea', managerId: 'coo' },
      { type: 'addRole', role: { id: 'coach', title: 'Store Coach', reportsTo: 'coo' } },
      { type: 'deleteRole', id: 'strategy' },
      { type: 'addServiceLink', from: 'audit', to: 'sm-north' },
    ]);
    const comparison = compareCharts(sampleChart(), scenario);
    expect(comparison.marks.get('ea')).toEqual([
      { kind: 'moved', text: 'Was under Chief Executive Officer' },
    ]);
    expect(comparison.marks.get('coach')).toEqual([
      { kind: 'added', text: 'Added under Chief Operating Officer' },
    ]);
    expect(comparison.marks.get('strategy')).toEqual([
      { kind: 'removed', text: 'Removed (was under Chief Executive Officer)' },
    ]);
    expect(comparison.marks.get('audit')).toEqual([
      { kind: 'serves-added', text: 'Now serves Store Manager, North' },
    ]);
    expect([...comparison.ghosts]).toEqual(['strategy']);
    const ghost = comparison.overlay.roles.find((role) => role.id === 'strategy');
    expect(ghost?.reportsTo).toBe('ceo');
    expect(comparison.linksAdded.has(linkKey('audit', 'sm-north'))).toBe(true);
    expect(comparison.groups.map((group) => [group.key, group.entries.length])).toEqual([
      ['added', 1],
      ['removed', 1],
      ['moved', 1],
      ['serves-added', 1],
    ]);
  });

  it('keeps a removed link in the overlay, dashed, and marks it', () => {
    const scenario = edited([{ type: 'removeServiceLink', from: 'merchandiser', to: 'shoppers' }]);
    const comparison = compareCharts(sampleChart(), scenario);
    expect(comparison.linksRemoved.has(linkKey('merchandiser', 'shoppers'))).toBe(true);
    const merchandiser = comparison.overlay.roles.find((role) => role.id === 'merchandiser');
    expect(merchandiser?.serves).toContain('shoppers');
    expect(comparison.marks.get('merchandiser')).toEqual([
      { kind: 'serves-removed', text: 'No longer serves Shoppers' },
    ]);
  });

  it('has nothing to mark for a chart against itself', () => {
    const comparison = compareCharts(sampleChart(), sampleChart());
    expect(comparison.marks.size).toBe(0);
    expect(comparison.groups).toEqual([]);
    expect(comparison.overlay).toEqual(sampleChart());
  });
});
