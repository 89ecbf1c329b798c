/**
 * One box of Teach's stage: a role, a customer, or on a big chart a block
 * standing for a whole branch (its manager's title, and how many roles it
 * holds). Drawn about its centre, so a glide moves it with one translation
 * and, when the two views size boxes differently, scales its frame alone:
 * the text stays upright and its size.
 */
import { memo } from 'react';
import type { PlacedNode } from '../../layout/layout';
import { translate } from './glide-motion';

/** The delay between two levels lighting up on "Service flows up". */
const LEVEL_DELAY_S = 0.45;

export interface StageNodeProps {
  node: PlacedNode;
  lines: readonly string[];
  /** The second line: the holder's name, or for a block the roles it stands for. */
  person: string | undefined;
  titlePx: number;
  mark: 'none' | 'serve' | 'warn' | 'dim';
  /** Its level on "Service flows up" (it lights that many steps late), if any. */
  level: number | undefined;
  /** In the service-distance view's last row, apart: no path to a customer. */
  apart: boolean;
  /** For a block, the number of roles below its manager. */
  below: number | undefined;
}

export const StageNode = memo(function StageNode({
  node,
  lines,
  person,
  titlePx,
  mark,
  level,
  apart,
  below,
}: StageNodeProps) {
  const lineGap = titlePx * 1.14;
  const block = lines.length * lineGap + (person ? titlePx * 0.8 * 1.14 : 0);
  const firstY = -block / 2 + lineGap / 2;
  const delay = level === undefined ? undefined : `${level * LEVEL_DELAY_S}s`;
  const { width, height } = node;
  return (
    <g
      className="teach-node"
      data-id={node.id}
      data-kind={node.kind}
      data-mark={mark}
      data-no-path={apart ? 'true' : undefined}
      data-below={below}
      style={{
        transform: translate(node.x + width / 2, node.y + height / 2),
        transitionDelay: delay,
      }}
    >
      {below !== undefined && (
        // A block: a second frame behind, offset, so it reads as a stack of boxes.
        <rect
          className="teach-stack"
          x={-width / 2 + 8}
          y={-height / 2 + 8}
          width={width}
          height={height}
          rx={12}
        />
      )}
      <rect
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        rx={node.kind === 'customer' ? height / 2 : 12}
        className="teach-box"
        style={delay === undefined ? undefined : { transitionDelay: delay }}
      />
      {lines.map((line, i) => (
        <text
          key={i}
          className="teach-title"
          x={0}
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
          x={0}
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
});
