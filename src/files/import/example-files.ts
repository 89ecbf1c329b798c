/**
 * The example HRIS exports that ship in `public/examples` and that the Import
 * menu offers, each with the customer groups a user would name for it in the
 * preview (an HRIS export has no service links of its own).
 */
import type { CustomerRule } from '../csv/customer-rules';

/** An example file the Import menu offers. */
export interface ExampleFile {
  /** What the menu shows. */
  label: string;
  /** Path under the site root (files in `public/` are served from `/`). */
  path: string;
  /** Suggested customer groups for the import preview. */
  customerRules: CustomerRule[];
}

/** The examples, in menu order. */
export const EXAMPLE_FILES: readonly ExampleFile[] = [
  {
    label: 'BambooHR export (Harbor & Pine Outfitters, 60 people)',
    path: 'examples/bamboohr-export.csv',
    customerRules: [
      { customer: 'Shoppers', teams: ['Stores'], titleContains: ['Loss Prevention'] },
      { customer: 'Online buyers', teams: ['Customer Service', 'E-commerce'] },
    ],
  },
  {
    label: 'Google Workspace export (Lumen Grocers, 40 people)',
    path: 'examples/google-workspace-export.csv',
    customerRules: [
      { customer: 'Shoppers', titleContains: ['Associate', 'Lead', 'Pharmacy'] },
      { customer: 'Online shoppers', teams: ['Online', 'Customer Support'] },
    ],
  },
];
