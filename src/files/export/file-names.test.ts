import { describe, expect, it } from 'vitest';
import {
  chartNameFromExample,
  chartNameFromFileName,
  exportFileName,
  formatBytes,
  slugify,
  uniqueChartName,
} from './file-names';

describe('slugify', () => {
  it('lower-cases and joins words with dashes', () => {
    expect(slugify('Northwind Retail')).toBe('northwind-retail');
    expect(slugify('  Harbor & Pine  Outfitters ')).toBe('harbor-pine-outfitters');
  });

  it('folds accents and drops markup characters', () => {
    expect(slugify('Zoë Ångström GmbH')).toBe('zoe-angstrom-gmbh');
    expect(slugify('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
  });

  it('falls back when nothing is left, and never ends in a dash', () => {
    expect(slugify('東京 支店')).toBe('chart');
    expect(slugify('<>')).toBe('chart');
    const long = slugify(`${'a'.repeat(59)} b c`);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('exportFileName', () => {
  it('gives each format its ending', () => {
    expect(exportFileName('Northwind Retail', 'json')).toBe('northwind-retail.upturn.json');
    expect(exportFileName('Northwind Retail', 'csv')).toBe('northwind-retail.csv');
    expect(exportFileName('Northwind Retail', 'svg')).toBe('northwind-retail.svg');
    expect(exportFileName('Northwind Retail', 'png')).toBe('northwind-retail.png');
    expect(exportFileName('Northwind Retail', 'pdf')).toBe('northwind-retail.pdf');
    expect(exportFileName('', 'pdf')).toBe('chart.pdf');
  });
});

describe('chart names for imports', () => {
  it('comes from the file name without its extension', () => {
    expect(chartNameFromFileName('bamboohr-export.csv')).toBe('Bamboohr export');
    expect(chartNameFromFileName('Q3_org chart.CSV')).toBe('Q3 org chart');
    expect(chartNameFromFileName('northwind-retail.upturn.json')).toBe('Northwind retail');
    expect(chartNameFromFileName('C:\\exports\\team.svg')).toBe('Team');
    expect(chartNameFromFileName('.csv')).toBe('Imported chart');
  });

  it('comes from the company an example names', () => {
    expect(chartNameFromExample('BambooHR export (Harbor & Pine Outfitters, 60 people)')).toBe(
      'Harbor & Pine Outfitters',
    );
    expect(chartNameFromExample('Plain example')).toBe('Plain example');
  });

  it('is made unique among the charts kept', () => {
    expect(uniqueChartName('Northwind Retail', ['Other'])).toBe('Northwind Retail');
    expect(uniqueChartName('Northwind Retail', ['Northwind Retail'])).toBe('Northwind Retail 2');
    expect(uniqueChartName('Northwind Retail', ['Northwind Retail', 'Northwind Retail 2'])).toBe(
      'Northwind Retail 3',
    );
  });
});

describe('formatBytes', () => {
  it('reads like a person says it', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(9_523)).toBe('9.3 KB');
    expect(formatBytes(512 * 1024)).toBe('512 KB');
    expect(formatBytes(20.4 * 1024 * 1024)).toBe('20.4 MB');
    expect(formatBytes(26 * 1024 * 1024)).toBe('26.0 MB');
  });
});
