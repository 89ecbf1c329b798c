import { describe, expect, it } from 'vitest';
import { generateChart } from '../../domain/samples/generate-chart';
import { analyseChart } from '../../domain/analysis/service-paths';
import { layoutChart } from '../../layout/layout';
import { buildScene, LINK, TONE, type ChartScene } from './chart-scene';
import { COLOURS } from './scene-style';
import { drawScene, type Camera, type DrawContext, type DrawOptions } from './scene-draw';

/** A 2D context that records what is drawn: rectangles filled, and paths stroked. */
class Recorder implements DrawContext {
  fillStyle: DrawContext['fillStyle'] = '#000';
  strokeStyle: DrawContext['strokeStyle'] = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  fills: { style: string; x: number; y: number; width: number; height: number }[] = [];
  strokes: { style: string; segments: number }[] = [];
  rings = 0;
  private segments = 0;
  beginPath() {
    this.segments = 0;
  }
  moveTo() {}
  lineTo() {
    this.segments += 1;
  }
  bezierCurveTo() {
    this.segments += 1;
  }
  rect() {
    this.segments += 1;
  }
  roundRect() {
    this.segments += 1;
  }
  clearRect() {
    this.fills = [];
    this.strokes = [];
  }
  fill() {}
  fillRect(x: number, y: number, width: number, height: number) {
    this.fills.push({ style: String(this.fillStyle), x, y, width, height });
  }
  stroke() {
    this.strokes.push({ style: String(this.strokeStyle), segments: this.segments });
  }
  strokeRect() {
    this.rings += 1;
  }
}

const chart = generateChart({ roles: 3000, seed: 5, crossLinkShare: 0.05 });
const scene: ChartScene = buildScene(
  chart,
  layoutChart(chart, { view: 'customer-first' }),
  analyseChart(chart),
  'customer-first',
);
const pane = { width: 1200, height: 800 };

/** The camera that shows `zoom` with the layout point (cx, cy) at the pane's centre. */
function cameraAt(cx: number, cy: number, zoom: number): Camera {
  return { x: pane.width / 2 - cx * zoom, y: pane.height / 2 - cy * zoom, zoom, ...pane };
}

const whole = (() => {
  const zoom = Math.min(pane.width / scene.bounds.width, pane.height / scene.bounds.height);
  return cameraAt(
    scene.bounds.x + scene.bounds.width / 2,
    scene.bounds.y + scene.bounds.height / 2,
    zoom,
  );
})();

const overview: DrawOptions = {
  bands: true,
  boxes: true,
  links: true,
  inDom: null,
  selected: [],
  hovered: -1,
  lit: null,
};

describe('drawScene', () => {
  it('draws the whole chart zoomed out as merged runs: far fewer rectangles than roles', () => {
    const ctx = new Recorder();
    const stats = drawScene(ctx, scene, whole, overview);
    expect(stats.boxes).toBe(scene.count);
    // Four tier bands, each with its two edges at most, then the runs.
    expect(ctx.fills.length).toBeGreaterThan(4);
    // Boxes that touch on screen merge into one run: what is drawn is bounded by the
    // screen (a run is at least a pixel, with a gap after it), not by the chart.
    const plain = ctx.fills.filter((fill) => fill.style === '#94a3b8');
    expect(plain.length).toBeGreaterThan(0);
    expect(ctx.fills.length).toBeLessThan(scene.count / 3);
    expect(ctx.fills.length).toBeLessThan((scene.rows.length * pane.width) / 2);
    // Every run lies on screen.
    for (const fill of ctx.fills) {
      expect(fill.x).toBeGreaterThanOrEqual(-1);
      expect(fill.x + fill.width).toBeLessThanOrEqual(pane.width + 1);
    }
  });

  it('draws only what is on screen when zoomed in, links included', () => {
    const box = scene.rows[2]!.order[40]!;
    const camera = cameraAt(scene.x[box]!, scene.y[box]!, 0.15);
    const ctx = new Recorder();
    const stats = drawScene(ctx, scene, camera, overview);
    expect(stats.boxes).toBeGreaterThan(10);
    expect(stats.boxes).toBeLessThan(400);
    expect(stats.links).toBeGreaterThan(0);
    expect(ctx.strokes.some((stroke) => stroke.segments > 0)).toBe(true);
  });

  it('leaves out the links the DOM draws: both ends in the DOM', () => {
    const box = scene.rows[2]!.order[40]!;
    const camera = cameraAt(scene.x[box]!, scene.y[box]!, 0.35);
    const all = drawScene(new Recorder(), scene, camera, { ...overview, boxes: false });
    const inDom = new Uint8Array(scene.count).fill(1);
    const none = drawScene(new Recorder(), scene, camera, { ...overview, boxes: false, inDom });
    expect(all.links).toBeGreaterThan(0);
    expect(none.links).toBe(0);
    // With only reporting lines in the DOM's care, the long service links are still drawn.
    const customers = new Uint8Array(scene.count).fill(1);
    for (let k = 0; k < scene.linkCount; k++) {
      if (scene.linkKind[k] === LINK.toCustomer) customers[scene.linkTo[k]!] = 0;
    }
    const some = drawScene(new Recorder(), scene, camera, {
      ...overview,
      boxes: false,
      inDom: customers,
    });
    expect(some.links).toBeGreaterThan(0);
    expect(some.links).toBeLessThan(all.links);
  });

  it('draws no link once the rows are too close together to see one, and none when told not to', () => {
    expect(drawScene(new Recorder(), scene, whole, overview).links).toBe(0);
    const box = scene.rows[2]!.order[40]!;
    const camera = cameraAt(scene.x[box]!, scene.y[box]!, 0.15);
    expect(drawScene(new Recorder(), scene, camera, { ...overview, links: false }).links).toBe(0);
  });

  it('rings the selected and hovered boxes', () => {
    const box = scene.rows[2]!.order[40]!;
    const camera = cameraAt(scene.x[box]!, scene.y[box]!, 0.15);
    const ctx = new Recorder();
    drawScene(ctx, scene, camera, { ...overview, selected: [box], hovered: box + 1 });
    expect(ctx.rings).toBe(2);
  });
});

describe('a scene toned by a comparison', () => {
  it('draws the added, changed and removed roles in their colours however small the boxes are', () => {
    const layout = layoutChart(chart, { view: 'customer-first' });
    const [added, changed, ghost] = [chart.roles[10]!.id, chart.roles[20]!.id, chart.roles[30]!.id];
    const toned = buildScene(
      chart,
      layout,
      (id) =>
        id === added
          ? TONE.added
          : id === changed
            ? TONE.changed
            : id === ghost
              ? TONE.ghost
              : TONE.role,
      'customer-first',
    );
    expect(toned.tone[toned.indexOf.get(added)!]).toBe(TONE.added);
    const ctx = new Recorder();
    drawScene(ctx, toned, whole, overview);
    // The whole chart on screen: boxes far under a pixel wide, each change still a mark of its own.
    expect(toned.width[0]! * whole.zoom).toBeLessThan(1);
    for (const tone of [TONE.added, TONE.changed, TONE.ghost]) {
      expect(ctx.fills.filter((fill) => fill.style === COLOURS.flat[tone])).toHaveLength(1);
    }
  });
});
