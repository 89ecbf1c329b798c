import { DEFAULT_SETTINGS, type Chart, type Role } from '../chart';

function role(
  id: string,
  title: string,
  reportsTo: string | null,
  fields: Partial<Pick<Role, 'person' | 'team' | 'headcount' | 'serves'>> = {},
): Role {
  return { id, title, reportsTo, headcount: 1, serves: [], ...fields };
}

/**
 * The chart a fresh start shows: a retail company, with a few roles that have
 * no service path to the customer (the executive assistant, the strategy
 * office, internal audit), so the point is visible before anyone draws.
 */
export function sampleChart(): Chart {
  return {
    name: 'Northwind Retail',
    settings: { ...DEFAULT_SETTINGS },
    customers: [
      { id: 'shoppers', name: 'Shoppers' },
      { id: 'online-buyers', name: 'Online buyers' },
    ],
    roles: [
      role('ceo', 'Chief Executive Officer', null, { person: 'Maria Lopez', team: 'Executive' }),
      role('ea', 'Executive Assistant', 'ceo', { person: 'Tom Reed', team: 'Executive' }),
      role('strategy', 'Head of Strategy', 'ceo', { person: 'Priya Nair', team: 'Strategy' }),
      role('coo', 'Chief Operating Officer', 'ceo', { person: 'James Okafor', team: 'Operations' }),
      role('cfo', 'Chief Financial Officer', 'ceo', { person: 'Lena Fischer', team: 'Finance' }),
      role('sm-north', 'Store Manager, North', 'coo', { person: 'Ana Silva', team: 'Stores' }),
      role('sm-south', 'Store Manager, South', 'coo', { person: 'Omar Haddad', team: 'Stores' }),
      role('ecommerce', 'Head of E-commerce', 'coo', { person: 'Chloe Martin', team: 'Online' }),
      role('associates-north', 'Sales Associate', 'sm-north', {
        team: 'Stores',
        headcount: 24,
        serves: ['shoppers'],
      }),
      role('cashiers-north', 'Cashier', 'sm-north', {
        team: 'Stores',
        headcount: 12,
        serves: ['shoppers'],
      }),
      role('associates-south', 'Sales Associate', 'sm-south', {
        team: 'Stores',
        headcount: 18,
        serves: ['shoppers'],
      }),
      role('cashiers-south', 'Cashier', 'sm-south', {
        team: 'Stores',
        headcount: 9,
        serves: ['shoppers'],
      }),
      role('online-support', 'Online Support Agent', 'ecommerce', {
        team: 'Support',
        headcount: 8,
        serves: ['online-buyers'],
      }),
      role('merchandiser', 'Web Merchandiser', 'ecommerce', {
        team: 'Online',
        headcount: 2,
        serves: ['online-buyers', 'shoppers'],
      }),
      role('it-manager', 'IT Manager', 'cfo', { person: 'Ben Carter', team: 'IT' }),
      role('it-support', 'IT Support', 'it-manager', {
        team: 'IT',
        headcount: 3,
        serves: ['associates-north', 'cashiers-north', 'online-support'],
      }),
      role('finance', 'Finance Manager', 'cfo', { person: 'Grace Kim', team: 'Finance' }),
      role('accountants', 'Store Accountant', 'finance', {
        team: 'Finance',
        headcount: 4,
        serves: ['sm-north', 'sm-south'],
      }),
      role('payroll', 'Payroll Specialist', 'finance', {
        team: 'Finance',
        headcount: 2,
        serves: ['associates-north', 'associates-south', 'cashiers-north', 'cashiers-south'],
      }),
      role('audit', 'Internal Auditor', 'cfo', { person: 'Victor Hugo', team: 'Internal Audit' }),
    ],
  };
}
