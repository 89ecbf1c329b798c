import { useViewport, ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import type { Layout, Tier } from '../../layout/layout';
import { spreadCentres } from '../big-chart/label-spread';

const BAND_STYLE: Record<Tier, string> = {
  customers: 'bg-teal-50/80 border-teal-100',
  'front-line': 'bg-sky-50/60 border-sky-100',
  management: 'bg-slate-100/50 border-slate-200/60',
  leadership: 'bg-indigo-50/60 border-indigo-100',
};

const LABEL_HEIGHT = 20;

const LABEL_STYLE: Record<Tier, string> = {
  customers: 'text-teal-800 bg-teal-50 border-teal-200',
  'front-line': 'text-sky-800 bg-sky-50 border-sky-200',
  management: 'text-slate-600 bg-white border-slate-200',
  leadership: 'text-indigo-800 bg-indigo-50 border-indigo-200',
};

/** Faint tier bands behind the nodes, in layout coordinates. */
function TierBandsView({ layout }: { layout: Layout }) {
  const padX = 4000;
  const left = layout.bounds.x - padX;
  const width = layout.bounds.width + padX * 2;
  return (
    <ViewportPortal>
      <div className="upturn-bands pointer-events-none absolute top-0 left-0" aria-hidden="true">
        {layout.bands.map((band) => (
          <div
            key={band.tier}
            data-tier={band.tier}
            className={`absolute border-y ${BAND_STYLE[band.tier]}`}
            style={{ transform: `translate(${left}px, ${band.y}px)`, width, height: band.height }}
          />
        ))}
      </div>
    </ViewportPortal>
  );
}

/**
 * The tier labels, pinned to the left edge of the canvas and following the
 * bands vertically as the user pans and zooms, so they are always readable.
 */
function TierLabelsView({ layout }: { layout: Layout }) {
  const { y, zoom } = useViewport();
  // Zoomed far out the bands are a few pixels tall: stack their labels rather than overlap them.
  const centres = spreadCentres(
    layout.bands.map((band) => y + (band.y + band.height / 2) * zoom),
    LABEL_HEIGHT + 4,
  );
  return (
    <div className="pointer-events-none absolute inset-y-0 left-0 z-[5] w-0" aria-hidden="true">
      {layout.bands.map((band, index) => {
        return (
          <div
            key={band.tier}
            className="absolute left-3 flex items-center"
            style={{ top: centres[index]! - LABEL_HEIGHT / 2, height: LABEL_HEIGHT }}
          >
            <span
              className={`rounded-full border px-2.5 py-0.5 text-[11px] font-semibold tracking-[0.12em] whitespace-nowrap uppercase shadow-sm ${LABEL_STYLE[band.tier]}`}
            >
              {band.label}
            </span>
          </div>
        );
      })}
    </div>
  );
}

export const TierBands = memo(TierBandsView);
export const TierLabels = memo(TierLabelsView);
