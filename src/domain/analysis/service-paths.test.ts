import { describe, expect, it } from 'vitest';
import { emptyChart } from '../chart';
import { sampleChart } from '../samples/sample-chart';
import { analyseChart, explainPath } from './service-paths';
import { chartOf, kinds, role } from './__fixtures__/test-charts';

describe('analyseChart on the sample chart', () => {
  const chart = sampleChart();
  const analysis = analyseChart(chart);

  it('flags exactly the assistant, the strategy office and internal audit as having no path', () => {
    const noPath = analysis.flags.filter((f) => f.kind === 'no-path').map((f) => f.roleId);
    expect(noPath).toEqual(['ea', 'strategy', 'audit']);
    expect(analysis.flagsByRole.get('audit')).toEqual([
      {
        roleId: 'audit',
        kind: 'no-path',
        message: 'Internal Auditor has no path to a customer: it serves no one and has no reports.',
        hint: 'Link it to a role or customer it serves.',
      },
    ]);
  });

  it('flags the IT Manager with a span of one', () => {
    expect(analysis.flagsByRole.get('it-manager')).toEqual([
      {
        roleId: 'it-manager',
        kind: 'span-one',
        message: 'IT Manager has a span of one: a single direct report.',
      },
    ]);
  });

  it('gives the CEO a path to a customer', () => {
    const ceo = analysis.roles.get('ceo');
    expect(ceo).toMatchObject({ hasPath: true, depth: 0 });
    expect(ceo?.path[0]).toBe('ceo');
    expect(chart.customers.map((c) => c.id)).toContain(ceo?.path.at(-1));
    expect(ceo?.path).toHaveLength((ceo?.distance ?? 0) + 1);
    expect(analysis.flagsByRole.has('ceo')).toBe(false);
  });

  it('follows service links across the hierarchy', () => {
    // IT Support serves store staff; the first one it lists wins the tie.
    expect(analysis.roles.get('it-support')?.path).toEqual([
      'it-support',
      'associates-north',
      'shoppers',
    ]);
  });
});

describe('a small chart checked by hand', () => {
  const chart = chartOf([
    role('ceo', 'CEO', null),
    role('ops', 'Head of Ops', 'ceo'),
    role('store', 'Store Manager', 'ops'),
    role('cash', 'Cashier', 'store', ['shoppers'], 10),
    role('greet', 'Greeter', 'store', ['shoppers'], 4),
    role('it', 'IT Lead', 'ceo', ['cash']),
    role('pa', 'Assistant', 'ceo'),
    role('aud', 'Auditor', 'ceo', [], 2),
  ]);
  const analysis = analyseChart(chart);

  it('finds shortest distances, through a service link where it is shorter', () => {
    const distances = chart.roles.map((r) => analysis.roles.get(r.id)?.distance);
    expect(distances).toEqual([3, 3, 2, 1, 1, 2, null, null]);
    // Head of Ops is 3 away, the IT Lead 2: the CEO's path runs through IT.
    expect(analysis.roles.get('ceo')?.path).toEqual(['ceo', 'it', 'cash', 'shoppers']);
    // Cashier and Greeter tie; the first report in document order wins.
    expect(analysis.roles.get('store')?.path).toEqual(['store', 'cash', 'shoppers']);
  });

  it('flags the head of ops, the assistant and the auditor', () => {
    expect(kinds(analysis.flags)).toEqual(['ops:span-one', 'pa:no-path', 'aud:no-path']);
  });

  it('computes the figures', () => {
    expect(analysis.figures).toEqual({
      roles: 8,
      headcount: 21,
      rolesWithPath: 6,
      headcountWithPath: 18,
      shareRolesWithPath: 6 / 8,
      shareHeadcountWithPath: 18 / 21,
      meanDistance: 12 / 6,
      maxDistance: 3,
      layers: 4,
      managers: 3,
      spanMin: 1,
      spanMedian: 2, // spans 1, 2, 4
      spanMax: 4,
    });
  });
});

