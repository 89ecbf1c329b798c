/**
 * A change to a chart as records keyed by id (as tldraw's store diffs are):
 * the roles and customers put or removed, and the chart's own fields that
 * changed. The journal keeps these rather than immer patches, whose paths
 * are array indices: a diff applies the same on the chart it was made on
 * (exactly, order included) and on a newer one another tab saved since (the
 * records it names win, the rest of the newer chart stays), and applying it
 * twice changes nothing more (replay is idempotent).
 */
import type { Chart, ChartSettings, Customer, Role } from '../../../domain/chart';

/** Records of one kind put (at their index in the new chart) or removed, by id. */
export interface RecordChanges<T> {
  put: { at: number; value: T }[];
  remove: string[];
  /** Every id in its new order, only when surviving records changed order. */
  order?: string[];
}

export interface ChartDiff {
  name?: string;
  settings?: ChartSettings;
  /** The chart's unknown fields; null when they were dropped. */
  extra?: Record<string, unknown> | null;
  /** The trainer's Teach captions; null when the last one was cleared. */
  teachCaptions?: Record<string, string> | null;
  roles?: RecordChanges<Role>;
  customers?: RecordChanges<Customer>;
}

/** True when the diff changes nothing. */
export function isEmptyDiff(diff: ChartDiff): boolean {
  return Object.keys(diff).length === 0;
}

/**
 * What changed from `before` to `after`. Linear in the records; records the
 * change left alone are the same objects (immer shares them), so only the
 * touched ones are put.
 */
export function diffCharts(before: Chart, after: Chart): ChartDiff {
  const diff: ChartDiff = {};
  if (before === after) return diff;
  if (before.name !== after.name) diff.name = after.name;
  if (before.settings !== after.settings) diff.settings = after.settings;
  if (before.extra !== after.extra) diff.extra = after.extra ?? null;
  if (before.teachCaptions !== after.teachCaptions) {
    diff.teachCaptions = after.teachCaptions ?? null;
  }
  const roles = diffRecords(before.roles, after.roles);
  if (roles) diff.roles = roles;
  const customers = diffRecords(before.customers, after.customers);
  if (customers) diff.customers = customers;
  return diff;
}

function diffRecords<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): RecordChanges<T> | undefined {
  if (before === after) return undefined;
  // Most edits change records in place: compare slot by slot, no index needed
  // (measured: 34 ms → a fraction at 20,000 roles).
  if (before.length === after.length) {
    const put: RecordChanges<T>['put'] = [];
    let inPlace = true;
    for (let at = 0; at < after.length; at += 1) {
      const record = after[at] as T;
      const was = before[at] as T;
      if (record === was) continue;
      if (record.id !== was.id) {
        inPlace = false;
        break;
      }
      put.push({ at, value: record });
    }
    if (inPlace) return put.length === 0 ? undefined : { put, remove: [] };
  }
  const indexOf = new Map<string, number>();
  before.forEach((record, index) => indexOf.set(record.id, index));
  const put: RecordChanges<T>['put'] = [];
  const kept = new Set<string>();
  let last = -1;
  let ordered = true;
  after.forEach((record, at) => {
    kept.add(record.id);
    const was = indexOf.get(record.id);
    if (was === undefined) {
      put.push({ at, value: record });
      return;
    }
    if (before[was] !== record) put.push({ at, value: record });
    if (was < last) ordered = false;
    last = was;
  });
  const remove = before.filter((record) => !kept.has(record.id)).map((record) => record.id);
  if (put.length === 0 && remove.length === 0 && ordered) return undefined;
  const changes: RecordChanges<T> = { put, remove };
  if (!ordered) changes.order = after.map((record) => record.id);
  return changes;
}

/** `chart` with `diff` applied: a new chart, `chart` untouched. */
export function applyDiff(chart: Chart, diff: ChartDiff): Chart {
  if (isEmptyDiff(diff)) return chart;
  const next: Chart = { ...chart };
  if (diff.name !== undefined) next.name = diff.name;
  if (diff.settings !== undefined) next.settings = diff.settings;
  if (diff.extra !== undefined) {
    if (diff.extra === null) delete next.extra;
    else next.extra = diff.extra;
  }
  if (diff.teachCaptions !== undefined) {
    if (diff.teachCaptions === null) delete next.teachCaptions;
    else next.teachCaptions = diff.teachCaptions;
  }
  if (diff.roles) next.roles = applyRecords(chart.roles, diff.roles);
  if (diff.customers) next.customers = applyRecords(chart.customers, diff.customers);
  return next;
}

function applyRecords<T extends { id: string }>(
  records: readonly T[],
  changes: RecordChanges<T>,
): T[] {
  const removed = new Set(changes.remove);
  const puts = new Map(changes.put.map((put) => [put.value.id, put]));
  const next: T[] = [];
  // Records already there are replaced where they stand...
  for (const record of records) {
    if (removed.has(record.id)) continue;
    const put = puts.get(record.id);
    if (put) puts.delete(record.id);
    next.push(put ? put.value : record);
  }
  // ...new ones go to their index, lowest first, which on the chart the diff was
  // made on puts every record exactly where it was.
  for (const put of [...puts.values()].sort((a, b) => a.at - b.at)) {
    next.splice(Math.min(put.at, next.length), 0, put.value);
  }
  if (!changes.order) return next;
  const rank = new Map(changes.order.map((id, index) => [id, index]));
  const last = changes.order.length;
  return next
    .map((record, index) => ({ record, index }))
    .sort(
      (a, b) =>
        (rank.get(a.record.id) ?? last + a.index) - (rank.get(b.record.id) ?? last + b.index),
    )
    .map(({ record }) => record);
}
