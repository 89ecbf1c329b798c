import { describe, expect, it } from 'vitest';
import { applyCommands, type Command } from '../../domain/commands/apply-command';
import { sampleChart } from '../../domain/samples/sample-chart';
import { TONE } from '../../canvas/big-chart/chart-scene';
import { compareLayout } from './compare-layout';
import { compareEdges, compareNodes, compareTones } from './compare-flow-model';
import { compareCharts, linkKey } from './compare-model';

function edited(commands: Command[]) {
  const result = applyCommands(sampleChart(), commands);
  if (!result.ok) throw new Error(result.error.message);
  return result.chart;
}

const comparison = compareCharts(
  sampleChart(),
  edited([
    { type: 'setManager', id: 'ea', managerId: 'coo' },
    { type: 'addRole', role: { id: 'coach', title: 'Store Coach', reportsTo: 'coo' } },
    { type: 'deleteRole', id: 'strategy' },
    { type: 'addServiceLink', from: 'audit', to: 'sm-north' },
  ]),
);
const marks = {
  marks: comparison.marks,
  ghosts: comparison.ghosts,
  linksAdded: comparison.linksAdded,
  linksRemoved: comparison.linksRemoved,
};
const layout = compareLayout(comparison.overlay, 'customer-first');

describe('one side of the compare view as React Flow draws it', () => {
  it('puts every role and customer where the layout does, with its marks and ghost', () => {
    const nodes = compareNodes(comparison.overlay, layout, marks, 'coach', null);
    expect(nodes).toHaveLength(
      comparison.overlay.roles.length + comparison.overlay.customers.length,
    );
    const coach = nodes.find((node) => node.id === 'coach')!;
    expect(coach.position).toEqual({
      x: layout.nodes.get('coach')!.x,
      y: layout.nodes.get('coach')!.y,
    });
    expect(coach.data).toMatchObject({ focused: true, ghost: false });
    const strategy = nodes.find((node) => node.id === 'strategy')!;
    expect(strategy.data).toMatchObject({ ghost: true, focused: false });
  });

  it("given `only` (a big chart's window), builds just those nodes and the edges between them", () => {
    const kept = new Set(['coo', 'coach', 'ea', 'audit']);
    const only = (id: string) => kept.has(id);
    const nodes = compareNodes(comparison.overlay, layout, marks, null, only);
    expect(nodes.map((node) => node.id).sort()).toEqual([...kept].sort());
    const edges = compareEdges(comparison.overlay, 'customer-first', marks, only);
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(kept.has(edge.source) && kept.has(edge.target)).toBe(true);
    }
  });

  it('labels the service links added and removed, in words', () => {
    const edges = compareEdges(comparison.overlay, 'customer-first', marks, null);
    const added = edges.filter((edge) => edge.label === 'added');
    expect(added.map((edge) => linkKey(edge.data!.from, edge.data!.to))).toEqual([
      ...comparison.linksAdded,
    ]);
    expect(added[0]!.ariaLabel).toMatch(/\(added\)$/);
  });

  it('tones a role in the overview as its card says: added, changed, a ghost, or plain', () => {
    const tone = compareTones(marks);
    expect(tone('coach')).toBe(TONE.added);
    expect(tone('ea')).toBe(TONE.changed);
    expect(tone('audit')).toBe(TONE.changed);
    expect(tone('strategy')).toBe(TONE.ghost);
    expect(tone('ceo')).toBe(TONE.role);
    expect(compareTones({})('coach')).toBe(TONE.role);
  });
});
