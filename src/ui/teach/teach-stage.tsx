/**
 * Teach's picture: the chart in the step's view, drawn as SVG sized for a
 * room. Between views every box glides (eased, about 1.8 s), the tier bands
 * and their labels move with the boxes, links stay drawn and follow their
 * ends; the camera is each view's fit, which for the flip is one box, so it
 * holds still. The stage is drawn once a step and the browser runs the glide
 * (use-glide.ts). A chart of more than a few dozen roles shows its branches
 * as labelled blocks (branch-blocks.ts). Lit roles come from the step's focus;
 * on "Service flows up" they light level by level from the customers down.
 */
import { useMemo, useRef } from 'react';
import type { Chart } from '../../domain/chart';
import type { StepFocus } from '../../domain/teaching/step-focus';
import type { TeachStep } from '../../domain/teaching/teach-steps';
import { branchBlocks, drawnFocus } from '../../layout/teach/branch-blocks';
import { PALETTE } from '../../theme/palette';
import { TIER_COLOURS, TIER_LABELS } from '../../theme/tiers';
import { cameraOf, cameraTransform } from './glide-motion';
import { StageNode } from './stage-node';
import { STAGE_FONT } from './stage-font';
import { elbowPath, stageLinks } from './stage-links';
import { framed, TEACH_GAP_Y } from './teach-fit';
import { useFits } from './use-fits';
import { bandLabelAt, useGlide, type Shot } from './use-glide';

export { GLIDE_MS } from './use-glide';

/** Tier and row labels, in layout units: they sit in the row gap above their band or row. */
const LABEL_PX = 17;
/** Bands reach this many stage widths either side, so a moving camera never shows their ends. */
const BAND_REACH = 4;

const COLOURS = {
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

function Markers() {
  return (
    <defs>
      {(
        [
          ['teach-arrow', PALETTE.ink.faint],
          ['teach-arrow-service', PALETTE.customer.line],
        ] as const
      ).map(([id, fill]) => (
        <marker
          key={id}
          id={id}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={fill} />
        </marker>
      ))}
    </defs>
  );
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
  const blocks = useMemo(() => branchBlocks(chart), [chart]);
  const drawn = blocks.chart;
  const fit = useFits(drawn, { width, height }, blocks.below.size > 0, step.view);
  const shown = fit.picture;
  const shot: Shot = useMemo(
    () => ({ picture: fit.picture, camera: cameraOf(fit.picture, fit.scale, { width, height }) }),
    [fit, width, height],
  );
  const stageRef = useRef<SVGSVGElement>(null);
  const { moving, shownView } = useGlide(stageRef, drawn, shot, reducedMotion);
  const lit = useMemo(() => drawnFocus(focus, blocks), [focus, blocks]);
  const roles = useMemo(() => new Map(drawn.roles.map((role) => [role.id, role])), [drawn]);
  const links = useMemo(() => {
    const all = stageLinks(drawn, shown);
    if (blocks.below.size === 0) return all;
    // Blocks: the reporting lines and the links that reach a customer. The
    // branches' links to one another (a hundred or more, crossing the stage)
    // still place the blocks in the service-distance rows, but are not drawn.
    const customers = new Set(drawn.customers.map((customer) => customer.id));
    return all.filter((link) => link.kind === 'reporting' || customers.has(link.to));
  }, [drawn, shown, blocks]);

  const box = framed(shown);
  const reach = (width / shot.camera.k) * BAND_REACH;
  const labelPx = Math.min(LABEL_PX, (TEACH_GAP_Y / 2) * 0.8);
  // In the service-distance view, the roles with no path sit in a last row apart.
  const noPathRow = shown.rows.find((row) => row.distance === null);

  return (
    <svg
      ref={stageRef}
      className="teach-stage block h-full w-full"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={`${chart.name}: ${step.title}`}
      data-moving={moving ? 'true' : 'false'}
      data-shown-view={shownView}
      data-focus={focus.lit === null ? 'none' : (focus.tone ?? 'serve')}
      data-blocks={blocks.below.size}
      style={COLOURS}
    >
      <Markers />
      <g className="teach-camera" style={{ transform: cameraTransform(shot.camera) }}>
        {shown.bands.map((band) => (
          <rect
            key={band.tier}
            className="teach-band"
            data-tier={band.tier}
            x={box.x - reach}
            y={band.y}
            width={box.width + 2 * reach}
            height={band.height}
            fill={TIER_COLOURS[band.tier].band}
            stroke={TIER_COLOURS[band.tier].edge}
          />
        ))}
        {(['reporting', 'service'] as const).map((kind) => (
          <g
            key={kind}
            className="teach-links"
            fill="none"
            // A big chart's service links (scores of them, across the stage) fade in as
            // it lands rather than follow their ends: each moving path repaints every frame.
            data-glide={kind === 'service' && blocks.below.size > 0 ? 'fade' : 'follow'}
          >
            {links
              .filter((link) => link.kind === kind)
              .map((link) => (
                <path
                  key={link.key}
                  data-key={link.key}
                  className={`teach-link teach-link-${link.kind}`}
                  d={elbowPath(link.elbow)}
                  markerEnd={
                    link.kind === 'service' ? 'url(#teach-arrow-service)' : 'url(#teach-arrow)'
                  }
                />
              ))}
          </g>
        ))}
        {shown.bands.map((band) => (
          <text
            key={band.tier}
            className="teach-band-label"
            data-tier={band.tier}
            style={{ transform: bandLabelAt(shown, band.y) }}
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
            x={box.x}
            y={row.y - TEACH_GAP_Y / 4}
            fontSize={labelPx}
            dominantBaseline="central"
          >
            {row.label.toUpperCase()}
          </text>
        ))}
        {[...shown.nodes.values()].map((node) => {
          const isLit = lit.lit?.has(node.id) ?? false;
          const mark =
            lit.lit === null || node.kind === 'customer'
              ? 'none'
              : isLit
                ? (lit.tone ?? 'serve')
                : 'dim';
          return (
            <StageNode
              key={node.id}
              node={node}
              lines={fit.lines.get(node.id) ?? []}
              person={fit.persons ? roles.get(node.id)?.person : undefined}
              titlePx={fit.titlePx}
              mark={mark}
              level={lit.levels?.get(node.id)}
              apart={noPathRow !== undefined && node.y >= noPathRow.y - 1}
              below={blocks.below.get(node.id)}
            />
          );
        })}
      </g>
    </svg>
  );
}
