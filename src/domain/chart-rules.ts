/**
 * The field rules and lookups that both the commands (which refuse bad edits)
 * and `validateChart` (which reports bad files) apply, so the two can never
 * disagree about what a valid chart is.
 */
import { labelOfNode } from '../theme/words';
import type { Chart, ChartSettings, Customer, Role } from './chart';

/** Where an id lives in a chart. */
export type IndexEntry =
  | { kind: 'role'; index: number; role: Role }
  | { kind: 'customer'; index: number; customer: Customer };

/** Every id in a chart, roles and customers together (ids are unique across both). */
export type ChartIndex = Map<string, IndexEntry>;

/**
 * One pass over the chart, so each command looks ids up in O(1) instead of
 * scanning 10,000 roles per lookup. Reads the plain chart, never an immer
 * draft: touching every draft element would create a proxy per role.
 * On bad data with a repeated id, the first occurrence wins.
 */
export function indexChart(chart: Chart): ChartIndex {
  const index: ChartIndex = new Map();
  chart.roles.forEach((role, i) => {
    if (!index.has(role.id)) index.set(role.id, { kind: 'role', index: i, role });
  });
  chart.customers.forEach((customer, i) => {
    if (!index.has(customer.id)) index.set(customer.id, { kind: 'customer', index: i, customer });
  });
  return index;
}

/** What people call an id: a role's title, a customer's name, or the bare id when unknown. */
export function labelOf(index: ChartIndex, id: string): string {
  const entry = index.get(id);
  return labelOfNode(entry?.kind === 'role' ? entry.role : entry?.customer, id);
}

/** `"text"`: how messages quote a title, name or id. */
export function quoted(text: string): string {
  return `"${text}"`;
}

/** True unless `value` is a string with something other than whitespace in it. */
export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** A whole number of 1 or more (headcounts and thresholds). */
export function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** Renders a value the user gave inside a message, without trusting its type. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) {
    return String(value);
  }
  return typeof value;
}

/** Why a headcount is not allowed, or null when it is. */
export function headcountProblem(title: string, value: unknown): string | null {
  if (isPositiveInteger(value)) return null;
  return `the headcount of ${quoted(title)} must be a whole number of 1 or more, not ${shown(value)}`;
}

/** The settings the analysis reads, each with the words the user knows it by. */
export const SETTINGS_LABELS: Readonly<Record<keyof ChartSettings, string>> = {
  farThreshold: 'far-from-customer threshold',
  spanThreshold: 'wide-span threshold',
};

export function isSettingsKey(key: string): key is keyof ChartSettings {
  return Object.prototype.hasOwnProperty.call(SETTINGS_LABELS, key);
}

/** Why a setting's value is not allowed, or null when it is. */
export function settingProblem(key: keyof ChartSettings, value: unknown): string | null {
  // Both thresholds count edges or reports; 0 would flag every role, so 1 is the floor.
  if (isPositiveInteger(value)) return null;
  return `the ${SETTINGS_LABELS[key]} must be a whole number of 1 or more, not ${shown(value)}`;
}

/** `A → B → C → A`: a reporting cycle in words, closed back on its first role. */
export function cycleText(index: ChartIndex, ids: readonly string[]): string {
  const first = ids[0];
  const closed = first === undefined ? [] : [...ids, first];
  return closed.map((id) => labelOf(index, id)).join(' → ');
}
