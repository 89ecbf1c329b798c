import { describe, expect, it } from 'vitest';
import type { ChartFlowEdge } from './flow-model';
import { QUIET_CLASS, visibleLinks } from './link-visibility';

const edge = (id: string, source: string, target: string): ChartFlowEdge => ({
  id,
  source,
  target,
  data: { kind: 'reporting', from: source, to: target },
});
const edges = [edge('r:a', 'boss', 'a'), edge('r:b', 'boss', 'b'), edge('s:a->c', 'a', 'c')];
const none = new Set<string>();

describe('visibleLinks', () => {
  it('draws every link, none quiet, while nothing is selected', () => {
    expect(visibleLinks(edges, 'all', none, null)).toBe(edges);
    expect(visibleLinks(edges, 'selected', none, null)).toEqual([]);
    expect(visibleLinks(edges, 'none', none, null)).toEqual([]);
  });

  it("keeps the selection's links bright and quiets the others", () => {
    const shown = visibleLinks(edges, 'all', new Set(['a']), null);
    expect(shown.map((e) => [e.id, e.className ?? ''])).toEqual([
      ['r:a', ''],
      ['r:b', QUIET_CLASS],
      ['s:a->c', ''],
    ]);
  });

  it("draws only the selection's links (or the selected link) when asked", () => {
    expect(visibleLinks(edges, 'selected', new Set(['b']), null).map((e) => e.id)).toEqual(['r:b']);
    expect(visibleLinks(edges, 'selected', none, 's:a->c').map((e) => e.id)).toEqual(['s:a->c']);
    expect(visibleLinks(edges, 'none', new Set(['a']), null)).toEqual([]);
  });
});
