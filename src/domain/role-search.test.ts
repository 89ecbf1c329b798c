import { describe, expect, it } from 'vitest';
import { generateChart } from './samples/generate-chart';
import { buildSearchIndex, SEARCH_LIMIT, searchRoles } from './role-search';
import { sampleChart } from './samples/sample-chart';

const index = buildSearchIndex(sampleChart());
const found = (query: string) => searchRoles(index, query).hits.map((hit) => hit.id);

describe('searchRoles', () => {
  it('matches title, person and team, ignoring case', () => {
    expect(found('CASHIER')).toEqual(['cashiers-north', 'cashiers-south']);
    expect(found('okafor')).toEqual(['coo']);
    expect(found('strategy')).toEqual(['strategy']);
    // A team: both IT roles; the field it matched on is said.
    const it = searchRoles(index, 'it').hits.find((hit) => hit.id === 'it-support');
    expect(it?.field).toBe('title');
    expect(searchRoles(index, 'fischer').hits[0]).toMatchObject({
      id: 'cfo',
      title: 'Chief Financial Officer',
      person: 'Lena Fischer',
      team: 'Finance',
      field: 'person',
    });
  });

  it('matches a substring anywhere, and a blank query finds nothing', () => {
    expect(found('manager, nor')).toEqual(['sm-north']);
    expect(found('   ')).toEqual([]);
    expect(found('no such role')).toEqual([]);
  });

  it('ranks a field that starts with the query first, titles before people before teams', () => {
    // "Store Manager, North/South" start with "store"; "Store Accountant" too; the team "Stores" comes later.
    const hits = searchRoles(index, 'store').hits;
    const starts = hits.filter((hit) => hit.title.toLowerCase().startsWith('store'));
    expect(hits.slice(0, starts.length)).toEqual(starts);
    const teamOnly = hits.filter((hit) => hit.field === 'team');
    expect(teamOnly.length).toBeGreaterThan(0);
    expect(hits.indexOf(teamOnly[0]!)).toBeGreaterThanOrEqual(starts.length);
  });

  it('caps the hits and counts every match, on 10,000 roles', () => {
    const big = buildSearchIndex(generateChart({ roles: 10_000, seed: 42 }));
    const result = searchRoles(big, 'cashier');
    expect(result.hits).toHaveLength(SEARCH_LIMIT);
    expect(result.total).toBeGreaterThan(SEARCH_LIMIT);
    const every = generateChart({ roles: 10_000, seed: 42 }).roles.filter((role) =>
      role.title.toLowerCase().includes('cashier'),
    );
    expect(result.total).toBe(every.length);
    for (const hit of result.hits) expect(hit.title).toBe('Cashier');
    expect(searchRoles(big, 'cashier', 5).hits).toHaveLength(5);
  });

  it('indexes a repeated id once', () => {
    const chart = sampleChart();
    chart.roles.push({ ...chart.roles[0]!, title: 'Duplicate' });
    expect(searchRoles(buildSearchIndex(chart), 'duplicate').hits).toEqual([]);
  });
});
