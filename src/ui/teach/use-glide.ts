/**
 * Runs Teach's glide between two views with the Web Animations API: React
 * draws the stage once where it lands, then every box, link, band, label and
 * the camera get one animation from where they were (glide-motion.ts), all
 * started in the same frame with the same duration and easing. No script
 * runs per frame; React hears of the glide twice, when it starts and when it
 * ends. A new step mid-glide starts the next one from where things are.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Chart } from '../../domain/chart';
import type { TierBand } from '../../layout/layout';
import { between, ease, type StepPicture, type TeachView } from '../../layout/teach/step-layouts';
import {
  bandStart,
  cameraBetween,
  cameraTransform,
  glideEasing,
  IDENTITY,
  translate,
  type Camera,
} from './glide-motion';
import { elbowOf, elbowPath, stageLinks, type Elbow } from './stage-links';
import { framed, TEACH_GAP_Y } from './teach-fit';

/** How long a change of view glides: slow enough for a room to follow. */
export const GLIDE_MS = 1800;

/** What the stage shows: a picture and its camera. */
export interface Shot {
  picture: StepPicture;
  camera: Camera;
}

interface Running {
  from: Shot;
  to: Shot;
  animations: Animation[];
}

const EASING = glideEasing();

/** An elbow as the CSS `d` property (animated without a transform: a moving transform per path repaints slowly). */
const cssPath = (elbow: Elbow) => `path("${elbowPath(elbow)}")`;

/** Where a band's label sits: at the frame's left, in the gap above its band. */
export const bandLabelAt = (picture: StepPicture, bandY: number) =>
  translate(framed(picture).x, bandY + TEACH_GAP_Y / 4);

const centreOf = (picture: StepPicture, id: string) => {
  const node = picture.nodes.get(id);
  return node ? { x: node.x + node.width / 2, y: node.y + node.height / 2, node } : null;
};

/** Starts every animation of a glide from `from` to `to` (drawn in the DOM under `stage`). */
function animate(stage: SVGSVGElement, chart: Chart, from: Shot, to: Shot): Animation[] {
  const timing: KeyframeAnimationOptions = { duration: GLIDE_MS, easing: EASING };
  const animations: Animation[] = [];
  const run = (element: Element, keyframes: Keyframe[], options = timing) => {
    if (typeof element.animate === 'function') animations.push(element.animate(keyframes, options));
  };
  const fadeIn = (element: Element) =>
    run(element, [{ opacity: 0 }, { opacity: 0, offset: 0.5 }], { duration: GLIDE_MS });
  const camera = stage.querySelector('.teach-camera');
  if (camera) {
    run(camera, [
      { transform: cameraTransform(from.camera) },
      { transform: cameraTransform(to.camera) },
    ]);
  }
  for (const element of stage.querySelectorAll<SVGGElement>('.teach-node')) {
    const id = element.dataset.id ?? '';
    const start = centreOf(from.picture, id);
    const end = centreOf(to.picture, id);
    if (!start || !end) continue;
    run(element, [
      { transform: translate(start.x, start.y) },
      { transform: translate(end.x, end.y) },
    ]);
    const { width, height } = start.node;
    if (Math.abs(width - end.node.width) > 0.5 || Math.abs(height - end.node.height) > 0.5) {
      const box = element.querySelector('.teach-box');
      const scale = `scale(${width / end.node.width}, ${height / end.node.height})`;
      if (box) run(box, [{ transform: scale }, { transform: 'scale(1, 1)' }]);
    }
  }
  const links = new Map(stageLinks(chart, to.picture).map((link) => [link.key, link]));
  for (const group of stage.querySelectorAll('.teach-links[data-glide="fade"]')) {
    run(group, [{ opacity: 0 }, { opacity: 0, offset: 0.75 }], { duration: GLIDE_MS });
  }
  for (const element of stage.querySelectorAll<SVGPathElement>(
    '.teach-links[data-glide="follow"] .teach-link',
  )) {
    const link = links.get(element.dataset.key ?? '');
    const a = link && from.picture.nodes.get(link.from);
    const b = link && from.picture.nodes.get(link.to);
    // The path itself, number by number (its commands are the same in every shape).
    if (link && a && b) run(element, [{ d: cssPath(elbowOf(a, b)) }, { d: cssPath(link.elbow) }]);
    else fadeIn(element);
  }
  const bandsFrom = new Map(from.picture.bands.map((band) => [band.tier, band]));
  const bandsTo = new Map(to.picture.bands.map((band) => [band.tier, band]));
  for (const element of stage.querySelectorAll<SVGElement>('.teach-band, .teach-band-label')) {
    const tier = element.dataset.tier as TierBand['tier'];
    const start = bandsFrom.get(tier);
    const end = bandsTo.get(tier);
    if (!start || !end) fadeIn(element);
    else if (element.classList.contains('teach-band-label')) {
      const keyframes = [
        { transform: bandLabelAt(from.picture, start.y) },
        { transform: bandLabelAt(to.picture, end.y) },
      ];
      run(element, keyframes);
    } else {
      const transform = bandStart(start, end);
      if (transform) run(element, [{ transform }, { transform: IDENTITY }]);
      else fadeIn(element);
    }
  }
  for (const element of stage.querySelectorAll('.teach-row-label')) {
    run(element, [{ opacity: 0 }, { opacity: 1 }], { duration: GLIDE_MS });
  }
  return animations;
}

/**
 * Glides the stage under `stageRef` to `to` whenever it changes: straight
 * there when motion is not wanted, on a first picture, or when only the
 * stage's size changed. Returns whether a glide is under way and the view
 * shown meanwhile (the one it left, until it lands).
 */
export function useGlide(
  stageRef: RefObject<SVGSVGElement | null>,
  chart: Chart,
  to: Shot,
  reducedMotion: boolean,
): { moving: boolean; shownView: TeachView } {
  const [leaving, setLeaving] = useState<TeachView | null>(null);
  const shownRef = useRef(to);
  const runningRef = useRef<Running | null>(null);

  useLayoutEffect(() => {
    const before = shownRef.current;
    if (before === to) return;
    shownRef.current = to;
    const running = runningRef.current;
    runningRef.current = null;
    // Where things are now: mid-glide, the eased picture between its ends.
    let from: Shot = before;
    if (running) {
      const time = Number(running.animations[0]?.currentTime ?? GLIDE_MS);
      const t = ease(Math.min(1, time / GLIDE_MS));
      from = {
        picture: between(running.from.picture, running.to.picture, t),
        camera: cameraBetween(running.from.camera, running.to.camera, t),
      };
      for (const animation of running.animations) animation.cancel();
    }
    const stage = stageRef.current;
    const resized = !running && from.picture.view === to.picture.view;
    if (!stage || reducedMotion || from.picture.nodes.size === 0 || resized) {
      setLeaving(null);
      return;
    }
    const animations = animate(stage, chart, from, to);
    const first = animations[0];
    if (!first) {
      setLeaving(null);
      return;
    }
    const glide: Running = { from, to, animations };
    runningRef.current = glide;
    setLeaving(from.picture.view);
    first.addEventListener('finish', () => {
      if (runningRef.current !== glide) return;
      runningRef.current = null;
      setLeaving(null);
    });
  }, [stageRef, chart, to, reducedMotion]);

  // Nothing left running once the stage goes.
  useLayoutEffect(
    () => () => {
      for (const animation of runningRef.current?.animations ?? []) animation.cancel();
    },
    [],
  );

  return { moving: leaving !== null, shownView: leaving ?? to.picture.view };
}
