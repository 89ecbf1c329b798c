/**
 * How the canvas moves when the layout changes, apart from OrgCanvas so the
 * component reads as wiring: nodes glide to their new place, an edit that
 * spills off the canvas brings it back into view, and a flip fits the chart.
 * The fit options come from OrgCanvas (which exports them), so no import cycle.
 */
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { View } from '../../domain/chart';
import type { Layout } from '../../layout/layout';
import { useKeepInView } from './use-keep-in-view';

/** How long a glide (and its fits) takes: the node transition in src/app/index.css. */
const GLIDE_MS = 420;

export interface GlideFit {
  /** For fitView, and for useKeepInView (which takes plain strings). */
  padding: NonNullable<FitViewOptions['padding']> & Record<string, string>;
  /** The least zoom of a flip's fit. */
  minZoom: number;
  maxZoom: number;
}

/**
 * Returns whether nodes are gliding now (the canvas fades edges meanwhile) and
 * the ref for the canvas's wrapper, which keep-in-view measures.
 */
export function useGlide(input: {
  layout: Layout;
  /** Changes when dropped nodes are let go (see use-node-drag.ts). */
  released: number;
  view: View;
  editing: boolean;
  fit: GlideFit;
}) {
  const { layout, released, view, editing, fit } = input;
  const duration = GLIDE_MS;
  const wrapper = useRef<HTMLDivElement>(null);
  const { fitView } = useReactFlow();

  // Glide: CSS transitions on node transforms while the layout changes, or while
  // dropped nodes go to their place (a refused drop glides them back); edges
  // fade out meanwhile, since they are drawn at the final positions at once.
  const [gliding, setGliding] = useState(false);
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    setGliding(true);
    const timer = window.setTimeout(() => setGliding(false), duration);
    return () => window.clearTimeout(timer);
  }, [layout, released, duration]);

  // An edit that makes the chart spill off the canvas brings it back into view.
  useKeepInView(layout, wrapper, {
    scene: `${view}|${editing}`,
    enabled: editing,
    duration,
    padding: fit.padding,
    maxZoom: fit.maxZoom,
  });

  // A flip turns the whole chart over: bring all of it back into view.
  const lastView = useRef(view);
  useEffect(() => {
    if (lastView.current === view) return;
    lastView.current = view;
    void fitView({
      duration,
      padding: fit.padding,
      minZoom: fit.minZoom,
      maxZoom: fit.maxZoom,
    });
    // `fit` is a module constant in OrgCanvas, so listing it never re-runs this.
  }, [view, fitView, duration, fit]);

  return { gliding, wrapper };
}
