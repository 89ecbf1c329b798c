/**
 * Branch blocks on the canvas (layout/branches/branch-blocks.ts): when the
 * zoom makes titles too small to read, each branch big enough on screen is
 * covered by one block with a label of its figures at a legible, constant
 * size. A click on a block's label zooms into that branch, where its cards
 * can be read again and the block gives way to them. The block itself lets
 * the pointer through: the cards (or the overview's boxes) under it still
 * name their roles on hover and select on a click.
 */
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { TriangleAlertIcon } from 'lucide-react';
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { Analysis } from '../../domain/analysis/service-paths';
import type { Chart } from '../../domain/chart';
import {
  BLOCK_MIN,
  blockOutline,
  branchIndex,
  chooseBlocks,
  type BranchBlock,
  type BranchIndex,
} from '../../layout/branches/branch-blocks';
import type { Layout } from '../../layout/layout';
import { treeOf } from '../../editor/navigation';
import { counted, countedGrouped } from '../../theme/words';

/** Blocks are drawn once a title would come out smaller than this on screen (px). */
export const BLOCKS_BELOW_PX = 6;
/**
 * How far a block's outline reaches past its cards (layout units): under half
 * the least gap between neighbours on a row (GAP_X in editor/derived.ts), so
 * sibling blocks never overlap.
 */
const OUTLINE_PAD = 10;
/** The label's box on screen (px): the whole label, and the one line of a narrower block. */
const LABEL = { width: 220, height: BLOCK_MIN.height } as const;
const SHORT_LABEL = { width: 80, height: 22 } as const;

const zoomOf = (state: ReactFlowState) => state.transform[2];
/** The viewport's own element: blocks go in it after the nodes, so they cover them
 * (React Flow's viewport portal is kept behind the nodes for the tier bands, index.css). */
const viewportOf = (state: ReactFlowState) =>
  state.domNode?.querySelector<HTMLElement>('.react-flow__viewport') ?? null;

/** A branch's figures as a person reads them, for the label and its accessible name. */
export function blockWords(block: BranchBlock): { heading: string; size: string; path: string } {
  const { roles, headcount, rolesWithPath, flags } = block.figures;
  const share = roles === 0 ? 100 : Math.round((rolesWithPath / roles) * 100);
  return {
    heading: block.team ? `${block.title} · ${block.team}` : block.title,
    size: `${countedGrouped(roles, 'role')} · ${countedGrouped(headcount, 'person', 'people')}`,
    path: `${share}% with a path${flags > 0 ? ` · ${counted(flags, 'flag')}` : ''}`,
  };
}

function BranchBlocksView({
  chart,
  layout,
  analysis,
  titlePx,
}: {
  /** The whole chart (a folded branch's roles count in its figures). */
  chart: Chart;
  /** The layout of the chart as drawn. */
  layout: Layout;
  analysis: Analysis;
  /** The size (px at zoom 1) the chart's titles are drawn at when they are all a card shows. */
  titlePx: number;
}) {
  const zoom = useStore(zoomOf);
  const shown = zoom * titlePx < BLOCKS_BELOW_PX;
  // Read only while blocks may be drawn: an edit at a readable zoom costs nothing here.
  const index = useMemo(
    () => (shown ? branchIndex(treeOf(chart), layout, analysis) : null),
    [shown, chart, layout, analysis],
  );
  const blocks = useMemo(() => (index ? chooseBlocks(index, zoom) : []), [index, zoom]);
  const { fitBounds } = useReactFlow();
  const viewport = useStore(viewportOf);
  if (!index || blocks.length === 0 || !viewport) return null;
  return createPortal(
    <div
      className="upturn-branch-blocks absolute top-0 left-0"
      style={{ zIndex: 2000 }}
      data-testid="branch-blocks"
    >
      {blocks.map((block, k) => (
        <Block
          key={block.id}
          block={block}
          shade={k % 2 === 0 ? 'bg-slate-100' : 'bg-slate-200'}
          rows={outlineOf(index, block.id)}
          zoom={zoom}
          onZoomIn={() =>
            void fitBounds(block.box, { padding: 0.08, duration: 450 }).catch(() => undefined)
          }
        />
      ))}
    </div>,
    viewport,
  );
}

