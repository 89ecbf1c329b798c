/**
 * Teach's picture: the chart in the step's view, drawn as SVG sized for a
 * room. Between views every node glides (eased, about 1.8 s), the tier bands
 * and their labels move with the cards, links stay drawn and follow their
 * ends; the camera is the box of both pictures, which for the flip is one box,
 * so it holds still. Lit roles come from the step's focus; on "Service flows
 * up" they light level by level from the customers down to the leader.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Chart } from '../../domain/chart';
import type { StepFocus } from '../../domain/teaching/step-focus';
import type { TeachStep } from '../../domain/teaching/teach-steps';
import type { PlacedNode } from '../../layout/layout';
import { between, ease, type TeachView } from '../../layout/teach/step-layouts';
import { PALETTE } from '../../theme/palette';
import { TIER_COLOURS, TIER_LABELS } from '../../theme/tiers';
import { canvasMeasure, framed, teachFit, TEACH_GAP_Y, type TeachFit } from './teach-fit';

/** How long a change of view glides: slow enough for a room to follow. */
export const GLIDE_MS = 1800;
/** The delay between two levels lighting up on "Service flows up". */
const LEVEL_DELAY_S = 0.45;
/** Tier and row labels, in layout units: they sit in the row gap above their band or row. */
const LABEL_PX = 17;

/** The stage's title font: a condensed sans where the system has one, so long titles fit. */
export const STAGE_FONT =
  "'Roboto Condensed', 'Arial Narrow', 'Liberation Sans Narrow', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

/** Each view's picture, its boxes sized for this stage (teach-fit.ts). */
function useFits(
  chart: Chart,
  stage: { width: number; height: number },
): Record<TeachView, TeachFit> {
  const measure = useMemo(() => canvasMeasure(STAGE_FONT), []);
  const { width, height } = stage;
  return useMemo(
    () => ({
      traditional: teachFit(chart, 'traditional', { width, height }, measure),
      'customer-first': teachFit(chart, 'customer-first', { width, height }, measure),
      'service-distance': teachFit(chart, 'service-distance', { width, height }, measure),
    }),
    [chart, width, height, measure],
  );
}

/** The fit shown: the step's, reached by a glide when the view (or the stage) changes. */
function useGlide(
  target: TeachFit,
  reducedMotion: boolean,
): { shown: TeachFit; moving: boolean; progress: number } {
  const [shown, setShown] = useState(target);
  const [progress, setProgress] = useState(1);
  const shownRef = useRef(target);
  const landedRef = useRef(true);
  useEffect(() => {
    const from = shownRef.current;
    if (from === target) return;
    const land = () => {
      shownRef.current = target;
      landedRef.current = true;
      setShown(target);
      setProgress(1);
    };
    // A new stage size, or no motion wanted: straight there.
    const resized = landedRef.current && from.picture.view === target.picture.view;
    if (reducedMotion || from.picture.nodes.size === 0 || resized) {
      land();
      return;
    }
    let frame = 0;
    let start: number | null = null;
    const step = (now: number) => {
      start ??= now;
      const t = (now - start) / GLIDE_MS;
      if (t >= 1) {
        land();
        return;
      }
      const e = ease(t);
      const fit: TeachFit = {
        ...target,
        picture: between(from.picture, target.picture, e),
        scale: from.scale + (target.scale - from.scale) * e,
      };
      shownRef.current = fit;
      setShown(fit);
      setProgress(t);
      frame = requestAnimationFrame(step);
    };
    landedRef.current = false;
    setProgress(0);
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target, reducedMotion]);
  return { shown, moving: progress < 1, progress };
}

