import { describe, expect, it } from 'vitest';
import { generateChart } from '../domain/samples/generate-chart';
import { sampleChart } from '../domain/samples/sample-chart';
import { analysisOf } from './derived';
import { editorRegistry } from './commands/editor-commands';
import { drawnLayoutOf, pathEdgeIds, pathHighlightOf, visibleChartOf } from './navigation';
import { createEditorStore } from './store';

describe('collapsing in the editor store', () => {
  it('folds and unfolds a branch as view state: no undo step, the chart unchanged', () => {
    const store = createEditorStore(sampleChart());
    const chart = store.getState().chart;
    store.getState().toggleCollapsed('coo');
    expect(store.getState().collapsed).toEqual(new Set(['coo']));
    expect(store.getState().chart).toBe(chart);
    expect(store.getState().past).toEqual([]);
    expect(drawnLayoutOf(store.getState()).nodes.has('sm-north')).toBe(false);
    store.getState().toggleCollapsed('coo');
    expect(store.getState().collapsed.size).toBe(0);
    expect(drawnLayoutOf(store.getState()).nodes.has('sm-north')).toBe(true);
  });

  it('the analysis still counts and flags every role while branches are folded', () => {
    const store = createEditorStore(sampleChart());
    const before = analysisOf(store.getState().chart);
    store.getState().toggleCollapsed('ceo');
    const { chart, collapsed } = store.getState();
    expect(visibleChartOf(chart, collapsed).roles).toHaveLength(1);
    expect(analysisOf(chart).figures).toEqual(before.figures);
    expect(analysisOf(chart).flags.map((flag) => flag.roleId)).toContain('ea');
  });

  it('a fold that hides the selection drops it from the selection', () => {
    const store = createEditorStore(sampleChart());
    store.getState().select(['cashiers-north', 'cfo']);
    store.getState().toggleCollapsed('coo');
    expect(store.getState().selection).toEqual(['cfo']);
  });

  it('expandTo unfolds every manager above a role', () => {
    const store = createEditorStore(sampleChart());
    for (const id of ['ceo', 'coo', 'sm-north', 'cfo']) store.getState().toggleCollapsed(id);
    store.getState().expandTo('cashiers-north');
    expect(store.getState().collapsed).toEqual(new Set(['cfo']));
    expect(drawnLayoutOf(store.getState()).nodes.has('cashiers-north')).toBe(true);
  });

  it('a big chart opens folded when created and when loaded; a small one opens whole', () => {
    const big = generateChart({ roles: 2_000, seed: 42, crossLinkShare: 0.05 });
    const store = createEditorStore(big);
    const drawn = visibleChartOf(big, store.getState().collapsed);
    expect(drawn.roles.length).toBeLessThanOrEqual(300);
    expect(drawn.roles.length).toBeGreaterThan(10);
    store.getState().load(sampleChart());
    expect(store.getState().collapsed.size).toBe(0);
    store.getState().load(big);
    expect(store.getState().collapsed.size).toBeGreaterThan(0);
    store.getState().setCollapsed(new Set());
    expect(drawnLayoutOf(store.getState()).nodes.size).toBe(2_000 + big.customers.length);
  });

  it('adding a role under a folded manager unfolds it, so the new role is drawn', () => {
    const store = createEditorStore(sampleChart());
    store.getState().toggleCollapsed('sm-north');
    store.getState().select(['sm-north']);
    expect(editorRegistry.run('add-role', { store, ui: {} })).toBe(true);
    const id = store.getState().selection[0]!;
    expect(store.getState().collapsed.has('sm-north')).toBe(false);
    expect(drawnLayoutOf(store.getState()).nodes.has(id)).toBe(true);
  });

  it('an edit drops the fold of a role that no longer manages anyone', () => {
    const store = createEditorStore(sampleChart());
    store.getState().toggleCollapsed('it-manager');
    store.getState().run({ type: 'deleteRole', id: 'it-support' });
    expect(store.getState().collapsed.has('it-manager')).toBe(false);
  });
});

describe('path highlighting', () => {
  it('highlights the service path from the analysis, with the edges along it', () => {
    const chart = sampleChart();
    const path = analysisOf(chart).roles.get('accountants')!.path;
    const highlight = pathHighlightOf(chart, 'accountants')!;
    expect([...highlight.ids]).toEqual(path);
    expect(path[path.length - 1]).toBe('shoppers');
    // Store Accountant serves Store Manager (a service link), who supports their report (a reporting line).
    expect(path.slice(0, 2)).toEqual(['accountants', 'sm-north']);
    expect(highlight.edges.has('s:accountants->sm-north')).toBe(true);
    expect(highlight.edges.has(`r:${path[2]}`)).toBe(true);
    expect(pathEdgeIds(chart, ['ceo'])).toEqual(new Set());
  });

  it('showPath unfolds what is folded on the path; Escape clears it; edits keep it current', () => {
    const store = createEditorStore(sampleChart());
    store.getState().toggleCollapsed('coo');
    store.getState().showPath('accountants');
    const { highlight, collapsed } = store.getState();
    expect(highlight?.roleId).toBe('accountants');
    expect(collapsed.has('coo')).toBe(false);
    for (const id of highlight!.ids)
      expect(drawnLayoutOf(store.getState()).nodes.has(id)).toBe(true);

    // An edit that changes the path: the highlight follows it.
    store.getState().run({ type: 'addServiceLink', from: 'accountants', to: 'shoppers' });
    expect([...store.getState().highlight!.ids]).toEqual(['accountants', 'shoppers']);

    expect(editorRegistry.forBinding('escape')?.id).toBe('escape');
    expect(editorRegistry.run('escape', { store, ui: {} })).toBe(true);
    expect(store.getState().highlight).toBeNull();
    expect(editorRegistry.run('escape', { store, ui: {} })).toBe(false);
  });

  it('the Show path command highlights the selected role', () => {
    const store = createEditorStore(sampleChart());
    expect(editorRegistry.isEnabled('show-path', store.getState())).toBe(false);
    store.getState().select(['payroll']);
    expect(editorRegistry.run('show-path', { store, ui: {} })).toBe(true);
    expect(store.getState().highlight?.roleId).toBe('payroll');
    expect(editorRegistry.run('clear-highlight', { store, ui: {} })).toBe(true);
    expect(store.getState().highlight).toBeNull();
  });

  it('Escape leaves a presentation before it clears a highlight', () => {
    const store = createEditorStore(sampleChart());
    store.getState().showPath('cashiers-north');
    store.getState().setMode('presenting');
    let exited = false;
    const ui = { exitPresent: () => (exited = true) };
    expect(editorRegistry.run('escape', { store, ui })).toBe(true);
    expect(exited).toBe(true);
    expect(store.getState().highlight).not.toBeNull();
  });

  it('search is Ctrl/Cmd+F', () => {
    expect(editorRegistry.forBinding('ctrl+f')?.id).toBe('search');
    let opened = 0;
    const store = createEditorStore(sampleChart());
    editorRegistry.run('search', { store, ui: { openSearch: () => opened++ } });
    expect(opened).toBe(1);
  });
});
