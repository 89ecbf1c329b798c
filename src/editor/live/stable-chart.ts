/**
 * Keeps the records of the chart the editor holds where a remote change left
 * them equal, so only the roles it touched are drawn again (React Flow nodes
 * and memoised components compare by identity).
 */
import type { Chart, Customer, Role } from '../../domain/chart';

function sameRole(a: Role, b: Role): boolean {
  return (
    a.title === b.title &&
    a.person === b.person &&
    a.team === b.team &&
    a.headcount === b.headcount &&
    a.reportsTo === b.reportsTo &&
    a.serves.length === b.serves.length &&
    a.serves.every((to, i) => b.serves[i] === to) &&
    JSON.stringify(a.extra) === JSON.stringify(b.extra)
  );
}

function sameCustomer(a: Customer, b: Customer): boolean {
  return a.name === b.name && JSON.stringify(a.extra) === JSON.stringify(b.extra);
}

function kept<T extends { id: string }>(
  old: readonly T[],
  next: T[],
  same: (a: T, b: T) => boolean,
): T[] {
  const byId = new Map(old.map((item) => [item.id, item]));
  let changed = old.length !== next.length;
  const result = next.map((item, i) => {
    const was = byId.get(item.id);
    if (was && same(was, item)) {
      if (old[i] !== was) changed = true;
      return was;
    }
    changed = true;
    return item;
  });
  return changed ? result : (old as T[]);
}

/** `next`, sharing every record of `old` that is equal in it. */
export function stableChart(old: Chart, next: Chart): Chart {
  return {
    ...next,
    roles: kept(old.roles, next.roles, sameRole),
    customers: kept(old.customers, next.customers, sameCustomer),
    settings:
      old.settings.farThreshold === next.settings.farThreshold &&
      old.settings.spanThreshold === next.settings.spanThreshold
        ? old.settings
        : next.settings,
  };
}
