/**
 * Keeps a growing chart in view. When an edit makes the laid-out chart spill
 * past the edges of the canvas while all of it was in view before (drawing a
 * chart from nothing, adding a tier), the view refits, gliding with the nodes.
 * A user who has zoomed in on part of a big chart (not all of it in view) is
 * left where they are, and a chart just loaded is not an edit: it opens where
 * it was left, or fitted (use-kept-viewport.ts, the chart session).
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import type { Layout } from '../../layout/layout';
import { useEditorStore } from '../../editor/use-editor';

type Box = Layout['bounds'];

export function useKeepInView(
  layout: Layout,
  container: RefObject<HTMLElement | null>,
  options: {
    /** What the layout is of (view, presenting): a change of it refits on its own, elsewhere. */
    scene: string;
    enabled: boolean;
    duration: number;
    padding: Record<string, string>;
    /** The zoom a refit stops at: a chart of two nodes is not blown up to fill the screen. */
    maxZoom: number;
  },
): void {
  const { getViewport, fitView } = useReactFlow();
  const store = useEditorStore();
  const previous = useRef({ layout, scene: options.scene, change: store.getState().lastChange });
  const { scene, enabled, duration, padding, maxZoom } = options;

  useEffect(() => {
    const before = previous.current.layout;
    const sameScene = previous.current.scene === scene;
    const change = store.getState().lastChange;
    const loaded = change !== previous.current.change && change?.origin === 'load';
    previous.current = { layout, scene, change };
    if (!enabled || !sameScene || loaded || before === layout || layout.nodes.size === 0) return;
    const element = container.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const { x, y, zoom } = getViewport();
    const inView = (box: Box) =>
      box.x * zoom + x >= 0 &&
      box.y * zoom + y >= 0 &&
      (box.x + box.width) * zoom + x <= width &&
      (box.y + box.height) * zoom + y <= height;
    const wasInView = before.nodes.size === 0 || inView(before.bounds);
    if (wasInView && !inView(layout.bounds)) {
      void fitView({ duration, padding, maxZoom });
    }
  }, [layout, scene, container, enabled, duration, padding, maxZoom, getViewport, fitView, store]);
}
