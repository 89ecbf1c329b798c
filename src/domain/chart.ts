/**
 * The chart: Upturn's plain data. Stable ids, no positions (positions are
 * always the layout's), arrays in document order (the order siblings are drawn).
 * Every change to a chart is a command (see commands/apply-command.ts), never a hand edit.
 */

/** How a manager's reports with no reports of their own are drawn (see Role.reportsLayout). */
export const REPORTS_LAYOUTS = ['auto', 'side-by-side', 'stacked'] as const;
export type ReportsLayout = (typeof REPORTS_LAYOUTS)[number];

export function isReportsLayout(value: unknown): value is ReportsLayout {
  return typeof value === 'string' && (REPORTS_LAYOUTS as readonly string[]).includes(value);
}

/** A position in the organisation. */
export interface Role {
  /** Stable and unique across roles and customers. */
  id: string;
  /** Required, never blank. */
  title: string;
  /** Name of the holder, if any. */
  person?: string;
  team?: string;
  /** Positive integer; a role may stand for 40 cashiers. */
  headcount: number;
  /** Id of the one line manager, or null for a top leader. */
  reportsTo: string | null;
  /** Ids of the roles or customers this role serves directly. */
  serves: string[];
  /**
   * A layout hint for this role's reports that have no reports of their own:
   * drawn side by side, stacked in a column, or chosen by the layout to shape
   * the chart like the window (absent = automatic). Never a position.
   */
  reportsLayout?: ReportsLayout;
  /** Fields a newer Upturn (or an HRIS) wrote that this one does not know: kept, never dropped. */
  extra?: Record<string, unknown>;
}

/** A customer group, e.g. "Shoppers". Customers sit at the top of the inverted triangle. */
export interface Customer {
  id: string;
  name: string;
  extra?: Record<string, unknown>;
}

/** Thresholds the analysis reads. */
export interface ChartSettings {
  /** A front-line role farther than this from a customer is flagged "far from customer". */
  farThreshold: number;
  /** A manager with more direct reports than this has a "wide span". */
  spanThreshold: number;
}

export interface Chart {
  name: string;
  customers: Customer[];
  roles: Role[];
  settings: ChartSettings;
  /**
   * Captions the trainer wrote for the steps of Teach, by step id (see
   * teaching/teach-steps.ts); a step without one shows its default.
   */
  teachCaptions?: Record<string, string>;
  /** Unknown top-level document fields, kept for a lossless round trip. */
  extra?: Record<string, unknown>;
}

/**
 * The views of a chart: the two of the reporting tree (customer first, the
 * traditional pyramid), laid out by the engine, and the service-distance view
 * (roles in rows by their distance to a customer), laid out apart.
 */
export type View = 'customer-first' | 'traditional' | 'service-distance';

/** The views of the reporting tree, mirror images of each other. */
export type TreeView = Exclude<View, 'service-distance'>;

/** Every view, in the order the view switch offers them. */
export const VIEWS: readonly View[] = ['customer-first', 'traditional', 'service-distance'];

export const DEFAULT_SETTINGS: ChartSettings = { farThreshold: 3, spanThreshold: 10 };

/** A chart with nothing in it. */
export function emptyChart(name = 'Untitled chart'): Chart {
  return { name, customers: [], roles: [], settings: { ...DEFAULT_SETTINGS } };
}

/** What a node id names in a chart. */
export type NodeKind = 'role' | 'customer';