const centre = (n: PlacedNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/** A link from `a`'s edge to `b`'s edge, as an elbow through the gap between their rows. */
function elbow(a: PlacedNode, b: PlacedNode): string {
  const ca = centre(a);
  const cb = centre(b);
  if (Math.abs(ca.y - cb.y) < 1) {
    // Two roles on one row: under them, through the gap below the row.
    const y = a.y + a.height;
    const low = y + TEACH_GAP_Y * 0.3;
    return `M ${ca.x} ${y} V ${low} H ${cb.x} V ${y}`;
  }
  const down = ca.y < cb.y;
  const y1 = down ? a.y + a.height : a.y;
  const y2 = down ? b.y : b.y + b.height;
  const mid = (y1 + y2) / 2;
  return `M ${ca.x} ${y1} V ${mid} H ${cb.x} V ${y2}`;
}

export interface TeachStageProps {
  chart: Chart;
  step: TeachStep;
  focus: StepFocus;
  /** The stage's size on screen, for sizing text in pixels. */
  width: number;
  height: number;
  reducedMotion?: boolean;
}

export function TeachStage({
  chart,
  step,
  focus,
  width,
  height,
  reducedMotion = false,
}: TeachStageProps) {
  const fits = useFits(chart, { width, height });
  const { shown: fit, moving, progress } = useGlide(fits[step.view], reducedMotion);
  const shown = fit.picture;
  const roles = useMemo(() => new Map(chart.roles.map((role) => [role.id, role])), [chart]);

  // The camera: the framed picture at the fit's scale, centred on the stage.
  const box = framed(shown);
  const scale = fit.scale > 0 ? fit.scale : 1;
  const viewWidth = width / scale;
  const viewHeight = height / scale;
  const viewBox = {
    x: box.x + box.width / 2 - viewWidth / 2,
    y: box.y + box.height / 2 - viewHeight / 2,
    width: viewWidth,
    height: viewHeight,
  };
  const frameLeft = box.x;
  const facingBoss = shown.view === 'traditional';
  const titlePx = fit.titlePx;
  const labelPx = Math.min(LABEL_PX, (TEACH_GAP_Y / 2) * 0.8);
  // In the service-distance view, the roles with no path sit in a last row apart.
  const noPathRow = shown.rows.find((row) => row.distance === null);

  const links: { key: string; d: string; kind: 'reporting' | 'service' }[] = [];
  for (const role of chart.roles) {
    const own = shown.nodes.get(role.id);
    if (!own) continue;
    const boss = role.reportsTo === null ? undefined : shown.nodes.get(role.reportsTo);
    if (boss) {
      links.push({
        key: `r:${role.id}`,
        d: facingBoss ? elbow(own, boss) : elbow(boss, own),
        kind: 'reporting',
      });
    }
    for (const target of role.serves) {
      const served = shown.nodes.get(target);
      // On the pyramid and its flip, a service link along one row would run
      // over the others; the service-distance view draws every one.
      const alongRow =
        served && Math.abs(served.y - own.y) < 1 && shown.view !== 'service-distance';
      if (served && !alongRow)
        links.push({ key: `s:${role.id}:${target}`, d: elbow(own, served), kind: 'service' });
    }
  }

  const colours = {
    '--teach-ink': PALETTE.ink.DEFAULT,
    '--teach-ink-soft': PALETTE.ink.soft,
    '--teach-line': PALETTE.ink.faint,
    '--teach-serve': PALETTE.customer.DEFAULT,
    '--teach-serve-soft': PALETTE.customer.soft,
    '--teach-serve-line': PALETTE.customer.line,
    '--teach-warn': PALETTE.flag.DEFAULT,
    '--teach-warn-soft': PALETTE.flag.soft,
    '--teach-warn-line': PALETTE.flag.line,
    '--teach-brand': PALETTE.brand.DEFAULT,
    fontFamily: STAGE_FONT,
  } as React.CSSProperties;

  return (
    <svg
      className="teach-stage block h-full w-full"
      viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={`${chart.name}: ${step.title}`}
      data-moving={moving ? 'true' : 'false'}
      data-shown-view={shown.view}
      data-focus={focus.lit === null ? 'none' : (focus.tone ?? 'serve')}
      style={colours}
    >
      <defs>
        <marker
          id="teach-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={PALETTE.ink.faint} />
        </marker>
        <marker
          id="teach-arrow-service"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={PALETTE.customer.line} />
        </marker>
      </defs>
      {shown.bands.map((band) => (
        <rect
          key={band.tier}
          className="teach-band"
          data-tier={band.tier}
          x={viewBox.x}
          y={band.y}
          width={viewBox.width}
          height={band.height}
          fill={TIER_COLOURS[band.tier].band}
          stroke={TIER_COLOURS[band.tier].edge}
        />
      ))}
      <g className="teach-links" fill="none">
        {links.map((link) => (
          <path
            key={link.key}
            className={`teach-link teach-link-${link.kind}`}
            d={link.d}
            markerEnd={link.kind === 'service' ? 'url(#teach-arrow-service)' : 'url(#teach-arrow)'}
          />
        ))}
      </g>
      {shown.bands.map((band) => (
        <text
          key={band.tier}
          className="teach-band-label"
          x={frameLeft}
          y={band.y + TEACH_GAP_Y / 4}
          fontSize={labelPx}
          fill={TIER_COLOURS[band.tier].ink}
          dominantBaseline="central"
        >
          {TIER_LABELS[band.tier].toUpperCase()}
        </text>
      ))}
      {shown.rows.map((row) => (
        <text
          key={row.label}
          className="teach-row-label"
          data-distance={row.distance ?? 'none'}
          x={frameLeft}
          y={row.y - TEACH_GAP_Y / 4}
          fontSize={labelPx}
          dominantBaseline="central"
          opacity={moving ? progress : 1}
        >
          {row.label.toUpperCase()}
        </text>
      ))}
      {[...shown.nodes.values()].map((node) => {
        const role = roles.get(node.id);
        const lit = focus.lit?.has(node.id) ?? false;
        const mark =
          focus.lit === null || node.kind === 'customer'
            ? 'none'
            : lit
              ? (focus.tone ?? 'serve')
              : 'dim';
        const level = focus.levels?.get(node.id);
        const apart = noPathRow !== undefined && node.y >= noPathRow.y - 1;
        const lines = fit.lines.get(node.id) ?? [];
        const person = fit.persons ? role?.person : undefined;
        const lineGap = titlePx * 1.14;
        const block = lines.length * lineGap + (person ? titlePx * 0.8 * 1.14 : 0);
        const firstY = node.height / 2 - block / 2 + lineGap / 2;
        return (
          <g
            key={node.id}
            className="teach-node"
            data-id={node.id}
            data-kind={node.kind}
            data-mark={mark}
            data-no-path={apart ? 'true' : undefined}
            transform={`translate(${node.x} ${node.y})`}
            style={
              level === undefined ? undefined : { transitionDelay: `${level * LEVEL_DELAY_S}s` }
            }
          >
            <rect
              width={node.width}
              height={node.height}
              rx={node.kind === 'customer' ? node.height / 2 : 12}
              className="teach-box"
              style={
                level === undefined ? undefined : { transitionDelay: `${level * LEVEL_DELAY_S}s` }
              }
            />
            {lines.map((line, i) => (
              <text
                key={i}
                className="teach-title"
                x={node.width / 2}
                y={firstY + i * lineGap}
                fontSize={titlePx}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {line}
              </text>
            ))}
            {person && (
              <text
                className="teach-person"
                x={node.width / 2}
                y={firstY + lines.length * lineGap - lineGap * 0.05}
                fontSize={titlePx * 0.8}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {person}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