describe('the service graph', () => {
  it('does not count reporting upward as service, until the role serves its boss', () => {
    const before = chartOf([role('ceo', 'CEO', null), role('fl', 'Clerk', 'ceo', ['shoppers'])]);
    before.roles.push(role('ea', 'Assistant', 'ceo'));
    expect(analyseChart(before).roles.get('ea')?.hasPath).toBe(false);

    before.roles[2]!.serves = ['ceo'];
    const after = analyseChart(before).roles.get('ea');
    expect(after?.distance).toBe(3);
    expect(after?.path).toEqual(['ea', 'ceo', 'fl', 'shoppers']);
  });

  it('prefers what a role serves over its reports, then document order', () => {
    const chart = chartOf([
      role('m', 'Manager', null, ['b']),
      role('a1', 'Agent 1', 'm', ['shoppers']),
      role('a2', 'Agent 2', 'm', ['shoppers']),
      role('b', 'Greeter', null, ['shoppers']),
    ]);
    expect(analyseChart(chart).roles.get('m')?.path).toEqual(['m', 'b', 'shoppers']);
    chart.roles[0]!.serves = [];
    expect(analyseChart(chart).roles.get('m')?.path).toEqual(['m', 'a1', 'shoppers']);
    chart.roles.reverse();
    expect(analyseChart(chart).roles.get('m')?.path).toEqual(['m', 'a2', 'shoppers']);
  });

  it('survives bad stored data: a reporting cycle, unknown ids and self links', () => {
    const chart = chartOf([
      role('a', 'A', 'c', ['shoppers']),
      role('b', 'B', 'a'),
      role('c', 'C', 'b'),
      role('lost', 'Lost', 'ghost', ['ghost', 'lost']),
      role('self', 'Self', 'self'),
    ]);
    const analysis = analyseChart(chart);
    // b and c support a through the cycle; depths are finite and distinct along it.
    expect(analysis.roles.get('c')?.path).toEqual(['c', 'a', 'shoppers']);
    expect(analysis.roles.get('b')?.distance).toBe(3);
    const depths = ['a', 'b', 'c'].map((id) => analysis.roles.get(id)?.depth);
    expect([...depths].sort()).toEqual([0, 1, 2]);
    expect(analysis.roles.get('lost')).toMatchObject({ hasPath: false, depth: 0, path: [] });
    expect(analysis.roles.get('self')).toMatchObject({ reports: 0, depth: 0 });
    expect(analysis.flagsByRole.get('lost')?.[0]?.message).toBe(
      'Lost has no path to a customer: it serves no one and has no reports.',
    );
  });

  it('keeps paths correct for a very long chain (built on first read)', () => {
    const n = 3000;
    const roles = Array.from({ length: n }, (_, i) =>
      role(`r${i}`, `R${i}`, i === 0 ? null : `r${i - 1}`, i === n - 1 ? ['shoppers'] : []),
    );
    const top = analyseChart(chartOf(roles)).roles.get('r0')!;
    expect(top.distance).toBe(n);
    // Past the eager budget the path is an accessor; it must still read, spread and serialise as data.
    expect(Object.getOwnPropertyDescriptor(top, 'path')?.get).toBeTypeOf('function');
    expect(top.path).toHaveLength(n + 1);
    expect(top.path.slice(0, 2)).toEqual(['r0', 'r1']);
    expect({ ...top }.path.at(-1)).toBe('shoppers');
    expect(JSON.parse(JSON.stringify(top)).path).toEqual(top.path);
  });
});

describe('figures', () => {
  it('has neutral figures for an empty chart', () => {
    expect(analyseChart(emptyChart()).figures).toEqual({
      roles: 0,
      headcount: 0,
      rolesWithPath: 0,
      headcountWithPath: 0,
      shareRolesWithPath: 1,
      shareHeadcountWithPath: 1,
      meanDistance: null,
      maxDistance: null,
      layers: 0,
      spanMin: null,
      spanMedian: null,
      spanMax: null,
      managers: 0,
    });
  });

  it('weights the headcount share by headcount and takes the mean of the middle spans', () => {
    const chart = chartOf([
      role('a', 'A', null, [], 1),
      role('b', 'B', null, [], 1),
      role('a1', 'A1', 'a', ['shoppers'], 40),
      role('b1', 'B1', 'b', [], 9),
      role('b2', 'B2', 'b', [], 1),
      role('b3', 'B3', 'b', [], 1),
    ]);
    const { figures } = analyseChart(chart);
    expect(figures.shareHeadcountWithPath).toBeCloseTo(41 / 53);
    expect(figures.shareRolesWithPath).toBeCloseTo(2 / 6);
    expect(figures).toMatchObject({ managers: 2, spanMin: 1, spanMedian: 2, spanMax: 3 });
  });
});

describe('explainPath', () => {
  const chart = sampleChart();
  const analysis = analyseChart(chart);

  it('spells out a path by title and customer name', () => {
    expect(explainPath(chart, analysis, 'accountants')).toBe(
      'Store Accountant is 3 steps from a customer: ' +
        'Store Accountant → Store Manager, North → Sales Associate → Shoppers.',
    );
    expect(explainPath(chart, analysis, 'merchandiser')).toBe(
      'Web Merchandiser serves Online buyers directly.',
    );
  });

  it('explains a missing path, and an unknown id', () => {
    expect(explainPath(chart, analysis, 'ea')).toBe(
      'Executive Assistant has no path to a customer: it serves no one and has no reports.',
    );
    expect(explainPath(chart, analysis, 'nobody')).toBe(
      'There is no role with id "nobody" in this chart.',
    );
  });
});
