/**
 * Test fixtures for the command and validation tests (imported by *.test.ts
 * only): a small chart whose titles make failure messages readable, and
 * helpers that unwrap an ApplyResult with a clear failure when it is the
 * other kind.
 */
import { expect } from 'vitest';
import type { Chart, Role } from '../chart';
import type { ApplyResult, ChartError, ChartErrorCode } from '../commands/apply-command';

/**
 * CEO ─┬─ Store Manager ── Cashier (serves Shoppers)
 *      ├─ Executive Assistant
 *      └─ IT Support (serves Cashier; carries extra fields)
 */
export function retailChart(): Chart {
  return {
    name: 'Retail',
    settings: { farThreshold: 3, spanThreshold: 10 },
    customers: [
      { id: 'shoppers', name: 'Shoppers' },
      { id: 'online', name: 'Online buyers', extra: { segment: 'web' } },
    ],
    roles: [
      { id: 'ceo', title: 'CEO', person: 'Maria', headcount: 1, reportsTo: null, serves: [] },
      {
        id: 'sm',
        title: 'Store Manager',
        team: 'Stores',
        headcount: 1,
        reportsTo: 'ceo',
        serves: [],
      },
      { id: 'cashier', title: 'Cashier', headcount: 12, reportsTo: 'sm', serves: ['shoppers'] },
      { id: 'ea', title: 'Executive Assistant', headcount: 1, reportsTo: 'ceo', serves: [] },
      {
        id: 'it',
        title: 'IT Support',
        headcount: 3,
        reportsTo: 'ceo',
        serves: ['cashier'],
        extra: { hrisCode: 'IT-7', tags: ['remote'] },
      },
    ],
    extra: { exportedBy: 'BambooHR' },
  };
}

/** The accepted result, or a test failure quoting the refusal. */
export function expectOk(result: ApplyResult): Extract<ApplyResult, { ok: true }> {
  if (!result.ok) expect.fail(`expected the command to be accepted: ${result.error.message}`);
  return result;
}

/** The refusal, checked for its code, or a test failure when the command was accepted. */
export function expectRefused(result: ApplyResult, code: ChartErrorCode): ChartError {
  if (result.ok) expect.fail(`expected a "${code}" refusal, but the command was accepted`);
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(/^Refused: /);
  return result.error;
}

export function roleIn(chart: Chart, id: string): Role {
  const role = chart.roles.find((candidate) => candidate.id === id);
  if (!role) expect.fail(`no role "${id}" in the chart`);
  return role;
}
