import { describe, expect, it } from 'vitest';
import { previewCsv, previewCsvBytes } from './csv-import';
import { chartOf, csv, only } from './__fixtures__/csv-previews';

describe('previewCsv: a good file', () => {
  const text = csv(
    'Employee ID,Job Title,Employee Name,Department,Manager ID,Headcount,Serves',
    'E1,Chief Executive,Maria Lopez,Executive,,,',
    'E2,Store Manager,Ana Silva,Stores,E1,1,',
    'E3,Cashier,,Stores,E2,12,Shoppers',
    'E4,"Support Agent, online",,Support,E2,3,Online buyers;E3',
  );

  it('detects the mapping, counts rows, and builds the chart', () => {
    const preview = previewCsv(text, { name: 'Northwind' });
    expect(preview.headers).toEqual([
      'Employee ID',
      'Job Title',
      'Employee Name',
      'Department',
      'Manager ID',
      'Headcount',
      'Serves',
    ]);
    expect(preview.mapping).toMatchObject({ id: 0, title: 1, person: 2, team: 3, manager: 4 });
    expect(preview.rowCount).toBe(4);
    expect(preview.problems).toEqual([]);
    expect(chartOf(preview)).toEqual({
      name: 'Northwind',
      settings: { farThreshold: 3, spanThreshold: 10 },
      customers: [
        { id: 'shoppers', name: 'Shoppers' },
        { id: 'online-buyers', name: 'Online buyers' },
      ],
      roles: [
        {
          id: 'E1',
          title: 'Chief Executive',
          person: 'Maria Lopez',
          team: 'Executive',
          headcount: 1,
          reportsTo: null,
          serves: [],
        },
        {
          id: 'E2',
          title: 'Store Manager',
          person: 'Ana Silva',
          team: 'Stores',
          headcount: 1,
          reportsTo: 'E1',
          serves: [],
        },
        {
          id: 'E3',
          title: 'Cashier',
          team: 'Stores',
          headcount: 12,
          reportsTo: 'E2',
          serves: ['shoppers'],
        },
        {
          id: 'E4',
          title: 'Support Agent, online',
          team: 'Support',
          headcount: 3,
          reportsTo: 'E2',
          serves: ['online-buyers', 'E3'],
        },
      ],
    });
  });

  it('uses the user’s mapping over the detected one', () => {
    const preview = previewCsv(text, { mapping: { team: null, person: null } });
    const chart = chartOf(preview);
    expect(chart.roles[0]).not.toHaveProperty('team');
    expect(chart.roles[0]).not.toHaveProperty('person');
  });

  it('reads semicolon- and tab-separated files', () => {
    const semi = previewCsv('id;title;reports to\n1;Owner;\n2;Clerk;1\n');
    expect(chartOf(semi).roles[1]!.reportsTo).toBe('1');
    const tab = previewCsv('id\ttitle\treports to\n1\tOwner\t\n2\tClerk\t1\n');
    expect(chartOf(tab).roles[1]!.reportsTo).toBe('1');
  });

  it('keeps a comma-separated file with semicolons in serves comma-separated', () => {
    const preview = previewCsv('id,title,serves\n1,Clerk,a;b;c\n');
    expect(chartOf(preview).roles[0]!.serves).toEqual(['a', 'b', 'c']);
  });

  it('names people from first and last name columns', () => {
    const preview = previewCsv(
      'id,first name,last name,title\n1,Maria,Lopez,Owner\n2,,Cher,Singer\n',
    );
    const chart = chartOf(preview);
    expect(chart.roles.map((role) => role.person)).toEqual(['Maria Lopez', 'Cher']);
  });

  it('trims cells and defaults an empty headcount to 1', () => {
    const chart = chartOf(previewCsv('id,title,headcount\n 1 ,  Owner  , \n'));
    expect(chart.roles[0]).toEqual({
      id: '1',
      title: 'Owner',
      headcount: 1,
      reportsTo: null,
      serves: [],
    });
  });

  it('keeps the other columns of a row in extra, by header', () => {
    const chart = chartOf(
      previewCsv(
        'id,title,Location,Notes,,Notes,Work Email,title\n1,Owner,Seattle,a,b,c,o@x.example,Boss\n2,Clerk,,,,,,\n',
      ),
    );
    expect(chart.roles[0]!.extra).toEqual({
      Location: 'Seattle',
      Notes: 'a',
      'Column 5': 'b',
      'Notes (2)': 'c',
      'Work Email': 'o@x.example',
      'title 8': 'Boss',
    });
    expect(chart.roles[1]).not.toHaveProperty('extra');
  });

  it('skips blank rows without shifting the row numbers of later problems', () => {
    const preview = previewCsv('id,title\n1,Owner\n\n , \n2,\n');
    expect(preview.rowCount).toBe(2);
    expect(only(preview, 'empty-title').rows).toEqual([5]);
  });

  it('counts a quoted line break as part of its row, as a spreadsheet does', () => {
    const preview = previewCsv('id,title,reports to\n1,"Owner\nand founder",\n2,Clerk,9\n');
    expect(only(preview, 'unknown-manager').rows).toEqual([3]);
    expect(preview.problems[0]!.message).toMatch(/^Row 3: the manager “9” of “Clerk”/);
  });

  it('reads a file exported with a BOM', () => {
    expect(chartOf(previewCsv('\uFEFFid,title\n1,Owner\n')).roles).toHaveLength(1);
  });
});

