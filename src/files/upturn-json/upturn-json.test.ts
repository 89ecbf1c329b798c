import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Chart } from '../../domain/chart';
import { sampleChart } from '../../domain/samples/sample-chart';
import { hostileChart } from '../__fixtures__/hostile-charts';
import { CURRENT_VERSION, parseUpturnJson, serialiseChart } from './upturn-json';
import { MIGRATIONS, SCHEMAS } from './upturn-json-schema';

function parsed(text: string) {
  const result = parseUpturnJson(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result;
}

function errorsOf(text: string) {
  const result = parseUpturnJson(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const v1 = (doc: Record<string, unknown>) =>
  JSON.stringify({ format: 'upturn', version: 1, name: 'Shop', customers: [], roles: [], ...doc });

describe('serialiseChart / parseUpturnJson', () => {
  it('writes the documented document shape', () => {
    const doc = JSON.parse(serialiseChart(sampleChart())) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'name',
      'customers',
      'roles',
      'settings',
    ]);
    expect(doc.format).toBe('upturn');
    expect(doc.version).toBe(1);
    expect(serialiseChart(sampleChart())).toContain('\n  "name": "Northwind Retail",');
  });

  it('reads back the sample chart exactly, with no warnings', () => {
    const result = parsed(serialiseChart(sampleChart()));
    expect(result.chart).toEqual(sampleChart());
    expect(result.warnings).toEqual([]);
  });

  it('round-trips any valid chart, hostile text included', () => {
    fc.assert(
      fc.property(hostileChart(), (chart) => {
        const result = parseUpturnJson(serialiseChart(chart));
        expect(result).toEqual({ ok: true, chart, warnings: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('accepts a leading BOM', () => {
    expect(parsed(`\uFEFF${serialiseChart(sampleChart())}`).chart.name).toBe('Northwind Retail');
  });
});

describe('unknown fields', () => {
  const text = JSON.stringify({
    format: 'upturn',
    version: 1,
    name: 'Shop',
    theme: { colour: 'teal' },
    customers: [{ id: 'shoppers', name: 'Shoppers', segment: 'B2C' }],
    roles: [
      { id: 'ceo', title: 'CEO', headcount: 1, reportsTo: null, serves: [], costCentre: 'CC-1' },
      { id: 'clerk', title: 'Clerk', reportsTo: 'ceo', serves: ['shoppers'], extra: { x: 1 } },
    ],
    settings: { farThreshold: 4, spanThreshold: 8, showGrid: true },
  });

  it('keeps them in extra at document, role, customer and settings level', () => {
    const { chart } = parsed(text);
    expect(chart.extra).toEqual({ theme: { colour: 'teal' }, settings: { showGrid: true } });
    expect(chart.customers[0]!.extra).toEqual({ segment: 'B2C' });
    expect(chart.roles[0]!.extra).toEqual({ costCentre: 'CC-1' });
    expect(chart.roles[1]!.extra).toEqual({ extra: { x: 1 } });
    expect(chart.settings).toEqual({ farThreshold: 4, spanThreshold: 8 });
  });

  it('writes them back', () => {
    const again = JSON.parse(serialiseChart(parsed(text).chart)) as Record<string, unknown>;
    const original = JSON.parse(text) as Record<string, unknown>;
    // The defaulted headcount of "clerk" is the only addition.
    (original.roles as Record<string, unknown>[])[1]!.headcount = 1;
    expect(again).toEqual(original);
  });

  it('never lets an extra field replace a known one', () => {
    const chart: Chart = {
      ...sampleChart(),
      extra: { name: 'Evil', format: 'other' },
    };
    const doc = JSON.parse(serialiseChart(chart)) as Record<string, unknown>;
    expect(doc.name).toBe('Northwind Retail');
    expect(doc.format).toBe('upturn');
  });
});

describe('defaults per field', () => {
  it('fills missing optional fields', () => {
    const { chart } = parsed(
      JSON.stringify({ format: 'upturn', version: 1, roles: [{ id: 'a', title: 'Owner' }] }),
    );
    expect(chart).toEqual({
      name: 'Untitled chart',
      customers: [],
      roles: [{ id: 'a', title: 'Owner', headcount: 1, reportsTo: null, serves: [] }],
      settings: DEFAULT_SETTINGS,
    });
  });

  it('treats null person and team as absent', () => {
    const { chart } = parsed(
      v1({ roles: [{ id: 'a', title: 'Owner', person: null, team: null }] }),
    );
    expect(chart.roles[0]).not.toHaveProperty('person');
    expect(chart.roles[0]).not.toHaveProperty('team');
  });

  it('merges a repeated service link, with a warning', () => {
    const result = parsed(
      v1({
        customers: [{ id: 's', name: 'Shoppers' }],
        roles: [{ id: 'a', title: 'Clerk', serves: ['s', 's'] }],
      }),
    );
    expect(result.chart.roles[0]!.serves).toEqual(['s']);
    expect(result.warnings).toEqual([expect.stringContaining('same service link twice')]);
  });
});

describe('migrations', () => {
  const prototype = {
    format: 'upturn',
    version: 0,
    name: 'Prototype shop',
    customers: [{ id: 'shoppers', name: 'Shoppers' }],
    roles: [
      { id: 'owner', title: 'Owner', manager: null, pinned: true },
      { id: 'clerk', title: 'Clerk', manager: 'owner', serves: ['shoppers'] },
      { id: 'helper', title: 'Helper', manager: '' },
    ],
  };

  it('has a schema for every version and a migration between each pair', () => {
    expect(SCHEMAS).toHaveLength(CURRENT_VERSION + 1);
    expect(MIGRATIONS).toHaveLength(CURRENT_VERSION);
  });

  it('upgrades a version 0 file: manager → reportsTo, headcount 1, default settings', () => {
    const result = parsed(JSON.stringify(prototype));
    expect(result.chart).toEqual({
      name: 'Prototype shop',
      customers: [{ id: 'shoppers', name: 'Shoppers' }],
      roles: [
        {
          id: 'owner',
          title: 'Owner',
          headcount: 1,
          reportsTo: null,
          serves: [],
          extra: { pinned: true },
        },
        { id: 'clerk', title: 'Clerk', headcount: 1, reportsTo: 'owner', serves: ['shoppers'] },
        { id: 'helper', title: 'Helper', headcount: 1, reportsTo: null, serves: [] },
      ],
      settings: DEFAULT_SETTINGS,
    });
    expect(result.warnings).toEqual([expect.stringContaining('older Upturn (version 0)')]);
  });

  it('saves an upgraded file as the current version, without the old field', () => {
    const doc = JSON.parse(serialiseChart(parsed(JSON.stringify(prototype)).chart)) as {
      version: number;
      roles: Record<string, unknown>[];
    };
    expect(doc.version).toBe(CURRENT_VERSION);
    expect(doc.roles[1]).not.toHaveProperty('manager');
    expect(doc.roles[1]!.reportsTo).toBe('owner');
  });

  it('checks a version 0 file against the version 0 shape', () => {
    const errors = errorsOf(
      JSON.stringify({ ...prototype, roles: [{ id: 'owner', title: 'Owner', manager: 7 }] }),
    );
    expect(errors[0]!.message).toMatch(/Role 1 \(“owner”\), field “manager”/);
  });

  it('still applies the domain rules after migrating', () => {
    const cyclic = {
      ...prototype,
      roles: [
        { id: 'a', title: 'A', manager: 'b' },
        { id: 'b', title: 'B', manager: 'a' },
      ],
    };
    expect(errorsOf(JSON.stringify(cyclic)).map((e) => e.ids)).toContainEqual(['a', 'b']);
  });
});

describe('refusals, by name', () => {
  it('refuses a newer version', () => {
    const errors = errorsOf(v1({ version: 3 }));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('newer-version');
    expect(errors[0]!.message).toContain(
      'made by a newer Upturn (version 3); this one reads up to 1',
    );
  });

  it('refuses text that is not JSON', () => {
    expect(errorsOf('id,title\n1,CEO\n')[0]!.code).toBe('not-json');
    expect(errorsOf('')[0]!.message).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not an Upturn document', () => {
    expect(errorsOf('[1,2]')[0]!.code).toBe('not-upturn');
    expect(errorsOf('{"roles":[]}')[0]!.message).toMatch(/no "format": "upturn"/);
    expect(errorsOf('{"format":"excalidraw","version":1}')[0]!.code).toBe('not-upturn');
  });

  it('refuses a missing or broken version', () => {
    expect(errorsOf('{"format":"upturn"}')[0]!.code).toBe('invalid-field');
    expect(errorsOf('{"format":"upturn","version":"1"}')[0]!.code).toBe('invalid-field');
    expect(errorsOf('{"format":"upturn","version":1.5}')[0]!.code).toBe('invalid-field');
  });

  it('names the role and field of a wrong type', () => {
    const errors = errorsOf(
      v1({
        roles: [
          { id: 'ceo', title: 'CEO' },
          { id: 'clerk', title: 'Clerk', headcount: 'two' },
        ],
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^Role 2 \(“clerk”\), field “headcount”: expected number/);
  });

  it('names a bad setting', () => {
    const errors = errorsOf(v1({ settings: { farThreshold: 0 } }));
    expect(errors[0]!.message).toMatch(/Field “settings.farThreshold”/);
  });

  it('refuses duplicate ids, unknown managers, cycles, empty titles and bad headcounts by name', () => {
    const errors = errorsOf(
      v1({
        customers: [{ id: 'x', name: 'Shoppers' }],
        roles: [
          { id: 'x', title: 'Clerk' },
          { id: 'a', title: 'Area Manager', reportsTo: 'b' },
          { id: 'b', title: 'Buyer', reportsTo: 'a' },
          { id: 'c', title: 'Cashier', reportsTo: 'nobody' },
          { id: 'd', title: '   ' },
          { id: 'e', title: 'Elf', headcount: 0 },
        ],
      }),
    );
    const byCode = (text: string) => errors.filter((e) => e.message.includes(text));
    expect(byCode('"x"')[0]!.ids).toEqual(['x']);
    expect(byCode('Reporting cycle')[0]!.ids).toEqual(['a', 'b']);
    expect(byCode('nobody')[0]!.ids).toEqual(['c', 'nobody']);
    expect(byCode('no title')[0]!.ids).toEqual(['d']);
    expect(errors.some((e) => e.ids?.includes('e'))).toBe(true);
    expect(errors).toHaveLength(5);
  });
});

describe('the layout hint of a role', () => {
  it('is kept with the chart and read back; automatic is not written', () => {
    const chart = sampleChart();
    chart.roles = chart.roles.map((role) =>
      role.id === 'coo'
        ? { ...role, reportsLayout: 'stacked' as const }
        : role.id === 'cfo'
          ? { ...role, reportsLayout: 'auto' as const }
          : role,
    );
    const text = serialiseChart(chart);
    const written = JSON.parse(text).roles as Record<string, unknown>[];
    expect(written.find((role) => role.id === 'coo')!.reportsLayout).toBe('stacked');
    expect(written.find((role) => role.id === 'cfo')).not.toHaveProperty('reportsLayout');
    const back = parsed(text).chart.roles;
    expect(back.find((role) => role.id === 'coo')!.reportsLayout).toBe('stacked');
    expect(back.find((role) => role.id === 'coo')!.extra).toBeUndefined();
  });
});

describe("the trainer's captions", () => {
  it('are kept with the chart and read back', () => {
    const chart: Chart = { ...sampleChart(), teachCaptions: { flip: 'Watch the customer rise.' } };
    const text = serialiseChart(chart);
    expect(JSON.parse(text).teachCaptions).toEqual({ flip: 'Watch the customer rise.' });
    expect(parsed(text).chart.teachCaptions).toEqual({ flip: 'Watch the customer rise.' });
  });

  it('are absent from older files, which load with the defaults', () => {
    const { chart } = parsed(v1({}));
    expect(chart.teachCaptions).toBeUndefined();
    expect(JSON.parse(serialiseChart(chart))).not.toHaveProperty('teachCaptions');
  });

  it('refuse a caption that is not text, naming the field', () => {
    const errors = errorsOf(v1({ teachCaptions: { flip: 42 } }));
    expect(errors.map((e) => e.message).join(' ')).toMatch(/teachCaptions/);
  });
});
