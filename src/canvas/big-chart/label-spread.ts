/**
 * Vertical centres for labels that must not overlap: each label keeps its
 * own centre when there is room; labels squeezed together (tier bands a few
 * pixels tall, on a chart zoomed far out) are stacked `gap` apart, each stack
 * centred where its labels were. `centres` must be in order, top to bottom.
 */
export function spreadCentres(centres: readonly number[], gap: number): number[] {
  const spread: number[] = [];
  // Clusters of labels closer than `gap`, each laid out as an even stack around its mean.
  let start = 0;
  const place = (from: number, to: number) => {
    const count = to - from;
    let mean = 0;
    for (let k = from; k < to; k++) mean += centres[k]!;
    mean /= count;
    let first = mean - ((count - 1) * gap) / 2;
    // Never over the stack above.
    if (from > 0) first = Math.max(first, spread[from - 1]! + gap);
    for (let k = 0; k < count; k++) spread[from + k] = first + k * gap;
  };
  for (let k = 1; k <= centres.length; k++) {
    if (k < centres.length && centres[k]! - centres[k - 1]! < gap) continue;
    place(start, k);
    start = k;
  }
  // A stack pushed down by the one above may now crowd the next: settle once more.
  for (let k = 1; k < spread.length; k++) {
    spread[k] = Math.max(spread[k]!, spread[k - 1]! + gap);
  }
  return spread;
}
