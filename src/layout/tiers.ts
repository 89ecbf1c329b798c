/**
 * Tiers: which band of the inverted triangle each row of the chart belongs to.
 */
import { TIER_LABELS, type Tier } from '../theme/tiers';
import type { TierBand } from './layout';

/**
 * The tier of each role row (index = depth). Depth 0 is leadership, and depth 1
 * too once the hierarchy has 4 or more rows. The deepest row is front line, and
 * so is each row right above it, going up, while most of its roles (more than
 * half) have no reports; leadership rows never are. Everything else is
 * management. Tiers therefore run top-down leadership, management, front line.
 *
 * @param rolesInRow number of roles at each depth
 * @param leavesInRow number of roles with no reports at each depth
 */
export function rowTiers(rolesInRow: Int32Array, leavesInRow: Int32Array): Tier[] {
  const rows = rolesInRow.length;
  const tiers: Tier[] = [];
  for (let d = 0; d < rows; d++) tiers.push('management');
  if (rows === 0) return tiers;
  const leadershipRows = rows >= 4 ? 2 : 1;
  for (let d = 0; d < leadershipRows; d++) tiers[d] = 'leadership';
  for (let d = rows - 1; d >= leadershipRows; d--) {
    if (d < rows - 1 && leavesInRow[d]! * 2 <= rolesInRow[d]!) break;
    tiers[d] = 'front-line';
  }
  return tiers;
}

/** One row of the picture, in traditional coordinates (y grows downward). */
export interface Row {
  tier: Tier;
  top: number;
  height: number;
}

/**
 * One band per tier present, covering its rows with half the row gap above
 * and below, so neighbouring bands meet. `rows` are in traditional order (top
 * to bottom) with each tier's rows contiguous; `toView` maps a traditional
 * box's top edge into the view. Bands are returned top to bottom as drawn.
 */
export function tierBands(
  rows: readonly Row[],
  gapY: number,
  toView: (top: number, height: number) => number,
  mirrored: boolean,
): TierBand[] {
  const bands: TierBand[] = [];
  let k = 0;
  while (k < rows.length) {
    const first = rows[k]!;
    let last = first;
    while (k + 1 < rows.length && rows[k + 1]!.tier === first.tier) last = rows[++k]!;
    k++;
    const top = first.top - gapY / 2;
    const height = last.top + last.height - first.top + gapY;
    bands.push({
      tier: first.tier,
      label: TIER_LABELS[first.tier],
      y: toView(top, height),
      height,
    });
  }
  if (mirrored) bands.reverse();
  return bands;
}
