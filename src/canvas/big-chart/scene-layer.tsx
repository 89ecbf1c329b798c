/**
 * The canvas layers of a big chart (see use-chart-window.ts): the scene under
 * React Flow's nodes (the whole chart in the overview; otherwise the links the
 * DOM leaves out), the label of the box under the pointer, and a minimap
 * drawn from the layout (scene-minimap.tsx). All redraw on React Flow's
 * viewport changes in the next animation frame, without re-rendering React.
 */
import { useStoreApi } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useEditor } from '../../editor/use-editor';
import type { ChartScene } from './chart-scene';
import { drawScene, type Camera } from './scene-draw';
import { prepare, useFrameScheduler } from './scene-frame';
import { SceneMinimap } from './scene-minimap';
import type { WindowedChart } from './use-chart-window';

/** The selected boxes and the lit path, as scene indices. */
function useEditorMarks(scene: ChartScene): SceneMarks {
  const selection = useEditor((state) => state.selection);
  const highlighted = useEditor((state) => state.highlight?.ids ?? null);
  return useMemo(() => {
    const selected: number[] = [];
    for (const id of selection) {
      const box = scene.indexOf.get(id);
      if (box !== undefined) selected.push(box);
    }
    let lit: Uint8Array | null = null;
    if (highlighted) {
      lit = new Uint8Array(scene.count);
      for (const id of highlighted) {
        const box = scene.indexOf.get(id);
        if (box !== undefined) lit[box] = 1;
      }
    }
    return { selected, lit };
  }, [scene, selection, highlighted]);
}

/** Box indices ringed as selected (in the overview) and, when a path is lit, the boxes on it. */
export interface SceneMarks {
  selected: readonly number[];
  lit: Uint8Array | null;
}

function SceneCanvasView({
  scene,
  overview,
  inDom,
  hover,
  gliding,
  marks: { selected, lit },
}: {
  scene: ChartScene;
  overview: boolean;
  inDom: Uint8Array | null;
  hover: WindowedChart['hover'];
  gliding: boolean;
  marks: SceneMarks;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi();

  const draw = useCallback(() => {
    const element = canvas.current;
    if (!element) return;
    const { transform, width, height } = flow.getState();
    if (!width || !height) return;
    const ctx = prepare(element, width, height);
    if (!ctx) return;
    const camera: Camera = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
    const stats = drawScene(ctx, scene, camera, {
      bands: true,
      boxes: overview,
      // While the DOM's nodes glide to new places their edges are hidden; so are these.
      links: overview || !gliding,
      inDom: overview ? null : inDom,
      selected: overview ? selected : [],
      hovered: overview ? (hover.get()?.box ?? -1) : -1,
      lit,
    });
    // For the benchmark's first-paint probe and for tests: the overview is on screen.
    element.dataset.drawn = overview ? 'true' : 'false';
    element.dataset.boxes = String(stats.boxes);
    element.dataset.links = String(stats.links);
  }, [flow, scene, overview, inDom, gliding, selected, hover, lit]);

  const schedule = useFrameScheduler(draw);
  useEffect(() => {
    schedule();
  }, [draw, schedule]);
  useEffect(() => {
    let last = flow.getState();
    return flow.subscribe((state) => {
      if (state.transform !== last.transform || state.width !== last.width) schedule();
      last = state;
    });
  }, [flow, schedule]);
  useEffect(() => hover.subscribe(schedule), [hover, schedule]);

  return (
    <canvas
      ref={canvas}
      className="upturn-scene pointer-events-none absolute inset-0 h-full w-full"
      style={{ zIndex: -1 }}
      data-lod={overview ? 'overview' : 'detail'}
      aria-hidden="true"
    />
  );
}

/** The role under the pointer in the overview, named beside it. */
function HoverLabelView({ hover }: { hover: WindowedChart['hover'] }) {
  const hovered = useSyncExternalStore(hover.subscribe, hover.get);
  if (!hovered) return null;
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 max-w-[240px] truncate rounded-md bg-ink px-2 py-1 text-xs font-medium text-white shadow"
      style={{ left: hovered.x + 14, top: hovered.y + 14 }}
    >
      {hovered.title}
    </div>
  );
}

const SceneCanvas = memo(SceneCanvasView);
const HoverLabel = memo(HoverLabelView);

/** The canvas layers of a windowed chart, with the marks its owner gives; nothing for a small one. */
export function SceneLayers({
  big,
  gliding,
  minimap,
  marks,
}: {
  big: WindowedChart;
  gliding: boolean;
  minimap: boolean;
  marks: SceneMarks;
}) {
  if (!big.active || !big.scene) return null;
  return (
    <>
      <SceneCanvas
        scene={big.scene}
        overview={big.overview}
        inDom={big.inDom}
        hover={big.hover}
        gliding={gliding}
        marks={marks}
      />
      {big.overview && <HoverLabel hover={big.hover} />}
      {minimap && <SceneMinimap scene={big.scene} />}
    </>
  );
}

function EditorLayers({
  big,
  scene,
  gliding,
  minimap,
}: {
  big: WindowedChart;
  scene: ChartScene;
  gliding: boolean;
  minimap: boolean;
}) {
  const marks = useEditorMarks(scene);
  return <SceneLayers big={big} gliding={gliding} minimap={minimap} marks={marks} />;
}

/** The editor's canvas layers of a big chart (marks: its selection and lit path); nothing for a small one. */
export function BigChartLayers({
  big,
  gliding,
  minimap,
}: {
  big: WindowedChart;
  gliding: boolean;
  minimap: boolean;
}) {
  if (!big.active || !big.scene) return null;
  return <EditorLayers big={big} scene={big.scene} gliding={gliding} minimap={minimap} />;
}

/** The invisible node spanning a big chart (see use-big-chart.ts): it draws nothing. */
export const ExtentNode = memo(function ExtentNode() {
  return null;
});
