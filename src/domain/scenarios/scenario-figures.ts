/**
 * The figures of a scenario against its base: before, after and change for
 * every figure an HR lead takes to a board, the distributions of spans and of
 * customer distances, and the flags a redesign raises or resolves.
 */
import type { Chart } from '../chart';
import type { Analysis, ChartFigures, Flag } from '../analysis/service-paths';

/** How a figure is written: a count, a share (0..1), or a mean with decimals. */
export type FigureFormat = 'count' | 'share' | 'decimal';

export interface FigureRow {
  key: string;
  label: string;
  format: FigureFormat;
  before: number | null;
  after: number | null;
  /** after − before; null when either side has no value. */
  change: number | null;
  /** Whether a rise is good news for the customer lens (shares with a path), bad (distance), or neither. */
  better: 'up' | 'down' | null;
}

type FigureKey = keyof ChartFigures;

const ROWS: readonly {
  key: FigureKey;
  label: string;
  format: FigureFormat;
  better: 'up' | 'down' | null;
}[] = [
  { key: 'roles', label: 'Roles', format: 'count', better: null },
  { key: 'headcount', label: 'Headcount', format: 'count', better: null },
  { key: 'managers', label: 'Managers', format: 'count', better: null },
  { key: 'layers', label: 'Layers', format: 'count', better: 'down' },
  { key: 'spanMin', label: 'Span, smallest', format: 'count', better: null },
  { key: 'spanMedian', label: 'Span, median', format: 'decimal', better: null },
  { key: 'spanMax', label: 'Span, largest', format: 'count', better: null },
  {
    key: 'shareRolesWithPath',
    label: 'Roles with a path to a customer',
    format: 'share',
    better: 'up',
  },
  {
    key: 'shareHeadcountWithPath',
    label: 'People with a path to a customer',
    format: 'share',
    better: 'up',
  },
  { key: 'meanDistance', label: 'Customer distance, mean', format: 'decimal', better: 'down' },
  { key: 'maxDistance', label: 'Customer distance, largest', format: 'count', better: 'down' },
];

export function figureRows(before: ChartFigures, after: ChartFigures): FigureRow[] {
  return ROWS.map(({ key, label, format, better }) => {
    const a = before[key];
    const b = after[key];
    return {
      key,
      label,
      format,
      better,
      before: a,
      after: b,
      change: a === null || b === null ? null : b - a,
    };
  });
}

/** One bar of a distribution: a value (a span, a distance; null = no path) and how many roles have it. */
export interface Bin {
  value: number | null;
  label: string;
  before: number;
  after: number;
}

function counts(values: Iterable<number | null>): Map<number | null, number> {
  const result = new Map<number | null, number>();
  for (const value of values) result.set(value, (result.get(value) ?? 0) + 1);
  return result;
}

function bins(
  before: Map<number | null, number>,
  after: Map<number | null, number>,
  label: (value: number | null) => string,
): Bin[] {
  const numbers = [...new Set([...before.keys(), ...after.keys()])].filter((v) => v !== null);
  const max = numbers.length ? Math.max(...numbers) : 0;
  const min = numbers.length ? Math.min(...numbers) : 0;
  const result: Bin[] = [];
  // Every value between the smallest and largest gets a bar, so gaps show as gaps.
  for (let v = min; v <= max && numbers.length; v++) {
    result.push({
      value: v,
      label: label(v),
      before: before.get(v) ?? 0,
      after: after.get(v) ?? 0,
    });
  }
  if (before.has(null) || after.has(null)) {
    result.push({
      value: null,
      label: label(null),
      before: before.get(null) ?? 0,
      after: after.get(null) ?? 0,
    });
  }
  return result;
}

/** Spans of control: for each number of direct reports, how many managers have it. */
export function spanBins(before: Analysis, after: Analysis): Bin[] {
  const spans = (analysis: Analysis) =>
    counts([...analysis.roles.values()].filter((r) => r.reports > 0).map((r) => r.reports));
  return bins(spans(before), spans(after), (v) => String(v));
}

/** Customer distances: for each number of steps, how many roles; roles with no path in a last bar. */
export function distanceBins(before: Analysis, after: Analysis): Bin[] {
  const distances = (analysis: Analysis) =>
    counts([...analysis.roles.values()].map((r) => r.distance));
  return bins(distances(before), distances(after), (v) => (v === null ? 'No path' : String(v)));
}

export interface FlagChange {
  flag: Flag;
  /** The role's title in the chart the flag belongs to. */
  title: string;
}

/** Flags in the scenario that the base did not have, and flags of the base the scenario resolved. */
export function flagChanges(
  base: { chart: Chart; analysis: Analysis },
  scenario: { chart: Chart; analysis: Analysis },
): { raised: FlagChange[]; resolved: FlagChange[] } {
  const key = (flag: Flag) => `${flag.kind}\u0000${flag.roleId}`;
  const titles = (chart: Chart) => new Map(chart.roles.map((r) => [r.id, r.title]));
  const only = (from: { chart: Chart; analysis: Analysis }, other: Analysis): FlagChange[] => {
    const there = new Set(other.flags.map(key));
    const names = titles(from.chart);
    return from.analysis.flags
      .filter((flag) => !there.has(key(flag)))
      .map((flag) => ({ flag, title: names.get(flag.roleId) ?? flag.roleId }));
  };
  return { raised: only(scenario, base.analysis), resolved: only(base, scenario.analysis) };
}
