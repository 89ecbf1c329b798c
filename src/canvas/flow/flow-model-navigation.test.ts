import { describe, expect, it } from 'vitest';
import { generateChart } from '../../domain/samples/generate-chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { analysisOf, layoutOf } from '../../editor/derived';
import { pathHighlightOf, treeOf, visibleChartOf } from '../../editor/navigation';
import { FlowEdgeCache } from './flow-edges';
import { FlowNodeCache, PATH_CLASS, type NodeNavigation } from './flow-model';

/** Folding and highlighting must stay cheap on a big chart: only nodes whose look changed are new objects. */
describe('FlowNodeCache with navigation', () => {
  it('changing the highlight makes new node objects only for the nodes whose look changed', () => {
    const chart = generateChart({ roles: 600, seed: 7 });
    const layout = layoutOf(chart, 'customer-first');
    const analysis = analysisOf(chart);
    const cache = new FlowNodeCache();
    const nav = (roleId: string | null): NodeNavigation => ({
      tree: treeOf(chart),
      collapsed: new Set(),
      highlighted: roleId ? pathHighlightOf(chart, roleId)!.ids : null,
    });
    const build = (roleId: string | null) =>
      cache.build(chart, layout, analysis, 'customer-first', new Set(), nav(roleId));
    const changed = (a: ReturnType<typeof build>, b: ReturnType<typeof build>) =>
      b.filter((node, i) => node !== a[i]).map((node) => node.id);

    const none = build(null);
    const frontLine = chart.roles.find((role) => analysis.roles.get(role.id)!.distance === 1)!;
    const first = build(frontLine.id);
    const path = pathHighlightOf(chart, frontLine.id)!.ids;
    expect(new Set(changed(none, first))).toEqual(path);
    const marked = first.filter((node) => node.className === PATH_CLASS).map((node) => node.id);
    expect(new Set(marked)).toEqual(path);
    expect(path.size).toBeGreaterThan(1);
    expect(changed(first, build(null)).length).toBe(path.size);
  });

  it('folding a branch re-makes only the folded manager node, not every node', () => {
    const chart = sampleChart();
    const analysis = analysisOf(chart);
    const cache = new FlowNodeCache();
    const build = (collapsed: ReadonlySet<string>) =>
      cache.build(
        chart,
        layoutOf(visibleChartOf(chart, collapsed), 'customer-first'),
        analysis,
        'customer-first',
        new Set(),
        { tree: treeOf(chart), collapsed, highlighted: null },
      );
    const open = build(new Set());
    const manager = open.find((node) => node.id === 'sm-north');
    expect(manager?.type === 'role' && manager.data.branch).toEqual({
      roles: 2,
      headcount: 36,
      collapsed: false,
    });
    const folded = build(new Set(['sm-north']));
    const after = folded.find((node) => node.id === 'sm-north');
    expect(after?.type === 'role' && after.data.branch?.collapsed).toBe(true);
    expect(folded.some((node) => node.id === 'cashiers-north')).toBe(false);
    expect(folded.length).toBe(open.length - 2);
  });

  it('marks the edges along the path, and keeps the other edge objects', () => {
    const chart = sampleChart();
    const cache = new FlowEdgeCache();
    const plain = cache.build(chart, 'customer-first');
    const highlight = pathHighlightOf(chart, 'accountants')!;
    const lit = cache.build(chart, 'customer-first', highlight.edges);
    const marked = lit.filter((edge) => edge.className === PATH_CLASS).map((edge) => edge.id);
    expect(marked.length).toBe(highlight.ids.size - 1);
    for (const id of marked) expect(highlight.edges.has(id)).toBe(true);
    const same = lit.filter((edge, i) => edge === plain[i]).length;
    expect(same).toBe(plain.length - marked.length);
  });
});
