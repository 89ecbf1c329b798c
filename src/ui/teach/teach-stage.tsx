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
import {
  between,
  ease,
  stepPicture,
  type StepPicture,
  type TeachView,
} from '../../layout/teach/step-layouts';
import { PALETTE } from '../../theme/palette';
import { TIER_COLOURS, TIER_LABELS } from '../../theme/tiers';
import { wrapWords } from './wrap-words';

/** How long a change of view glides: slow enough for a room to follow. */
export const GLIDE_MS = 1800;
/** The delay between two levels lighting up on "Service flows up". */
const LEVEL_DELAY_S = 0.45;
/** Room at the left for the tier and row labels, as a share of the chart's width. */
const GUTTER = 0.16;

function usePictures(chart: Chart): Record<TeachView, StepPicture> {
  return useMemo(
    () => ({
      traditional: stepPicture(chart, 'traditional'),
      'customer-first': stepPicture(chart, 'customer-first'),
      'service-distance': stepPicture(chart, 'service-distance'),
    }),
    [chart],
  );
}

/** The picture shown: the step's, reached by a glide when the view changes. */
function useGlide(
  target: StepPicture,
  reducedMotion: boolean,
): { shown: StepPicture; moving: boolean } {
  const [shown, setShown] = useState(target);
  const [moving, setMoving] = useState(false);
  const shownRef = useRef(target);
  useEffect(() => {
    const from = shownRef.current;
    if (from === target) return;
    const land = () => {
      shownRef.current = target;
      setShown(target);
      setMoving(false);
    };
    if (reducedMotion || from.nodes.size === 0) {
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
      const picture = between(from, target, ease(t));
      shownRef.current = picture;
      setShown(picture);
      frame = requestAnimationFrame(step);
    };
    setMoving(true);
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target, reducedMotion]);
  return { shown, moving };
}

const centre = (n: PlacedNode) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/** A link from `a`'s edge to `b`'s edge, as an elbow through the gap between their rows. */
function elbow(a: PlacedNode, b: PlacedNode): string {
  const ca = centre(a);
  const cb = centre(b);
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
  const pictures = usePictures(chart);
  const { shown, moving } = useGlide(pictures[step.view], reducedMotion);
  const roles = useMemo(() => new Map(chart.roles.map((role) => [role.id, role])), [chart]);
  const names = useMemo(() => new Map(chart.customers.map((c) => [c.id, c.name])), [chart]);

  const { bounds } = shown;
  const gutter = Math.max(bounds.width * GUTTER, 260);
  const pad = 24;
  const viewBox = {
    x: bounds.x - gutter - pad,
    y: bounds.y - pad,
    width: bounds.width + gutter + 2 * pad,
    height: bounds.height + 2 * pad,
  };
  const scale = Math.min(width / viewBox.width, height / viewBox.height) || 1;
  // Labels at 24 px on screen, never wider than the gutter.
  const labelSize = Math.min(24 / scale, gutter / 9);
  const facingBoss = shown.view === 'traditional';

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
      if (served)
        links.push({ key: `s:${role.id}:${target}`, d: elbow(own, served), kind: 'service' });
    }
  }

  return (
    <svg
      className="teach-stage block h-full w-full"
      viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={`${chart.name}: ${step.title}`}
      data-moving={moving ? 'true' : 'false'}
      data-shown-view={shown.view}
    >
      <defs>
        <marker
          id="teach-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
        </marker>
        <marker
          id="teach-arrow-service"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={PALETTE.customer.line} />
        </marker>
      </defs>
      {shown.bands.map((band) => (
        <g key={band.tier} data-tier={band.tier}>
          <rect
            x={viewBox.x}
            y={band.y}
            width={viewBox.width}
            height={band.height}
            fill={TIER_COLOURS[band.tier].band}
            fillOpacity={TIER_COLOURS[band.tier].bandAlpha + 0.2}
          />
          <text
            className="teach-band-label"
            x={viewBox.x + pad}
            y={band.y + band.height / 2}
            fontSize={labelSize}
            fontWeight={700}
            fill={TIER_COLOURS[band.tier].ink}
            dominantBaseline="middle"
          >
            {TIER_LABELS[band.tier]}
          </text>
        </g>
      ))}
      {shown.rows.map((row) => (
        <text
          key={row.label}
          className="teach-row-label"
          x={viewBox.x + pad}
          y={row.y + row.height / 2}
          fontSize={labelSize}
          fontWeight={700}
          fill={row.distance === null ? PALETTE.flag.DEFAULT : PALETTE.ink.soft}
          dominantBaseline="middle"
        >
          {wrapWords(row.label, Math.floor(gutter / (labelSize * 0.56))).map((line, i, all) => (
            <tspan
              key={line}
              x={viewBox.x + pad}
              dy={i === 0 ? `${-(all.length - 1) * 0.6}em` : '1.2em'}
            >
              {line}
            </tspan>
          ))}
        </text>
      ))}
      <g fill="none" strokeWidth={2.5}>
        {links.map((link) => (
          <path
            key={link.key}
            d={link.d}
            stroke={link.kind === 'service' ? PALETTE.customer.line : '#94a3b8'}
            strokeDasharray={link.kind === 'service' ? '8 6' : undefined}
            markerEnd={link.kind === 'service' ? 'url(#teach-arrow-service)' : 'url(#teach-arrow)'}
          />
        ))}
      </g>
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
        const title = role ? role.title : (names.get(node.id) ?? node.id);
        const titleSize =
          node.kind === 'role' ? Math.min(26, node.height / 3.2) : Math.min(24, node.height / 2.6);
        const lines = wrapWords(
          title,
          Math.max(6, Math.floor((node.width - 16) / (titleSize * 0.56))),
          2,
        );
        const person = role?.person;
        const lineGap = titleSize * 1.15;
        const block = lines.length * lineGap + (person ? titleSize * 0.95 : 0);
        const firstY = node.height / 2 - block / 2 + titleSize * 0.85;
        return (
          <g
            key={node.id}
            className="teach-node"
            data-id={node.id}
            data-kind={node.kind}
            data-mark={mark}
            transform={`translate(${node.x} ${node.y})`}
            style={
              level === undefined ? undefined : { transitionDelay: `${level * LEVEL_DELAY_S}s` }
            }
          >
            <rect
              width={node.width}
              height={node.height}
              rx={node.kind === 'customer' ? node.height / 2 : 10}
              className="teach-box"
            />
            {lines.map((line, i) => (
              <text
                key={i}
                className="teach-title"
                x={node.width / 2}
                y={firstY + i * lineGap}
                fontSize={titleSize}
                fontWeight={700}
                textAnchor="middle"
              >
                {line}
              </text>
            ))}
            {person && (
              <text
                className="teach-person"
                x={node.width / 2}
                y={firstY + lines.length * lineGap}
                fontSize={titleSize * 0.78}
                textAnchor="middle"
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
