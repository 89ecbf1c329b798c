import { describe, expect, it } from 'vitest';
import { previewCsv } from './csv-import';
import { chartOf, csv, only } from './__fixtures__/csv-previews';

describe('managers', () => {
  it('resolves a manager by email against the email column', () => {
    const preview = previewCsv(
      csv(
        'Employee ID,Full Name,Title,Manager Email,Email',
        '10,Maria Lopez,CEO,,maria@shop.example',
        '11,Ana Silva,Store Manager,MARIA@shop.example,ana@shop.example',
      ),
    );
    expect(chartOf(preview).roles[1]!.reportsTo).toBe('10');
  });

  it('resolves a manager by unique name, "First Last" or "Last, First"', () => {
    const preview = previewCsv(
      csv(
        'Employee Number,First Name,Last Name,Job Title,Reports To',
        '1,Maria,Lopez,CEO,',
        '2,Ana,Silva,Store Manager,maria  lopez',
        '3,Tom,Reed,Cashier,"Silva, Ana"',
      ),
    );
    expect(chartOf(preview).roles.map((role) => role.reportsTo)).toEqual([null, '1', '2']);
  });

  it('prefers an id over a name that happens to match it', () => {
    const preview = previewCsv(
      'id,name,title,reports to\nA,B,Owner,\nB,Zed,Deputy,A\nC,Cy,Clerk,B\n',
    );
    expect(chartOf(preview).roles[2]!.reportsTo).toBe('B');
  });

  it('refuses a name that several people share, naming their rows', () => {
    const preview = previewCsv(
      'id,name,title,manager\n1,Sam Lee,Owner,\n2,Sam Lee,Partner,\n3,Kim,Clerk,Sam Lee\n',
    );
    const problem = only(preview, 'ambiguous-manager');
    expect(problem.rows).toEqual([4, 2, 3]);
    expect(problem.message).toMatch(/^Row 4: the manager “Sam Lee” could be any of rows 2 and 3/);
    expect(preview.chart).toBeNull();
  });
});

