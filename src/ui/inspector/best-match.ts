/**
 * The order a picker offers what was typed in: an exact name first, then names
 * that start with it, then names that merely contain it; by name within each.
 * Enter takes the first, so typing a role's whole title and pressing Enter
 * always takes that role, whatever sorts before it.
 */

/** How well `label` (or its role's plain `title`) matches `needle`: 0 best; null for no match. */
export function matchRank(needle: string, label: string, title?: string): number | null {
  const text = label.toLowerCase();
  const plain = title?.toLowerCase();
  if (text === needle || plain === needle) return 0;
  if (text.startsWith(needle)) return 1;
  if (text.includes(needle)) return 2;
  return null;
}

/** The options matching `query`, best first, each group in the order given (by name). */
export function bestMatches<T extends { label: string; title?: string }>(
  options: readonly T[],
  query: string,
): T[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...options];
  const groups: T[][] = [[], [], []];
  for (const option of options) {
    const rank = matchRank(needle, option.label, option.title);
    if (rank !== null) groups[rank]!.push(option);
  }
  return groups.flat();
}
