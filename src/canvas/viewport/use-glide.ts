/**
 * How the canvas moves when the layout changes, apart from OrgCanvas so the
 * component reads as wiring: nodes glide to their new place, an edit that
 * spills off the canvas brings it back into view, and a flip fits the chart.
 * The fit options come from fit-options.ts, passed in by OrgCanvas.
 */
import {
  getViewportForBounds,
  useReactFlow,
  useStoreApi,
  type FitViewOptions,
} from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { View } from '../../domain/chart';
import type { Layout } from '../../layout/layout';
import { useKeepInView } from './use-keep-in-view';

/** How long a glide (and its fits) takes: the node transition in src/app/index.css. */
const GLIDE_MS = 420;
/**
 * How long a flip takes: slow enough for a room to follow the chart turning
 * over (`--upturn-flip-ms` in src/app/index.css, set from here).
 */
export const FLIP_MS = 1600;
/** The flip's easing, in CSS, for the cards, bands, links and the camera: one curve, one clock. */
const FLIP_EASE_CSS = 'cubic-bezier(0.65, 0, 0.35, 1)';
/** The same curve for a big chart's camera, which React Flow moves frame by frame. */
function easeInOutCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

export interface GlideFit {
  /** For fitView, and for useKeepInView (which takes plain strings). */
  padding: NonNullable<FitViewOptions['padding']> & Record<string, string>;
  /** The least zoom of a flip's fit. */
  minZoom: number;
  maxZoom: number;
}

const TREE_VIEWS: ReadonlySet<View> = new Set<View>(['customer-first', 'traditional']);

/**
 * The line a flip turns the chart about (layout y): customer first is the
 * exact mirror of traditional, so the middle of any role's old and new centre.
 */
function flipAxis(before: Layout, after: Layout): number {
  for (const [id, node] of after.nodes) {
    const was = before.nodes.get(id);
    if (was) return (was.y + was.height / 2 + node.y + node.height / 2) / 2;
  }
  return (before.bounds.y + after.bounds.y + (before.bounds.height + after.bounds.height) / 2) / 2;
}

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

export interface Glide {
  /** Nodes are moving to a new layout (the canvas fades links meanwhile, except in a flip). */
  gliding: boolean;
  /**
   * A flip is turning the chart over: cards, bands and links move together for
   * FLIP_MS; the camera fits the new layout on the same curve (a CSS transition
   * of the viewport, on the same clock as the cards'), so a fitted chart turns
   * over in place.
   */
  flipping: boolean;
  /** The canvas wrapper's style during a flip: the axis and timing its CSS reads. */
  flipStyle: React.CSSProperties | undefined;
  wrapper: React.RefObject<HTMLDivElement | null>;
}

/**
 * Returns whether nodes are gliding or flipping now and the ref for the
 * canvas's wrapper, which keep-in-view measures.
 */
export function useGlide(input: {
  layout: Layout;
  /** Changes when dropped nodes are let go (see use-node-drag.ts). */
  released: number;
  view: View;
  editing: boolean;
  fit: GlideFit;
}): Glide {
  const { layout, released, view, editing, fit } = input;
  const wrapper = useRef<HTMLDivElement>(null);
  const { fitView, setViewport } = useReactFlow();
  const flow = useStoreApi();

  // Glide: CSS transitions on node transforms while the layout changes, or while
  // dropped nodes go to their place (a refused drop glides them back); edges
  // fade out meanwhile, since they are drawn at the final positions at once.
  // A flip between the two tree views instead turns everything over together.
  const [motion, setMotion] = useState<{ kind: 'still' | 'glide' | 'flip'; axis: number }>({
    kind: 'still',
    axis: 0,
  });
  const lastLayout = useRef<Layout | null>(null);
  const lastView = useRef(view);
  useEffect(() => {
    const before = lastLayout.current;
    lastLayout.current = layout;
    const viewBefore = lastView.current;
    lastView.current = view;
    if (before === null) return;
    const changedView = viewBefore !== view;
    const flip = changedView && TREE_VIEWS.has(viewBefore) && TREE_VIEWS.has(view);
    const still = reducedMotion();
    const duration = still ? 0 : flip ? FLIP_MS : GLIDE_MS;
    setMotion({ kind: flip ? 'flip' : 'glide', axis: flip ? flipAxis(before, layout) : 0 });
    // A change of view brings all of the chart into view. A flip's camera moves as a CSS
    // transition of the viewport on the cards' own curve and clock (straight: no zoom out
    // and in), so however busy the page, the fitted chart turns over in place.
    // (A big chart's canvas layer is drawn from React Flow's viewport, which the transition
    // leaves behind: it is hidden while the chart turns over, index.css.)
    let camera: HTMLElement | null = null;
    if (flip && !still) {
      const { width, height, domNode } = flow.getState();
      camera = domNode?.querySelector<HTMLElement>('.react-flow__viewport') ?? null;
      if (camera && width > 0 && height > 0) {
        camera.style.transition = `transform ${FLIP_MS}ms ${FLIP_EASE_CSS}`;
        const target = getViewportForBounds(
          layout.bounds,
          width,
          height,
          fit.minZoom,
          fit.maxZoom,
          fit.padding,
        );
        void setViewport(target, { duration: 0 });
      } else {
        camera = null;
      }
    }
    if (changedView && camera === null) {
      void fitView({
        duration,
        padding: fit.padding,
        minZoom: fit.minZoom,
        maxZoom: fit.maxZoom,
        ...(flip ? { interpolate: 'linear' as const, ease: easeInOutCubic } : {}),
      });
    }
    const done = () => {
      if (camera) camera.style.transition = '';
      setMotion({ kind: 'still', axis: 0 });
    };
    const timer = window.setTimeout(done, duration);
    return () => {
      window.clearTimeout(timer);
      if (camera) camera.style.transition = '';
    };
    // `fit` is a module constant in OrgCanvas, so listing it never re-runs this.
  }, [layout, released, view, fitView, setViewport, flow, fit]);

  // An edit that makes the chart spill off the canvas brings it back into view.
  useKeepInView(layout, wrapper, {
    scene: `${view}|${editing}`,
    enabled: editing,
    duration: GLIDE_MS,
    padding: fit.padding,
    maxZoom: fit.maxZoom,
  });

  const flipping = motion.kind === 'flip';
  const flipStyle = flipping
    ? ({
        '--upturn-flip-axis': `${motion.axis}px`,
        '--upturn-flip-ms': `${FLIP_MS}ms`,
        '--upturn-flip-ease': FLIP_EASE_CSS,
      } as React.CSSProperties)
    : undefined;
  return { gliding: motion.kind !== 'still', flipping, flipStyle, wrapper };
}
