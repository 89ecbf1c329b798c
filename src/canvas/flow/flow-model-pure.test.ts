import { describe, expect, it } from 'vitest';
import { sampleChart } from '../../domain/samples/sample-chart';
import { analysisOf, layoutOf } from '../../editor/derived';
import { buildFlowNodes } from './flow-model';

/** A render may run twice: building the nodes reads the last build and changes nothing. */
describe('buildFlowNodes', () => {
  const chart = sampleChart();
  const layout = layoutOf(chart, 'customer-first');
  const analysis = analysisOf(chart);
  const build = (previous: Parameters<typeof buildFlowNodes>[0], selection: string[] = []) =>
    buildFlowNodes(previous, chart, layout, analysis, 'customer-first', new Set(selection));

  it('gives the same nodes when called twice on the same previous build, which it leaves alone', () => {
    const first = build(null);
    const kept = new Map(first.reuse.nodes);
    const a = build(first.reuse, [chart.roles[0]!.id]);
    const b = build(first.reuse, [chart.roles[0]!.id]);
    expect(a.nodes).toEqual(b.nodes);
    expect(new Map(first.reuse.nodes)).toEqual(kept);
    expect([...first.reuse.nodes.values()].every((node, i) => node === first.nodes[i])).toBe(true);
  });

  it('hands back the very same objects for what did not change', () => {
    const first = build(null);
    const selected = chart.roles[0]!.id;
    const next = build(first.reuse, [selected]);
    const changed = next.nodes.filter((node, i) => node !== first.nodes[i]).map((node) => node.id);
    expect(changed).toEqual([selected]);
  });
});