describe('problems, each with its rows', () => {
  it('unknown manager', () => {
    const preview = previewCsv(csv('id,title,reports to', '1,Owner,', '2,Clerk,99'));
    const problem = only(preview, 'unknown-manager');
    expect(problem).toMatchObject({ severity: 'error', rows: [3], ids: ['2'] });
    expect(problem.message).toContain('“99”');
    expect(preview.chart).toBeNull();
  });

  it('duplicate id, listing every row that uses it', () => {
    const preview = previewCsv(csv('id,title', '7,Owner', '8,Clerk', '7,Buyer', '7,Cook'));
    const problem = only(preview, 'duplicate-id');
    expect(problem.rows).toEqual([2, 4, 5]);
    expect(problem.message).toBe('The id “7” is used by rows 2, 4 and 5; ids must be unique.');
  });

  it('reporting cycle, with the chain of titles and ids', () => {
    const preview = previewCsv(
      csv('id,title,reports to', 'a,Area Manager,c', 'ok,Owner,', 'b,Buyer,a', 'c,Controller,b'),
    );
    const problem = only(preview, 'cycle');
    expect(problem.rows).toEqual([2, 5, 4]);
    expect(problem.ids).toEqual(['a', 'c', 'b']);
    expect(problem.message).toContain(
      '“Area Manager” (id “a”) → “Controller” (id “c”) → “Buyer” (id “b”) → “Area Manager” (id “a”)',
    );
  });

  it('reports each separate cycle once', () => {
    const preview = previewCsv(
      csv('id,title,reports to', '1,A,2', '2,B,1', '3,C,4', '4,D,3', '5,E,1'),
    );
    expect(preview.problems.filter((p) => p.code === 'cycle').map((p) => p.rows)).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });

  it('self-report', () => {
    const preview = previewCsv(csv('id,title,reports to', '1,Owner,', '2,Clerk,2'));
    expect(only(preview, 'self-report')).toMatchObject({ rows: [3], ids: ['2'] });
  });

  it('self-serve', () => {
    const preview = previewCsv(csv('id,title,serves', '1,Owner,1'));
    expect(only(preview, 'self-serve').rows).toEqual([2]);
  });

  it('empty title and empty id', () => {
    const preview = previewCsv(csv('id,title', '1,Owner', '2,  ', ',Clerk'));
    expect(only(preview, 'empty-title').rows).toEqual([3]);
    expect(only(preview, 'empty-id').rows).toEqual([4]);
  });

  it('a headcount that is not a whole number of 1 or more', () => {
    const preview = previewCsv(csv('id,title,headcount', '1,A,0', '2,B,2.5', '3,C,many', '4,D,40'));
    expect(preview.problems.map((p) => [p.code, p.rows])).toEqual([
      ['invalid-headcount', [2]],
      ['invalid-headcount', [3]],
      ['invalid-headcount', [4]],
      ['several-top-leaders', [2, 3, 4, 5]],
    ]);
  });

  it('wrong number of columns, too many or too few', () => {
    const preview = previewCsv(
      csv('id,title,team', '1,Owner,Exec', '2,Clerk,Stores,extra', '3,Cook'),
    );
    const problems = preview.problems.filter((p) => p.code === 'column-count');
    expect(problems.map((p) => p.rows)).toEqual([[3], [4]]);
    expect(problems[0]!.message).toBe(
      'Row 3 has 4 cells; the header has 3. Check for a missing or extra "," or an unclosed quote.',
    );
    expect(preview.chart).toBeNull();
  });

  it('tolerates trailing empty cells', () => {
    expect(chartOf(previewCsv('id,title\n1,Owner,,\n')).roles).toHaveLength(1);
  });

  it('an unclosed quote', () => {
    const preview = previewCsv('id,title\n1,Owner\n2,"Clerk\n3,Cook\n');
    expect(preview.problems.find((p) => p.code === 'parse')?.rows).toEqual([3]);
    expect(preview.chart).toBeNull();
  });

  it('no id column and nothing else naming a person: refused, naming the spellings it accepts', () => {
    const preview = previewCsv(csv('Salary,Dept', '10,Exec'));
    expect(preview.problems.map((p) => p.code)).toEqual(['missing-column']);
    expect(preview.problems[0]!.message).toMatch(/^No id column: name one “id”, “employee id”/);
    expect(preview.rowCount).toBe(1);
    expect(preview.chart).toBeNull();
  });

  it('no id and no title column (issue 11): ids from rows, “Untitled role”, both said', () => {
    const preview = previewCsv(csv('Name,Dept', 'Maria,Exec'));
    expect(preview.problems.map((p) => [p.code, p.severity])).toEqual([
      ['guessed-columns', 'warning'],
      ['no-title-column', 'warning'],
    ]);
    expect(chartOf(preview).roles).toMatchObject([
      { id: 'row-2', title: 'Untitled role', person: 'Maria' },
    ]);
  });

  it('several top leaders: a warning, the import goes ahead', () => {
    const preview = previewCsv(csv('id,title,reports to', '1,CEO,', '2,Chair,', '3,Clerk,1'));
    const problem = only(preview, 'several-top-leaders');
    expect(problem).toMatchObject({ severity: 'warning', rows: [2, 3] });
    expect(preview.chart?.roles).toHaveLength(3);
  });

  it('an empty file, and a header with no rows', () => {
    expect(previewCsv('').problems[0]!.code).toBe('no-rows');
    expect(previewCsv('id,title\n').problems[0]!.code).toBe('no-rows');
  });

  it('lists errors first, each in the order of the file', () => {
    const preview = previewCsv(
      csv('id,title,reports to', '1,Owner,', '2,,1', '3,Clerk,3', '1,Cook,x'),
    );
    expect(preview.problems.map((p) => [p.rows[0], p.code])).toEqual([
      [2, 'duplicate-id'],
      [3, 'empty-title'],
      [5, 'unknown-manager'],
      // A role reporting to itself is read as a top leader (issue 11): a warning.
      [2, 'several-top-leaders'],
      [4, 'self-report'],
    ]);
  });
});
