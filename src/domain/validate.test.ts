import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart, Role } from './chart';
import type { ChartErrorCode } from './commands/apply-command';
import { retailChart } from './__fixtures__/command-fixtures';
import { sampleChart } from './samples/sample-chart';
import { validateChart } from './validate';

function role(id: string, reportsTo: string | null, fields: Partial<Role> = {}): Role {
  return { id, title: `Title ${id}`, headcount: 1, reportsTo, serves: [], ...fields };
}

function chartWith(roles: Role[]): Chart {
  const chart = retailChart();
  chart.roles.push(...roles);
  return chart;
}

/** The problems as [code, ids] pairs, for compact assertions. */
function problems(chart: Chart): [ChartErrorCode, string[]][] {
  return validateChart(chart).map((error) => [error.code, error.ids]);
}

describe('validateChart', () => {
  it('finds nothing wrong in the sample chart or the test chart', () => {
    expect(validateChart(sampleChart())).toEqual([]);
    expect(validateChart(retailChart())).toEqual([]);
  });

  it('reports an id used twice, across roles and customers, once', () => {
    const chart = chartWith([role('shoppers', null), role('ceo', null), role('ceo', null)]);
    const errors = validateChart(chart);
    expect(errors.map((error) => [error.code, error.ids])).toEqual([
      ['duplicate-id', ['ceo']],
      ['duplicate-id', ['shoppers']],
    ]);
    expect(errors[1]?.message).toContain('Customer "Shoppers"');
  });

  it('reports blank ids, titles and names', () => {
    const chart = chartWith([role(' ', null), role('untitled', null, { title: '  ' })]);
    chart.customers.push({ id: 'nameless', name: '' });
    expect(problems(chart)).toEqual([
      ['invalid-field', []],
      ['empty-title', ['nameless']],
      ['empty-title', ['untitled']],
    ]);
  });

  it.each([0, -2, 1.5, Number.NaN, '3'])('reports a headcount of %j', (headcount) => {
    const chart = chartWith([role('x', null, { headcount: headcount as number, title: 'Picker' })]);
    const errors = validateChart(chart);
    expect(errors.map((error) => error.code)).toEqual(['invalid-headcount']);
    expect(errors[0]?.message).toContain('"Picker"');
    expect(errors[0]?.ids).toEqual(['x']);
  });

  it('reports a manager that is unknown, a customer, or the role itself', () => {
    const chart = chartWith([
      role('a', 'ghost', { title: 'Auditor' }),
      role('b', 'online'),
      role('c', 'c'),
    ]);
    const errors = validateChart(chart);
    expect(errors.map((error) => [error.code, error.ids])).toEqual([
      ['unknown-id', ['a', 'ghost']],
      ['invalid-field', ['b', 'online']],
      ['self-link', ['c']],
    ]);
    expect(errors[0]?.message).toBe(
      'Role "Auditor" (a) reports to "ghost", which is not a role in this chart.',
    );
  });

  it('reports serves entries that are unknown, the role itself, or repeated (once)', () => {
    const chart = chartWith([role('a', 'ceo', { serves: ['ghost', 'a', 'ceo', 'ceo', 'ceo'] })]);
    expect(problems(chart)).toEqual([
      ['unknown-id', ['a', 'ghost']],
      ['self-link', ['a']],
      ['duplicate-link', ['a', 'ceo']],
    ]);
  });

  it('reports a blank chart name and bad settings', () => {
    const chart = retailChart();
    chart.name = ' ';
    chart.settings = { farThreshold: 0, spanThreshold: 2.5 };
    const errors = validateChart(chart);
    expect(errors.map((error) => error.code)).toEqual([
      'empty-title',
      'invalid-field',
      'invalid-field',
    ]);
    expect(errors[1]?.message).toContain('far-from-customer threshold');
    expect(errors[2]?.message).toContain('wide-span threshold');
  });

  it('reports a reporting cycle once, in reporting order, from its first role in the chart', () => {
    // b -> c -> d -> b, with a hanging below b and e below a: both lead into the cycle.
    const chart = chartWith([
      role('e', 'a'),
      role('c', 'd', { title: 'Cashier' }),
      role('a', 'b'),
      role('b', 'c', { title: 'Buyer' }),
      role('d', 'b', { title: 'Director' }),
    ]);
    const errors = validateChart(chart);
    expect(errors.map((error) => [error.code, error.ids])).toEqual([['cycle', ['c', 'd', 'b']]]);
    expect(errors[0]?.message).toContain('Cashier → Director → Buyer → Cashier');
  });

  it('reports separate cycles separately, and a self-report only as a self-link', () => {
    const chart = chartWith([
      role('a', 'b'),
      role('b', 'a'),
      role('s', 's'),
      role('x', 'y'),
      role('y', 'x'),
    ]);
    expect(problems(chart)).toEqual([
      ['self-link', ['s']],
      ['cycle', ['a', 'b']],
      ['cycle', ['x', 'y']],
    ]);
  });

  it('survives junk that got past the file checks', () => {
    const junk = [
      { id: 'j1', title: 7, headcount: 1, reportsTo: 12, serves: 'ceo' },
      { id: 'j2', title: 'J', headcount: 1, reportsTo: null, serves: [null], person: 5 },
    ] as unknown as Role[];
    const codes = problems(chartWith(junk)).map(([code]) => code);
    expect(codes).toEqual([
      'empty-title',
      'invalid-field',
      'invalid-field',
      'invalid-field',
      'invalid-field',
    ]);
  });

  it('finds a 100,000-role cycle once, without overflowing the stack', () => {
    const size = 100_000;
    const roles = Array.from({ length: size }, (_, i) => role(`r${i}`, `r${(i + 1) % size}`));
    const errors = validateChart({ ...retailChart(), roles });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.ids).toHaveLength(size);
    expect(errors[0]?.ids[1]).toBe('r1');
  });
});

