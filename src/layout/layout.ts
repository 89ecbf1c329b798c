/**
 * The layout engine: chart + view → node positions and tier bands.
 *
 * Pure and deterministic: every call builds fresh arrays from the chart and
 * shares nothing between calls, so it can move to a Web Worker unchanged.
 *
 * - The reporting hierarchy is a tidy tree (see tidy-tree.ts) with variable
 *   node widths, linear in the number of roles. A forest (several top leaders,
 *   or roles whose manager is unknown or on a reporting cycle) is laid out as
 *   trees side by side, in document order.
 * - Every depth is a row; a row is as tall as its tallest node (or block of
 *   stacked reports, see tree/blocks.ts), nodes are centred on its cards'
 *   line, rows are `gapY` apart.
 * - Traditional: top leaders in the top row, customers in a row below the
 *   deepest roles. Customer first is its exact mirror image: only y changes,
 *   so flipping the view moves every node vertically.
 * - Customers sit over the roles that serve them (see customer-row.ts).
 * - Service links never move nodes; the canvas draws them on top.
 *
 * Coordinates: x = 0 is the centre of the top leader (of a forest, midway
 * between the first and last top leaders). The top-leader row spans y = 0 to
 * its height in both views, so the other rows hang below it (traditional) or
 * stack above it at negative y (customer first). Use `bounds` for the extent.
 */
import type { Chart, Customer, NodeKind, TreeView } from '../domain/chart';
import { placeCustomers } from './customer-row';
import { buildForest } from './tree/forest';
import { rowTiers, tierBands, type Row } from './tiers';
import type { Tier } from '../theme/tiers';
import { arrangeRoles } from './arrange';
import { findBlocks } from './tree/blocks';

export type { Tier } from '../theme/tiers';

export interface Size {
  width: number;
  height: number;
}

/** A node's box; x, y is its TOP-LEFT corner. */
export interface PlacedNode {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  tier: Tier;
  /**
   * A role stacked in a block of reports (two or more rows): the x of the line
   * in the gap left of its column that its reporting line runs along, so it
   * never crosses the cards stacked between it and its manager.
   */
  busX?: number;
  /** With busX: where the bus starts, the y of the block's first-row edge that faces the manager. */
  busY?: number;
  /** With busX: the y of the block's far edge (its last row's edge away from the manager). */
  busFarY?: number;
}

/** A horizontal band behind the nodes of one tier. */
export interface TierBand {
  tier: Tier;
  label: string;
  y: number;
  height: number;
}

export interface Layout {
  /** Roles in document order, then customers in document order. */
  nodes: Map<string, PlacedNode>;
  /** Top to bottom as drawn. */
  bands: TierBand[];
  /** The box around all nodes; all zero for an empty chart. */
  bounds: { x: number; y: number; width: number; height: number };
}

export interface LayoutOptions {
  view: TreeView;
  /** size of each node; default role 240x96, customer 200x64 */
  sizeOf?: (kind: NodeKind, id: string) => Size;
  /** Least horizontal gap between neighbours on a row; default 32. */
  gapX?: number;
  /** Gap between rows; default 72. */
  gapY?: number;
  /**
   * The width : height the whole chart should aim at (the window's). Given,
   * the reports of a manager whose hint is automatic (the default) that have
   * no reports of their own are stacked into a block, with the number of
   * columns (the same cap for every such block) that brings the chart's shape
   * closest to it (see arrange.ts). Absent, they stay side by side: only a
   * role whose hint is "stacked" gets a block (one column).
   */
  targetAspect?: number;
}

export const DEFAULT_ROLE_SIZE: Size = Object.freeze({ width: 240, height: 96 });
export const DEFAULT_CUSTOMER_SIZE: Size = Object.freeze({ width: 200, height: 64 });

const defaultSizeOf = (kind: NodeKind): Size =>
  kind === 'role' ? DEFAULT_ROLE_SIZE : DEFAULT_CUSTOMER_SIZE;

/**
 * Lays out a chart for a view. Never throws on bad input: a role whose
 * manager is unknown or on a reporting cycle becomes a top leader; a repeated
 * id (across roles and customers) is placed once, for its first holder.
 */