type Outline = ReturnType<typeof blockOutline>;
/** Outlines per index, each made once: the cut changes with the zoom, a branch's shape does not. */
const outlines = new WeakMap<BranchIndex, Map<string, Outline>>();

function outlineOf(index: BranchIndex, id: string): Outline {
  let cache = outlines.get(index);
  if (!cache) {
    cache = new Map();
    outlines.set(index, cache);
  }
  let rows = cache.get(id);
  if (!rows) {
    rows = blockOutline(index, id, OUTLINE_PAD);
    cache.set(id, rows);
  }
  return rows;
}

function Block({
  block,
  shade,
  rows,
  zoom,
  onZoomIn,
}: {
  block: BranchBlock;
  /** Neighbouring blocks alternate between two shades, so each reads as one. */
  shade: string;
  rows: Outline;
  zoom: number;
  onZoomIn: () => void;
}) {
  const words = blockWords(block);
  const { box, manager } = block;
  // The label's size on screen: the whole label where the block has room for it (as wide as
  // the block allows, up to LABEL), else one line of title and roles where that fits.
  const screenWidth = box.width * zoom;
  const full = block.labelled;
  const short =
    !full && screenWidth >= SHORT_LABEL.width && box.height * zoom >= SHORT_LABEL.height;
  const labelWidth = full
    ? Math.min(LABEL.width, screenWidth - 8)
    : Math.min(LABEL.width, screenWidth - 6);
  const labelHeight = full ? LABEL.height : SHORT_LABEL.height;
  // On the manager's card, kept inside the block, at a constant size on screen.
  const width = labelWidth / zoom;
  const height = labelHeight / zoom;
  const centreX = Math.min(
    Math.max(manager.x + manager.width / 2, box.x + width / 2),
    box.x + box.width - width / 2,
  );
  const centreY = manager.y + manager.height / 2;
  // No "zoom" in the name: the zoom controls' buttons are "Zoom in" and "Zoom out".
  const name = `Branch of ${words.heading}: ${words.size}, ${words.path}`;
  const hint = `${words.heading}\n${words.size}\n${words.path}\nClick to see its roles`;
  const flagged = block.figures.flags > 0;
  return (
    <div data-branch={block.id}>
      {rows.map((row, k) => (
        <div
          key={k}
          aria-hidden="true"
          className={`upturn-branch-row pointer-events-none absolute top-0 left-0 rounded-md ${shade}`}
          style={{
            transform: `translate(${row.x}px, ${row.y}px)`,
            width: row.width,
            height: row.height,
          }}
        />
      ))}
      {(full || short) && (
        <button
          type="button"
          tabIndex={-1}
          className={`upturn-branch-label pointer-events-auto absolute top-0 left-0 flex cursor-zoom-in overflow-hidden rounded-lg border bg-white text-left leading-tight text-ink-soft shadow-sm hover:border-brand ${
            full
              ? 'flex-col items-start justify-center gap-0.5 px-2.5 py-1.5 text-[12px]'
              : 'items-center gap-1 px-1.5 text-[12px]'
          } ${flagged ? 'border-flag-line' : 'border-slate-300'}`}
          style={{
            width: labelWidth,
            height: labelHeight,
            transform: `translate(${centreX - width / 2}px, ${centreY - height / 2}px) scale(${1 / zoom})`,
            transformOrigin: '0 0',
          }}
          data-label={full ? 'full' : 'short'}
          aria-label={name}
          title={hint}
          onClick={onZoomIn}
        >
          {full ? (
            <>
              <span className="w-full truncate text-[13px] font-semibold text-ink">
                {words.heading}
              </span>
              <span className="w-full truncate">{words.size}</span>
              <span
                className={`inline-flex w-full items-center gap-1 truncate ${flagged ? 'text-flag' : ''}`}
              >
                {flagged && <TriangleAlertIcon size={12} className="shrink-0" />}
                {words.path}
              </span>
            </>
          ) : (
            <>
              {flagged && <TriangleAlertIcon size={12} className="shrink-0 text-flag" />}
              <span className="min-w-0 truncate font-semibold text-ink">
                {block.team ?? block.title}
              </span>
              <span className="shrink-0">{block.figures.roles.toLocaleString('en')}</span>
            </>
          )}
        </button>
      )}
    </div>
  );
}

export const BranchBlocks = memo(BranchBlocksView);
