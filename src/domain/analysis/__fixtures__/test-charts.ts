/** Small charts for the service-analysis tests: roles by hand, one customer ("Shoppers"). */
import { DEFAULT_SETTINGS, type Chart, type Role } from '../../chart';
import type { Flag } from '../service-paths';

/** A role of `headcount` people (one unless said) reporting to `reportsTo`, serving `serves`. */
export function role(
  id: string,
  title: string,
  reportsTo: string | null,
  serves: string[] = [],
  headcount = 1,
): Role {
  return { id, title, reportsTo, serves, headcount };
}

/** A chart named "Test" of `roles`, serving Shoppers, with the default settings but `settings`. */
export function chartOf(roles: Role[], settings: Partial<Chart['settings']> = {}): Chart {
  return {
    name: 'Test',
    customers: [{ id: 'shoppers', name: 'Shoppers' }],
    roles,
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}

/** Flags as `roleId:kind` strings, in their order, for compact assertions. */
export const kinds = (flags: Flag[]) => flags.map((f) => `${f.roleId}:${f.kind}`);
