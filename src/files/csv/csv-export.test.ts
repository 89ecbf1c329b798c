import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { chartToCsv } from './csv-export';
import { previewCsv } from './csv-import';
import { hostileChart } from '../__fixtures__/hostile-charts';

/**
 * What CSV carries of a chart: roles with their links, customers by name.
 * (No chart name, settings or extra fields; customer ids are derived from
 * names on import, and a customer no role serves has no row to live in.)
 */
function carried(chart: Chart) {
  const customerName = new Map(chart.customers.map((c) => [c.id, c.name]));
  const served = new Set(chart.roles.flatMap((role) => role.serves));
  return {
    roles: chart.roles.map((role) => ({
      ...role,
      serves: role.serves.map((id) =>
        customerName.has(id) ? `customer:${customerName.get(id)}` : id,
      ),
    })),
    customers: chart.customers
      .filter((customer) => served.has(customer.id))
      .map((customer) => customer.name)
      .sort(),
  };
}

describe('chartToCsv', () => {
  it('writes the import’s columns, customers by name in serves', () => {
    const lines = chartToCsv(sampleChart()).split('\r\n');
    expect(lines[0]).toBe('id,title,person,team,reports to,headcount,serves');
    expect(lines).toContain(
      'merchandiser,Web Merchandiser,,Online,ecommerce,2,Online buyers;Shoppers',
    );
    expect(lines).toContain('sm-north,"Store Manager, North",Ana Silva,Stores,coo,1,');
  });

  it('round-trips the sample chart to an equal chart', () => {
    const preview = previewCsv(chartToCsv(sampleChart()), { name: 'Northwind Retail' });
    expect(preview.problems).toEqual([]);
    expect(preview.chart).toEqual(sampleChart());
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell starting with %j', (start) => {
    const chart: Chart = {
      ...sampleChart(),
      customers: [],
      roles: [{ id: 'r1', title: `${start}1+1`, headcount: 1, reportsTo: null, serves: [] }],
    };
    const cells = Papa.parse<string[]>(chartToCsv(chart)).data[1]!;
    expect(cells[1]).toBe(`'${start}1+1`);
    // Quoted in the file, as OWASP advises.
    expect(chartToCsv(chart)).toContain(`"'${start}1+1"`);
  });

  it('never writes a cell that a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(hostileChart(), (chart) => {
        const cells = Papa.parse<string[]>(chartToCsv(chart)).data.flat();
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 150 },
    );
  });

  it('escapes quotes, commas and line breaks', () => {
    const chart: Chart = {
      ...sampleChart(),
      customers: [{ id: 'c', name: 'Shoppers; "VIP", online' }],
      roles: [
        { id: 'r', title: 'Say "hi",\nthen go', headcount: 1, reportsTo: null, serves: ['c'] },
      ],
    };
    const text = chartToCsv(chart);
    expect(text).toContain('"Say ""hi"",\nthen go"');
    expect(text).toContain('"Shoppers\\; ""VIP"", online"');
    expect(previewCsv(text).chart?.customers.map((c) => c.name)).toEqual([
      'Shoppers; "VIP", online',
    ]);
  });

  it('round-trips random charts with hostile text to an equal chart', () => {
    const roleIdAsCustomerName = (chart: Chart) => {
      const roleIds = new Set(chart.roles.map((role) => role.id));
      return chart.customers.some((customer) => roleIds.has(customer.name));
    };
    fc.assert(
      fc.property(
        // A customer named exactly like a role id reads back as that role: not a CSV-able
        // chart. A chart without roles is a header alone, which import refuses.
        hostileChart().filter((chart) => chart.roles.length > 0 && !roleIdAsCustomerName(chart)),
        (chart) => {
          const preview = previewCsv(chartToCsv(chart));
          expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(carried(preview.chart!)).toEqual(carried(chart));
        },
      ),
      { numRuns: 300 },
    );
  });
});
