/**
 * Random charts for the layout's property tests (fast-check arbitraries), and
 * helpers that read a chart's hierarchy independently of the layout code.
 */
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  emptyChart,
  type Chart,
  type Customer,
  type Role,
} from '../../domain/chart';
import { generateChart, mulberry32 } from '../../domain/samples/generate-chart';
import type { Layout, PlacedNode, Size } from '../layout';

/** Tolerance for comparing coordinates. */
export const EPS = 1e-6;

export interface RandomChart {
  chart: Chart;
  /** The size of every node, by id. */
  sizes: Map<string, Size>;
  gapX: number;
  gapY: number;
}

const width = fc.integer({ min: 40, max: 320 });
const height = fc.integer({ min: 24, max: 140 });

const roleSpec = fc.record({
  /** 0: a top leader (a forest), 1: reports to the role made just before (deep chains). */
  kind: fc.integer({ min: 0, max: 11 }),
  manager: fc.nat(),
  customers: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 }),
  roleLinks: fc.array(fc.nat(), { maxLength: 2 }),
  width,
  height,
});

/**
 * Valid charts of up to `maxRoles` roles: forests, deep chains and wide spans,
 * customers served by many roles, roles serving several customers, service
 * links between any two roles (across the hierarchy), variable node sizes, and
 * a document order shuffled so that managers need not come before reports.
 */
export function arbitraryChart(maxRoles = 250): fc.Arbitrary<RandomChart> {
  return fc
    .record({
      roles: fc.array(roleSpec, { maxLength: maxRoles, size: 'max' }),
      customers: fc.array(fc.record({ width, height }), { maxLength: 6 }),
      shuffle: fc.nat(),
      gapX: fc.integer({ min: 1, max: 64 }),
      gapY: fc.integer({ min: 1, max: 96 }),
    })
    .map(({ roles: specs, customers: customerSpecs, shuffle, gapX, gapY }) => {
      const sizes = new Map<string, Size>();
      const customers: Customer[] = customerSpecs.map((spec, c) => {
        sizes.set(`c${c}`, { width: spec.width, height: spec.height });
        return { id: `c${c}`, name: `Customer ${c}` };
      });
      const roles: Role[] = specs.map((spec, i) => {
        const reportsTo =
          i === 0 || spec.kind === 0 ? null : `r${spec.kind === 1 ? i - 1 : spec.manager % i}`;
        const serves: string[] = [];
        if (customers.length > 0) {
          for (const c of spec.customers) {
            const id = `c${c % customers.length}`;
            if (!serves.includes(id)) serves.push(id);
          }
        }
        for (const target of spec.roleLinks) {
          const id = `r${target % specs.length}`;
          if (id !== `r${i}` && !serves.includes(id)) serves.push(id);
        }
        sizes.set(`r${i}`, { width: spec.width, height: spec.height });
        return { id: `r${i}`, title: `Role ${i}`, headcount: 1, reportsTo, serves };
      });
      const random = mulberry32(shuffle);
      for (let k = roles.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [roles[k], roles[j]] = [roles[j]!, roles[k]!];
      }
      const chart: Chart = { name: 'Random', customers, roles, settings: { ...DEFAULT_SETTINGS } };
      return { chart, sizes, gapX, gapY };
    });
}

/** Charts from generateChart (realistic shapes, cross links), with random node sizes. */
export function arbitraryGeneratedChart(maxRoles = 400): fc.Arbitrary<RandomChart> {
  return fc
    .record({
      roles: fc.integer({ min: 0, max: maxRoles }),
      seed: fc.integer(),
      crossLinkShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
      customers: fc.integer({ min: 0, max: 5 }),
      sizeSeed: fc.integer(),
      gapX: fc.integer({ min: 1, max: 64 }),
      gapY: fc.integer({ min: 1, max: 96 }),
    })
    .map(({ sizeSeed, gapX, gapY, ...options }) => {
      const chart = generateChart(options);
      const random = mulberry32(sizeSeed);
      const sizes = new Map<string, Size>();
      for (const node of [...chart.roles, ...chart.customers]) {
        sizes.set(node.id, {
          width: 40 + Math.floor(random() * 280),
          height: 24 + Math.floor(random() * 116),
        });
      }
      return { chart, sizes, gapX, gapY };
    });
}

/** Either kind of random chart. */
export const anyChart: fc.Arbitrary<RandomChart> = fc.oneof(
  arbitraryChart(),
  arbitraryGeneratedChart(),
);

/** The reporting hierarchy of a valid chart, read straight from `reportsTo`. */
export interface Hierarchy {
  /** Direct reports of each role, in document order. */
  reports: Map<string, string[]>;
  /** Top leaders, in document order. */
  topLeaders: string[];
  depth: Map<string, number>;
}

export function hierarchyOf(chart: Chart): Hierarchy {
  const reports = new Map<string, string[]>();
  const topLeaders: string[] = [];
  for (const role of chart.roles) reports.set(role.id, []);
  for (const role of chart.roles) {
    if (role.reportsTo === null) topLeaders.push(role.id);
    else reports.get(role.reportsTo)!.push(role.id);
  }
  const depth = new Map<string, number>();
  const stack: [string, number][] = topLeaders.map((id) => [id, 0]);
  while (stack.length > 0) {
    const [id, d] = stack.pop()!;
    depth.set(id, d);
    for (const report of reports.get(id)!) stack.push([report, d + 1]);
  }
  return { reports, topLeaders, depth };
}

/** Every role in the subtree of `id` (itself included). */
export function subtreeOf(hierarchy: Hierarchy, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const v = stack.pop()!;
    out.push(v);
    stack.push(...hierarchy.reports.get(v)!);
  }
  return out;
}

/** The placed node of an id; throws when the layout left it out. */
export function node(layout: Layout, id: string): PlacedNode {
  const placed = layout.nodes.get(id);
  if (!placed) throw new Error(`${id} was not placed`);
  return placed;
}

/** Box edges of a placed node. */
export const centreX = (n: PlacedNode): number => n.x + n.width / 2;
export const bottom = (n: PlacedNode): number => n.y + n.height;
export const right = (n: PlacedNode): number => n.x + n.width;

/** A role with just the fields the layout reads. */
export function role(id: string, reportsTo: string | null, serves: string[] = []): Role {
  return { id, title: id, headcount: 1, reportsTo, serves };
}

/** A chart of these roles and customers (named by their ids). */
export function chartOf(roles: Role[], customers: string[] = []): Chart {
  return {
    ...emptyChart('Test'),
    roles,
    customers: customers.map((id) => ({ id, name: id })),
  };
}

/** Two nodes whose boxes overlap (touching is fine), or null. */
export function findOverlap(layout: Layout): [PlacedNode, PlacedNode] | null {
  const nodes = [...layout.nodes.values()].sort((a, b) => a.x - b.x);
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    // Sorted by left edge: only nodes starting before a ends can overlap it.
    for (let j = i + 1; j < nodes.length && nodes[j]!.x < right(a) - EPS; j++) {
      const b = nodes[j]!;
      if (bottom(a) > b.y + EPS && bottom(b) > a.y + EPS) return [a, b];
    }
  }
  return null;
}
