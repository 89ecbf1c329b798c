import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { analyseChart, type Analysis, type Flag } from '../../domain/analysis/service-paths';
import { layoutChart, type Layout, type PlacedNode } from '../../layout/layout';
import { hostileChart } from '../__fixtures__/hostile-charts';
import { LINK_COLOURS } from '../../theme/link-kinds';
import { PALETTE } from '../../theme/palette';
import { chartToSvg, readChartFromSvg, SVG_FONT_STACK } from './svg-export';

function exportSvg(chart: Chart, view: 'customer-first' | 'traditional' = 'customer-first') {
  return chartToSvg(chart, layoutChart(chart, { view }), analyseChart(chart), { view });
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/** A layout made by hand, so these tests do not depend on the layout engine. */
function tinyLayout(): Layout {
  const node = (id: string, kind: 'role' | 'customer', x: number, y: number): PlacedNode => ({
    id,
    kind,
    x,
    y,
    width: kind === 'role' ? 240 : 200,
    height: kind === 'role' ? 96 : 64,
    tier: kind === 'customer' ? 'customers' : y > 100 ? 'leadership' : 'front-line',
  });
  return {
    nodes: new Map([
      ['boss', node('boss', 'role', 0, 200)],
      ['clerk', node('clerk', 'role', 0, 50)],
      ['shoppers', node('shoppers', 'customer', 20, -80)],
    ]),
    bands: [
      { tier: 'customers', label: 'Customers', y: -100, height: 100 },
      { tier: 'front-line', label: 'Front line', y: 30, height: 130 },
      { tier: 'leadership', label: 'Leadership', y: 180, height: 130 },
    ],
    bounds: { x: 0, y: -80, width: 240, height: 376 },
  };
}

const tinyChart: Chart = {
  name: 'Tiny <shop>',
  settings: { farThreshold: 3, spanThreshold: 10 },
  customers: [{ id: 'shoppers', name: 'Shoppers & "friends"' }],
  roles: [
    {
      id: 'boss',
      title: '<img src=x onerror=alert(1)>',
      person: 'Bo',
      headcount: 1,
      reportsTo: null,
      serves: [],
    },
    {
      id: 'clerk',
      title: 'Clerk',
      team: 'Stores',
      headcount: 4,
      reportsTo: 'boss',
      serves: ['shoppers'],
    },
  ],
};

const noPath: Flag = { roleId: 'boss', kind: 'no-path', message: 'Boss serves nobody.' };
const tinyAnalysis: Pick<Analysis, 'flagsByRole'> = { flagsByRole: new Map([['boss', [noPath]]]) };

describe('chartToSvg', () => {
  it('draws one node per role and customer, with its id', () => {
    const svg = exportSvg(sampleChart());
    const chart = sampleChart();
    expect(count(svg, /<g class="node[ "]/g)).toBe(chart.roles.length + chart.customers.length);
    for (const { id } of [...chart.roles, ...chart.customers]) {
      expect(svg).toContain(`data-id="${id}"`);
    }
  });

  it('paints customers and links in the canvas’s colours, from the theme', () => {
    const svg = exportSvg(sampleChart());
    const pill = svg.match(/<g class="node customer"[^]*?<rect [^>]*>/)?.[0] ?? '';
    expect(pill).toContain(`fill="${PALETTE.customer.soft}"`);
    expect(pill).toContain(`stroke="${PALETTE.customer.line}"`);
    expect(svg).not.toContain('#1f6feb');
    expect(svg).toContain(`stroke="${LINK_COLOURS.reporting}"`);
    expect(svg).toContain(`stroke="${LINK_COLOURS.toCustomer}"`);
  });

  it('draws every reporting line and service link', () => {
    const chart = sampleChart();
    const svg = exportSvg(chart);
    const reporting = chart.roles.filter((role) => role.reportsTo !== null).length;
    const links = chart.roles.reduce((sum, role) => sum + role.serves.length, 0);
    expect(count(svg, /class="edge reporting"/g)).toBe(reporting);
    expect(count(svg, /class="edge service"/g)).toBe(links);
  });

  it('points reporting lines at the report (customer first) or at the boss (traditional)', () => {
    expect(exportSvg(sampleChart())).toContain('data-from="ceo" data-to="coo"');
    expect(exportSvg(sampleChart(), 'traditional')).toContain('data-from="coo" data-to="ceo"');
  });

  it('draws the tier bands with their labels', () => {
    const chart = sampleChart();
    const layout = layoutChart(chart, { view: 'customer-first' });
    const svg = exportSvg(chart);
    expect(count(svg, /<g class="tier-band"/g)).toBe(layout.bands.length);
    for (const band of layout.bands) expect(svg).toContain(`>${band.label}</text>`);
  });

  it('shows "No path to customer" on each role with no path', () => {
    const chart = sampleChart();
    const flagged = analyseChart(chart).flags.filter((flag) => flag.kind === 'no-path').length;
    expect(flagged).toBeGreaterThan(0);
    expect(count(exportSvg(chart), /No path to customer<\/text>/g)).toBe(flagged);
  });

  it('never cuts a title: it wraps, takes short forms, or is drawn smaller', () => {
    const chart: Chart = {
      ...tinyChart,
      roles: [
        {
          ...tinyChart.roles[0]!,
          title: 'Senior Vice President of Global Retail Store Operations, Europe',
        },
        { ...tinyChart.roles[1]!, title: 'Pneumonoultramicroscopicsilicovolcanoconiosis' },
      ],
    };
    const svg = chartToSvg(chart, tinyLayout(), tinyAnalysis);
    const titles = [
      ...svg.matchAll(/<text class="node-title"[^>]*font-size="([\d.]+)"[^>]*>([\s\S]*?)<\/text>/g),
    ].map((match) => ({
      size: Number(match[1]),
      lines: [...match[2]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((line) => line[1]!),
    }));
    expect(titles).toHaveLength(3);
    for (const title of titles) {
      expect(title.lines.length).toBeGreaterThan(0);
      for (const line of title.lines) expect(line.endsWith('…')).toBe(false);
    }
    expect(titles[0]).toEqual({
      size: 14,
      lines: ['SVP of Global Retail Store', 'Operations, Europe'],
    });
    expect(titles[1]!.lines).toEqual(['Pneumonoultramicroscopicsilicovolcanoconiosis']);
    expect(titles[1]!.size).toBeLessThan(14);
    // The full title is still there to read, in the node's tooltip.
    expect(svg).toContain('<title>Senior Vice President of Global Retail Store Operations, Europe');
  });

  it('writes text as escaped text, never as markup', () => {
    const svg = chartToSvg(tinyChart, tinyLayout(), tinyAnalysis);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('>Shoppers &amp; "friends"</tspan>');
    expect(svg).toContain('<title>Shoppers &amp; "friends"</title>');
    expect(svg).toContain('<title>Tiny &lt;shop&gt;</title>');
    expect(count(svg, /<g class="node[ "]/g)).toBe(3);
    expect(svg).toContain('No path to customer');
  });

  it('escapes hostile text in every export, however it is built', () => {
    fc.assert(
      fc.property(hostileChart(6), (chart) => {
        const svg = exportSvg(chart);
        // The only elements are the ones the exporter writes.
        const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]));
        for (const tag of tags) {
          expect([
            'svg',
            'title',
            'metadata',
            'defs',
            'marker',
            'path',
            'rect',
            'g',
            'text',
            'tspan',
          ]).toContain(tag);
        }
        expect(count(svg, /<g class="node[ "]/g)).toBe(chart.roles.length + chart.customers.length);
        // Nothing XML forbids (NUL, U+FFFF, lone surrogates) reaches the file.
        // eslint-disable-next-line no-control-regex -- looking for control characters
        expect(svg).not.toMatch(/[\u0000-\u0008\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      { numRuns: 60 },
    );
  });

  it('uses a font stack that renders anywhere', () => {
    expect(SVG_FONT_STACK).toMatch(/sans-serif$/);
    expect(exportSvg(sampleChart())).toContain(`font-family="${SVG_FONT_STACK}"`);
  });

  it('puts the chart name as heading, or none when asked', () => {
    const layout = layoutChart(sampleChart(), { view: 'customer-first' });
    const analysis = analyseChart(sampleChart());
    expect(chartToSvg(sampleChart(), layout, analysis)).toContain('class="heading"');
    expect(chartToSvg(sampleChart(), layout, analysis, { heading: '' })).not.toContain(
      'class="heading"',
    );
  });

  it('draws an empty chart', () => {
    const chart: Chart = { ...sampleChart(), roles: [], customers: [] };
    const svg = exportSvg(chart);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(count(svg, /<g class="node[ "]/g)).toBe(0);
  });
});

