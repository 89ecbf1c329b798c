import { Panel, useReactFlow, useViewport } from '@xyflow/react';
import { memo } from 'react';
import { MinusIcon, PlusIcon, ScanIcon } from 'lucide-react';

const button =
  'flex h-8 w-8 items-center justify-center bg-white text-ink-soft transition hover:bg-slate-100 hover:text-ink focus-visible:relative focus-visible:outline-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:text-slate-300';

/**
 * Zoom in, zoom out and fit the chart. React Flow's own <Controls> puts its
 * aria-label on a div with no role (screen readers ignore it) and fits without
 * the room the tier labels need; this is a named toolbar whose Fit view is the
 * editor's own command (Shift+1).
 */
function ZoomControlsView({
  minZoom,
  maxZoom,
  onFitView,
  fitShortcut,
}: {
  minZoom: number;
  maxZoom: number;
  onFitView: () => void;
  fitShortcut?: string;
}) {
  const { zoomIn, zoomOut } = useReactFlow();
  const { zoom } = useViewport();
  return (
    <Panel
      position="bottom-left"
      role="toolbar"
      aria-label="Zoom"
      aria-orientation="horizontal"
      // A row, not React Flow's column: low enough to stay clear of the tier labels above it.
      className="flex divide-x divide-slate-200 overflow-hidden rounded-lg border border-slate-200 shadow-sm"
    >
      <button
        type="button"
        className={button}
        aria-label="Zoom in"
        title="Zoom in"
        disabled={zoom >= maxZoom}
        onClick={() => void zoomIn({ duration: 200 })}
      >
        <PlusIcon size={15} />
      </button>
      <button
        type="button"
        className={button}
        aria-label="Zoom out"
        title="Zoom out"
        disabled={zoom <= minZoom}
        onClick={() => void zoomOut({ duration: 200 })}
      >
        <MinusIcon size={15} />
      </button>
      <button
        type="button"
        className={button}
        aria-label="Fit view"
        aria-keyshortcuts={fitShortcut}
        title={fitShortcut ? `Fit view (${fitShortcut})` : 'Fit view'}
        onClick={onFitView}
      >
        <ScanIcon size={15} />
      </button>
    </Panel>
  );
}

export const ZoomControls = memo(ZoomControlsView);
