import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Chart } from '../../domain/chart';
import { generateChart } from '../../domain/samples/generate-chart';
import { analyseChart } from '../../domain/analysis/service-paths';
import { layoutChart } from '../../layout/layout';
import {
  boxesIn,
  buildScene,
  hitTest,
  LINK,
  linkEnds,
  titleOf,
  TONE,
  viewRect,
  type ChartScene,
} from './chart-scene';

function sceneOf(chart: Chart, view: 'customer-first' | 'traditional' = 'customer-first') {
  const layout = layoutChart(chart, { view });
  return { scene: buildScene(chart, layout, analyseChart(chart), view), layout };
}

const small: Chart = {
  name: 'Small',
  customers: [{ id: 'shoppers', name: 'Shoppers' }],
  roles: [
    { id: 'ceo', title: 'CEO', headcount: 1, reportsTo: null, serves: [] },
    { id: 'store', title: 'Store Manager', headcount: 1, reportsTo: 'ceo', serves: [] },
    { id: 'cashier', title: 'Cashier', headcount: 4, reportsTo: 'store', serves: ['shoppers'] },
    { id: 'aide', title: 'Assistant', headcount: 1, reportsTo: 'ceo', serves: [] },
  ],
  settings: { ...DEFAULT_SETTINGS },
};

/** Every box overlapping `rect`, by brute force. */
function bruteForce(
  scene: ChartScene,
  rect: { x: number; y: number; width: number; height: number },
) {
  const found: number[] = [];
  for (let box = 0; box < scene.count; box++) {
    const overlaps =
      scene.x[box]! <= rect.x + rect.width &&
      scene.x[box]! + scene.width[box]! >= rect.x &&
      scene.y[box]! <= rect.y + rect.height &&
      scene.y[box]! + scene.height[box]! >= rect.y;
    if (overlaps) found.push(box);
  }
  return found.sort((a, b) => a - b);
}

describe('buildScene', () => {
  it('holds every laid-out node with its box, title and tone', () => {
    const { scene, layout } = sceneOf(small);
    expect(scene.count).toBe(layout.nodes.size);
    for (const [id, placed] of layout.nodes) {
      const box = scene.indexOf.get(id)!;
      expect(scene.ids[box]).toBe(id);
      expect([scene.x[box], scene.y[box], scene.width[box], scene.height[box]]).toEqual([
        placed.x,
        placed.y,
        placed.width,
        placed.height,
      ]);
    }
    const tone = (id: string) => scene.tone[scene.indexOf.get(id)!];
    expect(tone('shoppers')).toBe(TONE.customer);
    expect(tone('aide')).toBe(TONE.noPath);
    expect(tone('cashier')).toBe(TONE.role);
    expect(titleOf(small, 'store')).toBe('Store Manager');
    expect(titleOf(small, 'shoppers')).toBe('Shoppers');
  });

  it('lists reporting lines and service links, each reachable from both of its ends', () => {
    const { scene } = sceneOf(small);
    const links = [];
    for (let link = 0; link < scene.linkCount; link++) {
      links.push([
        scene.ids[scene.linkFrom[link]!],
        scene.ids[scene.linkTo[link]!],
        scene.linkKind[link],
      ]);
      for (const end of [scene.linkFrom[link]!, scene.linkTo[link]!]) {
        const touching = scene.linkList.slice(scene.linkStart[end]!, scene.linkStart[end + 1]!);
        expect([...touching]).toContain(link);
      }
    }
    expect(links).toEqual(
      expect.arrayContaining([
        ['store', 'ceo', LINK.reporting],
        ['cashier', 'store', LINK.reporting],
        ['aide', 'ceo', LINK.reporting],
        ['cashier', 'shoppers', LINK.toCustomer],
      ]),
    );
    expect(links).toHaveLength(4);
  });

  it('joins a link at the facing edges of its boxes (customer first: the report above)', () => {
    const { scene } = sceneOf(small);
    const link = [...Array(scene.linkCount).keys()].find(
      (k) => scene.ids[scene.linkFrom[k]!] === 'cashier' && scene.ids[scene.linkTo[k]!] === 'store',
    )!;
    const ends = linkEnds(scene, link);
    const cashier = scene.indexOf.get('cashier')!;
    const store = scene.indexOf.get('store')!;
    // Customer first: the manager sits below, so the report's bottom meets the manager's top.
    expect(ends.y1).toBe(scene.y[cashier]! + scene.height[cashier]!);
    expect(ends.y2).toBe(scene.y[store]);
    const traditional = sceneOf(small, 'traditional').scene;
    const flipped = linkEnds(traditional, link);
    expect(flipped.y1).toBe(traditional.y[traditional.indexOf.get('cashier')!]);
  });

  it('sorts each row left to right', () => {
    const { scene } = sceneOf(generateChart({ roles: 600, seed: 3, crossLinkShare: 0.05 }));
    for (const row of scene.rows) {
      for (let k = 1; k < row.lefts.length; k++) {
        expect(row.lefts[k]!).toBeGreaterThanOrEqual(row.lefts[k - 1]!);
      }
    }
  });
});

describe('boxesIn', () => {
  const { scene } = sceneOf(generateChart({ roles: 2000, seed: 11, crossLinkShare: 0.05 }));
  const { bounds } = scene;

  it('finds exactly the boxes a brute-force search finds, for views across the chart', () => {
    for (let k = 0; k < 25; k++) {
      const rect = {
        x: bounds.x + (bounds.width * k) / 25 - 500,
        y: bounds.y + ((k % 5) * bounds.height) / 5 - 100,
        width: 1500 + k * 300,
        height: 200 + (k % 3) * 400,
      };
      expect(boxesIn(scene, rect).sort((a, b) => a - b)).toEqual(bruteForce(scene, rect));
    }
  });

  it('finds every box when the view holds the whole chart, none off the chart', () => {
    expect(boxesIn(scene, { ...bounds })).toHaveLength(scene.count);
    expect(boxesIn(scene, { x: bounds.x - 5000, y: bounds.y, width: 4000, height: 99 })).toEqual(
      [],
    );
  });
});

describe('hitTest', () => {
  const { scene } = sceneOf(small);
  const centre = (id: string) => {
    const box = scene.indexOf.get(id)!;
    return [scene.x[box]! + scene.width[box]! / 2, scene.y[box]! + scene.height[box]! / 2] as const;
  };

  it('names the box under a point', () => {
    for (const id of ['ceo', 'store', 'cashier', 'aide', 'shoppers']) {
      const [x, y] = centre(id);
      expect(scene.ids[hitTest(scene, x, y)]).toBe(id);
    }
  });

  it('misses between boxes, unless within the tolerance of one (the nearest wins)', () => {
    const store = scene.indexOf.get('store')!;
    const x = scene.x[store]! + scene.width[store]! / 2;
    const below = scene.y[store]! + scene.height[store]! + 10;
    expect(hitTest(scene, x, below)).toBe(-1);
    expect(hitTest(scene, x, below, 12)).toBe(store);
    expect(hitTest(scene, x, below, 8)).toBe(-1);
  });
});

describe('viewRect', () => {
  it('turns a React Flow viewport into the part of the layout on screen', () => {
    expect(viewRect({ x: 100, y: -50, zoom: 0.5 }, { width: 800, height: 600 })).toEqual({
      x: -200,
      y: 100,
      width: 1600,
      height: 1200,
    });
  });
});