export function layoutChart(chart: Chart, options: LayoutOptions): Layout {
  const sizeOf = options.sizeOf ?? defaultSizeOf;
  const gapX = options.gapX ?? 32;
  const gapY = options.gapY ?? 72;
  const mirrored = options.view === 'customer-first';

  const forest = buildForest(chart.roles);
  const { n, roles, depth, childCount, rows } = forest;

  const roleWidth = new Float64Array(n);
  const roleHeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const size = sizeOf('role', roles[i]!.id);
    roleWidth[i] = size.width;
    roleHeight[i] = size.height;
  }
  const roleIds = forest.indexOf;
  const customers: Customer[] = [];
  const customerIds = new Set<string>();
  for (const customer of chart.customers) {
    if (roleIds.has(customer.id) || customerIds.has(customer.id)) continue;
    customerIds.add(customer.id);
    customers.push(customer);
  }
  const m = customers.length;
  const customerWidth = new Float64Array(m);
  const customerHeight = new Float64Array(m);
  let customerRowHeight = 0;
  for (let c = 0; c < m; c++) {
    const size = sizeOf('customer', customers[c]!.id);
    customerWidth[c] = size.width;
    customerHeight[c] = size.height;
    if (size.height > customerRowHeight) customerRowHeight = size.height;
  }
  const target = options.targetAspect;
  const aiming = target !== undefined && Number.isFinite(target) && target > 0;
  const hintOf = (i: number) => roles[i]!.reportsLayout ?? 'auto';
  const unstacked = findBlocks(forest, (i) => (hintOf(i) === 'auto' ? 'side-by-side' : hintOf(i)));
  const blocks = aiming ? findBlocks(forest, hintOf) : unstacked;
  const placement = arrangeRoles(
    forest,
    blocks,
    aiming ? unstacked : null,
    roleWidth,
    roleHeight,
    gapX,
    gapY,
    {
      target: aiming ? target : undefined,
      extraHeight: m > 0 ? gapY + customerRowHeight : 0,
      aspectOf: (placed) => {
        // The box around the roles and the customer row, as placed below.
        let left = Infinity;
        let right = -Infinity;
        for (let i = 0; i < n; i++) {
          left = Math.min(left, placed.roleX[i]! - roleWidth[i]! / 2);
          right = Math.max(right, placed.roleX[i]! + roleWidth[i]! / 2);
        }
        const xs = placeCustomers(customers, customerWidth, roles, placed.roleX, right, gapX);
        for (let c = 0; c < m; c++) {
          left = Math.min(left, xs[c]! - customerWidth[c]! / 2);
          right = Math.max(right, xs[c]! + customerWidth[c]! / 2);
        }
        const last = rows - 1;
        const height =
          placed.rowTop[last]! + placed.rowHeight[last]! + (m > 0 ? gapY + customerRowHeight : 0);
        return height > 0 && right > left ? (right - left) / height : 1;
      },
    },
  );
  const { roleX, roleTop, rowTop, rowHeight, busX, busRowTop, busRowHeight, busLastTop } =
    placement;

  const rolesInRow = new Int32Array(rows);
  const leavesInRow = new Int32Array(rows);
  let rightEdge: number | null = null;
  for (let i = 0; i < n; i++) {
    const d = depth[i]!;
    rolesInRow[d] = rolesInRow[d]! + 1;
    if (childCount[i] === 0) leavesInRow[d] = leavesInRow[d]! + 1;
    const right = roleX[i]! + roleWidth[i]! / 2;
    if (rightEdge === null || right > rightEdge) rightEdge = right;
  }
  const tiers = rowTiers(rolesInRow, leavesInRow);

  const customerX = placeCustomers(customers, customerWidth, roles, roleX, rightEdge, gapX);
  const customerRowTop = rows === 0 ? 0 : rowTop[rows - 1]! + rowHeight[rows - 1]! + gapY;

  // Customer first mirrors traditional about the middle of the first row.
  const axis = rows > 0 ? rowHeight[0]! : customerRowHeight;
  const toView = mirrored
    ? (top: number, height: number): number => axis - top - height
    : (top: number, _height: number): number => top;

  const nodes = new Map<string, PlacedNode>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const place = (
    id: string,
    kind: NodeKind,
    centreX: number,
    top: number,
    width: number,
    height: number,
    tier: Tier,
  ): void => {
    const x = centreX - width / 2;
    const y = toView(top, height);
    nodes.set(id, { id, kind, x, y, width, height, tier });
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x + width > maxX) maxX = x + width;
    if (y + height > maxY) maxY = y + height;
  };

  for (let i = 0; i < n; i++) {
    place(
      roles[i]!.id,
      'role',
      roleX[i]!,
      roleTop[i]!,
      roleWidth[i]!,
      roleHeight[i]!,
      tiers[depth[i]!]!,
    );
    const bus = busX[i]!;
    if (!Number.isNaN(bus)) {
      const node = nodes.get(roles[i]!.id)!;
      const top = busRowTop[i]!;
      const height = busRowHeight[i]!;
      node.busX = bus;
      // The first row's edge toward the manager: its top in traditional, its bottom mirrored.
      node.busY = mirrored ? toView(top, height) + height : top;
      const last = busLastTop[i]!;
      node.busFarY = mirrored ? toView(last, height) : last + height;
    }
  }
  for (let c = 0; c < m; c++) {
    const h = customerHeight[c]!;
    const top = customerRowTop + (customerRowHeight - h) / 2;
    place(customers[c]!.id, 'customer', customerX[c]!, top, customerWidth[c]!, h, 'customers');
  }

  const bandRows: Row[] = [];
  for (let d = 0; d < rows; d++) {
    bandRows.push({ tier: tiers[d]!, top: rowTop[d]!, height: rowHeight[d]! });
  }
  if (m > 0) bandRows.push({ tier: 'customers', top: customerRowTop, height: customerRowHeight });
  const bands = tierBands(bandRows, gapY, toView, mirrored);

  const bounds =
    nodes.size === 0
      ? { x: 0, y: 0, width: 0, height: 0 }
      : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { nodes, bands, bounds };
}
