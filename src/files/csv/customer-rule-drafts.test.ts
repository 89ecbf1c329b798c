import { describe, expect, it } from 'vitest';
import {
  draftsFromRules,
  isBlankDraft,
  rulesFromDrafts,
  splitList,
  withTeam,
  type RuleDraft,
} from './customer-rule-drafts';

const draft = (customer: string, teams = '', titles = '', key = 1): RuleDraft => ({
  key,
  customer,
  teams,
  titles,
});

describe('customer rule drafts', () => {
  it('splits comma lists, trimming and dropping empties', () => {
    expect(splitList(' Stores, Customer Service ,, ')).toEqual(['Stores', 'Customer Service']);
    expect(splitList('')).toEqual([]);
  });

  it('turns drafts into rules, leaving blank drafts out but keeping unnamed ones', () => {
    const { rules, ruleIndex } = rulesFromDrafts([
      draft('Shoppers', 'Stores, Support', 'Associate'),
      draft('  ', ' , '),
      draft('', 'Online'),
      draft('Online buyers', '', 'Agent, '),
    ]);
    expect(rules).toEqual([
      { customer: 'Shoppers', teams: ['Stores', 'Support'], titleContains: ['Associate'] },
      { customer: '', teams: ['Online'] },
      { customer: 'Online buyers', titleContains: ['Agent'] },
    ]);
    expect(ruleIndex).toEqual([0, null, 1, 2]);
  });

  it('knows a blank draft', () => {
    expect(isBlankDraft(draft(' ', ', ', ''))).toBe(true);
    expect(isBlankDraft(draft('', '', 'Cashier'))).toBe(false);
  });

  it('round-trips an example’s suggestions', () => {
    const rules = [
      { customer: 'Shoppers', teams: ['Stores'], titleContains: ['Loss Prevention'] },
      { customer: 'Online buyers', teams: ['Customer Service', 'E-commerce'] },
    ];
    const drafts = draftsFromRules(rules, 5);
    expect(drafts.map((d) => d.key)).toEqual([5, 6]);
    expect(drafts[1]!.teams).toBe('Customer Service, E-commerce');
    expect(rulesFromDrafts(drafts).rules).toEqual(rules);
  });

  it('adds a team once, whatever its case', () => {
    expect(withTeam('', 'Stores')).toBe('Stores');
    expect(withTeam('Stores', 'Support')).toBe('Stores, Support');
    expect(withTeam('Stores, Support', 'stores')).toBe('Stores, Support');
  });
});

describe('a draft that includes the teams’ managers', () => {
  it('carries the choice into its rule and back', () => {
    const draft = {
      key: 1,
      customer: 'Shoppers',
      teams: 'Stores',
      titles: '',
      includeManagers: true,
    };
    const { rules } = rulesFromDrafts([draft]);
    expect(rules).toEqual([{ customer: 'Shoppers', teams: ['Stores'], includeManagers: true }]);
    expect(draftsFromRules(rules)).toEqual([draft]);
  });
});
