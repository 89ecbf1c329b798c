import { useViewport, ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import type { Layout } from '../../layout/layout';
import { withAlpha } from '../../theme/palette';
import { TIER_COLOURS, type Tier } from '../../theme/tiers';
import { spreadCentres } from '../big-chart/label-spread';

/** A band's colours, from the tier tokens (the SVG export paints the same). */
function bandStyle(tier: Tier) {
  const colours = TIER_COLOURS[tier];
  return { backgroundColor: withAlpha(colours.band, colours.bandAlpha), borderColor: colours.edge };
}

const LABEL_HEIGHT = 20;

/** The labels' colours: the `--color-tier-*` tokens of the Tailwind theme (src/app/index.css). */
const LABEL_STYLE: Record<Tier, string> = {
  customers: 'text-tier-customers-ink bg-tier-customers-label border-tier-customers-label-edge',
  'front-line':
    'text-tier-front-line-ink bg-tier-front-line-label border-tier-front-line-label-edge',
  management: 'text-tier-management-ink bg-tier-management-label border-tier-management-label-edge',
  leadership: 'text-tier-leadership-ink bg-tier-leadership-label border-tier-leadership-label-edge',
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
            key={`${band.tier}:${band.label}`}
            data-tier={band.tier}
            className="absolute border-y"
            style={{
              ...bandStyle(band.tier),
              transform: `translate(${left}px, ${band.y}px)`,
              width,
              height: band.height,
            }}
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
            key={`${band.tier}:${band.label}`}
            className="absolute left-3 flex items-center"
            style={{ top: centres[index]! - LABEL_HEIGHT / 2, height: LABEL_HEIGHT }}
          >
            <span
              data-tier={band.tier}
              className={`upturn-tier-label rounded-full border px-2.5 py-0.5 text-[11px] font-semibold tracking-[0.12em] whitespace-nowrap uppercase shadow-sm ${LABEL_STYLE[band.tier]}`}
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
