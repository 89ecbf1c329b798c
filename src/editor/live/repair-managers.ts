/**
 * Invariant repair after a merge, deterministic on every peer: a pure
 * function of the merged document, so every peer that holds the same updates
 * draws the same chart. Two concurrent moves that together form a reporting
 * cycle (A under B on one screen, B under A on another) are repaired by
 * undoing the later move in a total order, the Lamport stamp stored with each
 * manager field (Kleppmann et al. 2021 undo the later move of a replicated
 * tree the same way). A manager that no longer exists (deleted on another
 * screen) is replaced by the deleted role's own manager, or none: what
 * deleting the role did to its reports on the screen that deleted it.
 */
import type { ManagerValue, Stamp } from './chart-doc';

/** One repair, worded for the people involved. */
export type Repair =
  | {
      kind: 'cycle';
      /** The role whose move was undone. */
      role: string;
      /** The manager the move had given it. */
      undone: string;
      /** Where it reports now (its manager before the move, or none). */
      now: string | null;
      /** The roles that would have formed the cycle, starting at `role`. */
      cycle: string[];
    }
  | { kind: 'dangling'; role: string; missing: string; now: string | null };

/** A stamp later than another in the total order: the clock, then the client tag. */
export function isLater(a: Stamp, b: Stamp): boolean {
  if (a.clock !== b.clock) return a.clock > b.clock;
  return a.client > b.client;
}

/**
 * The managers after repair, for roles given in a fixed order (sorted ids):
 * `managers` maps each living role to its stored manager value, `gone` each
 * deleted role to its manager when it was deleted. Returns the repaired
 * manager of every role and the repairs made.
 */
export function repairManagers(
  ids: readonly string[],
  managers: ReadonlyMap<string, ManagerValue>,
  gone: ReadonlyMap<string, string | null>,
): { reportsTo: Map<string, string | null>; repairs: Repair[] } {
  const living = new Set(ids);
  const repairs: Repair[] = [];
  /** The nearest living role up a chain of deleted ones, or null. */
  const living_ = (start: string | null, self: string): string | null => {
    let id = start;
    const seen = new Set<string>();
    while (id !== null && !living.has(id)) {
      if (seen.has(id)) return null;
      seen.add(id);
      id = gone.has(id) ? (gone.get(id) ?? null) : null;
    }
    return id === self ? null : id;
  };

  const reportsTo = new Map<string, string | null>();
  for (const id of ids) {
    const stored = managers.get(id)?.id ?? null;
    const now = stored === null || living.has(stored) ? stored : living_(stored, id);
    if (stored !== null && now !== stored) {
      repairs.push({ kind: 'dangling', role: id, missing: stored, now });
    }
    reportsTo.set(id, now === id ? null : now);
  }

  // Break cycles: undo the latest move in each, until none is left. A move
  // undone once and still in a cycle is undone to "no manager", so this ends.
  const reverted = new Set<string>();
  for (;;) {
    const cycle = findCycle(ids, reportsTo);
    if (!cycle) break;
    let latest = cycle[0] as string;
    for (const id of cycle) {
      const a = managers.get(id)?.stamp;
      const b = managers.get(latest)?.stamp;
      if (a && b && isLater(a, b)) latest = id;
    }
    const undone = reportsTo.get(latest) as string;
    const before = managers.get(latest)?.before ?? null;
    const back = before === null ? null : living_(before, latest);
    const now = reverted.has(latest) || back === undone ? null : back;
    reverted.add(latest);
    reportsTo.set(latest, now);
    const at = cycle.indexOf(latest);
    repairs.push({
      kind: 'cycle',
      role: latest,
      undone,
      now,
      cycle: [...cycle.slice(at), ...cycle.slice(0, at)],
    });
  }
  return { reportsTo, repairs };
}

/** The first reporting cycle found walking up from each role in `ids` order, or null. */
function findCycle(
  ids: readonly string[],
  reportsTo: ReadonlyMap<string, string | null>,
): string[] | null {
  const done = new Set<string>();
  for (const start of ids) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let id: string | null = start;
    while (id !== null && !done.has(id)) {
      const at = onPath.get(id);
      if (at !== undefined) return path.slice(at);
      onPath.set(id, path.length);
      path.push(id);
      id = reportsTo.get(id) ?? null;
    }
    for (const seen of path) done.add(seen);
  }
  return null;
}
