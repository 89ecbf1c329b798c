import { describe, expect, it } from 'vitest';
import type { Chart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { applyCustomerRules, customerIdFor, ruleMatcher } from './customer-rules';

describe('customerIdFor', () => {
  it('makes a readable id from a name, unique among those taken', () => {
    expect(customerIdFor('Online buyers', new Set())).toBe('online-buyers');
    expect(customerIdFor('Café Guests!', new Set())).toBe('cafe-guests');
    expect(customerIdFor('東京', new Set())).toBe('customer');
    expect(customerIdFor('Shoppers', new Set(['shoppers', 'shoppers-2']))).toBe('shoppers-3');
  });
});

describe('ruleMatcher', () => {
  const role = {
    id: 'r',
    title: 'Senior Sales Associate',
    team: 'Retail Operations',
    headcount: 1,
    reportsTo: null,
    serves: [],
  };

  it('matches a whole team name or a title fragment, ignoring case', () => {
    expect(ruleMatcher({ customer: 'S', teams: [' retail operations '] })(role)).toBe(true);
    expect(ruleMatcher({ customer: 'S', teams: ['Retail'] })(role)).toBe(false);
    expect(ruleMatcher({ customer: 'S', titleContains: ['associate'] })(role)).toBe(true);
    expect(ruleMatcher({ customer: 'S', titleContains: ['manager', ''] })(role)).toBe(false);
    expect(ruleMatcher({ customer: 'S' })(role)).toBe(false);
  });
});

describe('applyCustomerRules', () => {
  it('reaches the managers of a team when the rule says so', () => {
    const { chart: after, matched } = applyCustomerRules(sampleChart(), [
      { customer: 'Shoppers', teams: ['Stores'], includeManagers: true },
    ]);
    expect(matched).toEqual([6]);
    expect(after.roles.find((role) => role.id === 'sm-north')!.serves).toEqual(['shoppers']);
  });

  it('reuses a customer of that name, adds no link twice, and leaves the input alone', () => {
    const chart: Chart = sampleChart();
    const before = JSON.stringify(chart);
    const { chart: after, matched } = applyCustomerRules(chart, [
      { customer: 'Shoppers', teams: ['Stores'] },
      { customer: 'Auditors', titleContains: ['Auditor'] },
    ]);
    expect(JSON.stringify(chart)).toBe(before);
    expect(after.customers.map((c) => c.id)).toEqual(['shoppers', 'online-buyers', 'auditors']);
    // The Stores team's front line only: its store managers are not linked (issue 11).
    expect(matched).toEqual([4, 1]);
    const byId = new Map(after.roles.map((role) => [role.id, role.serves]));
    expect(byId.get('associates-north')).toEqual(['shoppers']);
    expect(byId.get('sm-north')).toEqual([]);
    expect(byId.get('audit')).toEqual(['auditors']);
  });
});
