/**
 * The backdrop of the service-distance view: one band per row ("Customers",
 * "1 step from a customer", …, "No path to a customer"), drawn and labelled
 * like the tier bands of the other two views.
 */
import type { Layout, TierBand } from '../../layout/layout';
import type { DistanceLayout } from '../../layout/service-distance/service-distance-layout';
import type { Tier } from '../../theme/tiers';

/** The gap a row's band reaches into above and below its nodes (half the layout's row gap). */
const HALF_GAP = 36;

function isDistanceLayout(layout: Layout): layout is DistanceLayout {
  return 'rows' in layout && Array.isArray((layout as DistanceLayout).rows);
}

/** The bands to draw behind `layout`: its tier bands, or for the distance view its rows. */
export function backdropOf(layout: Layout): Layout {
  if (!isDistanceLayout(layout)) return layout;
  const bands: TierBand[] = layout.rows.map((row) => {
    // Customers keep their colour; the rows of roles alternate, the no-path row stands apart.
    const tier: Tier =
      row.distance === 0
        ? 'customers'
        : row.distance === null
          ? 'leadership'
          : row.distance % 2 === 1
            ? 'front-line'
            : 'management';
    return { tier, label: row.label, y: row.y - HALF_GAP, height: row.height + 2 * HALF_GAP };
  });
  return { ...layout, bands };
}
