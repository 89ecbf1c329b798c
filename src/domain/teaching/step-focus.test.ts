import { describe, expect, it } from 'vitest';
import { analyseChart } from '../analysis/service-paths';
import { emptyChart, type Chart, type Role } from '../chart';
import { stepFocus } from './step-focus';

const role = (id: string, reportsTo: string | null, serves: string[], headcount = 1): Role => ({
  id,
  title: id,
  headcount,
  reportsTo,
  serves,
});

// A leader L; a manager M with two front-line roles serving the shoppers; an
// assistant A serving L; an auditor X who serves nobody.
const chart: Chart = {
  ...emptyChart('Shop'),
  customers: [{ id: 'C', name: 'Shoppers' }],
  roles: [
    role('L', null, []),
    role('M', 'L', []),
    role('F1', 'M', ['C'], 3),
    role('F2', 'M', ['C']),
    role('A', 'L', ['L']),
    role('X', 'L', []),
  ],
};

describe('what each step of Teach points at', () => {
  const analysis = analyseChart(chart);

  it('"Who faces the customer?" lights the roles that serve one directly, with their share of people', () => {
    const focus = stepFocus(chart, analysis, 'who-faces');
    expect([...focus.lit!]).toEqual(['F1', 'F2']);
    expect(focus.tone).toBe('serve');
    expect(focus.figure).toBe('2 of 6 roles serve a customer directly: 50% of people.');
  });

  it('"Service flows up" lights every role with a path, level by level, the leader after its managers', () => {
    const focus = stepFocus(chart, analysis, 'service-flows');
    expect(Object.fromEntries(focus.levels!)).toEqual({ F1: 1, F2: 1, M: 2, L: 3, A: 4 });
    expect(focus.lit!.has('X')).toBe(false);
    expect(focus.figure).toBe('5 of 6 roles reach a customer through service: 88% of people.');
  });

  it('"Who has no path?" lights the roles with none, with their count and share of headcount', () => {
    const focus = stepFocus(chart, analysis, 'no-path');
    expect([...focus.lit!]).toEqual(['X']);
    expect(focus.tone).toBe('warn');
    expect(focus.figure).toBe('1 role has no path to a customer: 13% of headcount.');
  });

  it('lights nothing on the pyramid and the distance view', () => {
    for (const step of ['pyramid', 'distance'] as const) {
      expect(stepFocus(chart, analysis, step)).toMatchObject({ lit: null, figure: null });
    }
  });

  it('counts, in the flip, the people turned to face the customer: all of them', () => {
    const focus = stepFocus(chart, analysis, 'flip');
    const people = chart.roles.reduce((sum, role) => sum + role.headcount, 0);
    expect(focus.lit).toBeNull();
    expect(focus.count?.to).toBe(people);
    expect(focus.figure).toBe(`${people} people turned to face the customer.`);
    expect(focus.count?.figureAt(1)).toBe('1 person turned to face the customer.');
    expect(focus.count?.figureAt(0)).toBe('0 people turned to face the customer.');
  });
});