describe('validateChart on random reporting lines', () => {
  /** Every cycle, found the slow obvious way: from each role, follow managers n steps. */
  function cyclesByBruteForce(managers: (number | null)[]): Set<string> {
    const found = new Set<string>();
    managers.forEach((_, start) => {
      const seen: number[] = [];
      let at: number | null = start;
      while (at !== null && !seen.includes(at)) {
        seen.push(at);
        at = managers[at] ?? null;
      }
      if (at === null) return;
      const cycle = seen.slice(seen.indexOf(at));
      if (cycle.length > 1) found.add([...cycle].sort((x, y) => x - y).join(','));
    });
    return found;
  }

  it('finds exactly the cycles there are, each in reporting order', () => {
    const managers = fc
      .integer({ min: 1, max: 15 })
      .chain((n) =>
        fc.array(fc.option(fc.nat({ max: n - 1 }), { nil: null }), { minLength: n, maxLength: n }),
      );
    fc.assert(
      fc.property(managers, (lines) => {
        const roles = lines.map((m, i) => role(`r${i}`, m === null ? null : `r${m}`));
        const chart: Chart = { ...retailChart(), roles };
        const cycles = validateChart(chart).filter((error) => error.code === 'cycle');
        const found = cycles.map((error) =>
          error.ids
            .map((id) => Number(id.slice(1)))
            .sort((x, y) => x - y)
            .join(','),
        );
        expect(new Set(found)).toEqual(cyclesByBruteForce(lines));
        expect(found).toHaveLength(new Set(found).size);
        for (const { ids } of cycles) {
          ids.forEach((id, k) => {
            const manager = roles.find((r) => r.id === id)?.reportsTo;
            expect(manager).toBe(ids[(k + 1) % ids.length]);
          });
          const positions = ids.map((id) => Number(id.slice(1)));
          expect(positions[0]).toBe(Math.min(...positions));
        }
      }),
    );
  });
});