describe('readChartFromSvg', () => {
  it('reopens the chart an export carries', () => {
    const result = readChartFromSvg(exportSvg(sampleChart()));
    expect(result).toEqual({ ok: true, chart: sampleChart(), warnings: [] });
  });

  it('reopens charts with hostile text exactly', () => {
    fc.assert(
      fc.property(hostileChart(6), (chart) => {
        const svg = chartToSvg(chart, tinyLayout(), tinyAnalysis);
        expect(readChartFromSvg(svg)).toEqual({ ok: true, chart, warnings: [] });
      }),
      { numRuns: 100 },
    );
  });

  it('reads metadata another editor wrapped in CDATA', () => {
    const svg = exportSvg(sampleChart());
    const json = JSON.stringify(JSON.parse(readMetadataText(svg)));
    const rewritten = svg.replace(
      /(<metadata[^>]*>)[\s\S]*?(<\/metadata>)/,
      `$1<![CDATA[${json}]]>$2`,
    );
    expect(readChartFromSvg(rewritten)).toMatchObject({ ok: true, chart: sampleChart() });
  });

  it('refuses an SVG without a chart, by name', () => {
    const result = readChartFromSvg(
      chartToSvg(tinyChart, tinyLayout(), tinyAnalysis, { embedChart: false }),
    );
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'no-chart' }] });
  });

  it('refuses a damaged chart inside an SVG', () => {
    const broken = exportSvg(sampleChart()).replace(/("format")/, '$1,,');
    expect(readChartFromSvg(broken)).toMatchObject({ ok: false, errors: [{ code: 'not-json' }] });
  });
});

/** The decoded JSON text inside an exported SVG's metadata. */
function readMetadataText(svg: string): string {
  const body = /<metadata[^>]*>([\s\S]*?)<\/metadata>/.exec(svg)![1]!;
  return body
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
