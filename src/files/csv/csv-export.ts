/**
 * A chart as CSV with the import's columns, so export → import gives the same
 * chart back. Customers are named in `serves` (the importer turns a name that
 * is no role id back into that customer). Every cell a spreadsheet would run
 * as a formula is neutralised (OWASP "CSV Injection"): prefixed with `'` and
 * quoted; the importer removes exactly that guard again.
 *
 * What CSV cannot carry: the chart's name and settings, unknown fields
 * (`extra`), customers no role serves, and a customer whose name is also a
 * role's id (it reads back as that role). Use Upturn JSON to keep those.
 */
import Papa from 'papaparse';
import type { Chart } from '../../domain/chart';
import { guardCell, isGuarded, joinServes } from './csv-cells';

/** The header `chartToCsv` writes; each matches a spelling the importer accepts. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'person',
  'team',
  'reports to',
  'headcount',
  'serves',
] as const;

/**
 * The chart as CSV text (CRLF line ends, no BOM). For Excel to read UTF-8
 * right, the caller saving the file should prepend a BOM:
 * `new Blob(['\uFEFF', chartToCsv(chart)], { type: 'text/csv' })`.
 */
export function chartToCsv(chart: Chart): string {
  const customerName = new Map(chart.customers.map((customer) => [customer.id, customer.name]));
  const rows = chart.roles.map((role) =>
    [
      role.id,
      role.title,
      role.person ?? '',
      role.team ?? '',
      role.reportsTo ?? '',
      String(role.headcount),
      joinServes(role.serves.map((target) => customerName.get(target) ?? target)),
    ].map(guardCell),
  );
  return Papa.unparse([[...CSV_COLUMNS], ...rows], {
    // Papaparse quotes cells with delimiters, quotes and line breaks itself;
    // guarded cells are quoted too, as OWASP advises.
    quotes: (value: unknown) => typeof value === 'string' && isGuarded(value),
    newline: '\r\n',
    // The guard above is ours (it round-trips); papaparse's own would not.
    escapeFormulae: false,
  });
}