describe('not a CSV', () => {
  it('refuses JSON and SVG text by name', () => {
    expect(previewCsv('{"format":"upturn","version":1}').problems[0]).toMatchObject({
      code: 'not-csv',
      message: 'This is a JSON file, not a CSV file.',
    });
    expect(previewCsv('<svg xmlns="http://www.w3.org/2000/svg"></svg>').problems[0]!.message).toBe(
      'This is an SVG image, not a CSV file.',
    );
  });

  it('refuses an Excel workbook by name, with what to do', () => {
    const preview = previewCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]!.message).toMatch(/^This is an Excel workbook .* "CSV UTF-8"/);
    expect(preview.chart).toBeNull();
  });

  it('reads Windows-1252 bytes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,title\n1,Caf'), 0xe9, 0x0a]);
    expect(chartOf(previewCsvBytes(bytes)).roles[0]!.title).toBe('Café');
  });
});

describe('customers', () => {
  const text = csv(
    'id,title,team,reports to,serves',
    'ceo,CEO,Executive,,',
    'ops,Head of Retail,Retail Operations,ceo,',
    'assoc,Sales Associate,Stores,ops,',
    'senior,Senior associate,Stores,ops,Shoppers',
    'web,Web Support,Online,ceo,',
  );

  it('links a team rule to its front line, titles wherever they are, managers when asked', () => {
    const managersToo = chartOf(
      previewCsv(text, {
        customerRules: [
          { customer: 'Shoppers', teams: ['retail operations'], includeManagers: true },
        ],
      }),
    );
    expect(managersToo.roles.find((role) => role.id === 'ops')!.serves).toEqual(['shoppers']);
  });

  it('links matching teams and titles to a customer named in the rules', () => {
    const preview = previewCsv(text, {
      customerRules: [
        { customer: 'Shoppers', teams: ['retail operations'], titleContains: ['ASSOCIATE'] },
        { customer: 'Online buyers', teams: ['Online'] },
      ],
    });
    const chart = chartOf(preview);
    expect(chart.customers).toEqual([
      { id: 'shoppers', name: 'Shoppers' },
      { id: 'online-buyers', name: 'Online buyers' },
    ]);
    expect(Object.fromEntries(chart.roles.map((role) => [role.id, role.serves]))).toEqual({
      ceo: [],
      // A manager in the team: a team rule reaches the front line only (issue 11).
      ops: [],
      assoc: ['shoppers'],
      senior: ['shoppers'],
      web: ['online-buyers'],
    });
  });

  it('warns about a rule that matches no role', () => {
    const preview = previewCsv(text, {
      customerRules: [{ customer: 'Tourists', teams: ['Travel'] }],
    });
    expect(only(preview, 'rule-matches-nothing').severity).toBe('warning');
    expect(preview.chart).not.toBeNull();
  });

  it('refuses a rule without a customer name', () => {
    const preview = previewCsv(text, { customerRules: [{ customer: ' ', teams: ['Stores'] }] });
    expect(preview.chart).toBeNull();
  });

  it('keeps a customer id from clashing with a role id', () => {
    const chart = chartOf(previewCsv('id,title,serves\nshoppers,Shopper liaison,Shoppers\n'));
    expect(chart.customers).toEqual([{ id: 'shoppers-2', name: 'Shoppers' }]);
    expect(chart.roles[0]!.serves).toEqual(['shoppers-2']);
  });
});

// Speed is measured by `npm run bench`, not asserted here.
describe('a 50,000-row export', () => {
  it('previews every row into a chart', () => {
    const lines = ['Employee ID,Full Name,Job Title,Department,Manager ID,Serves'];
    for (let i = 1; i <= 50_000; i++) {
      const manager = i === 1 ? '' : String(Math.floor(i / 8) || 1);
      const serves = i % 3 === 0 ? 'Shoppers;Online buyers' : '';
      lines.push(
        `${i},Person ${i},"Role ${i % 40}, level ${i % 5}",Team ${i % 12},${manager},${serves}`,
      );
    }
    const text = lines.join('\n');
    const preview = previewCsv(text, {
      customerRules: [{ customer: 'Shoppers', teams: ['Team 3'] }],
    });
    expect(preview.rowCount).toBe(50_000);
    expect(chartOf(preview).roles).toHaveLength(50_000);
  });
});
