import { describe, expect, it } from 'vitest';
import { applyMappingOverrides, type ColumnField } from './column-mapping';
import { matchColumns } from './column-matching';
import { normaliseHeader } from './header-spellings';

/** The spellings issue 4 lists, written out here (not read from the table under test). */
const SPELLINGS: [ColumnField, string[]][] = [
  ['id', ['id', 'employee id', 'employee number', 'person id', 'worker id']],
  ['title', ['title', 'job title', 'position', 'role']],
  ['person', ['person', 'name', 'full name', 'employee name', 'display name']],
  ['firstName', ['first name']],
  ['lastName', ['last name']],
  ['team', ['team', 'department', 'division', 'org unit']],
  [
    'manager',
    [
      'reports to',
      'manager',
      'manager id',
      'supervisor id',
      'supervisor',
      'parent id',
      'pid',
      'manager email',
      'supervisor email',
    ],
  ],
  ['email', ['email', 'work email']],
  ['headcount', ['headcount']],
  ['serves', ['serves']],
];

/** The ways exports write one spelling: case, spaces, dashes, underscores. */
function variants(spelling: string): string[] {
  const words = spelling.split(' ');
  const title = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return [
    spelling,
    spelling.toUpperCase(),
    title.join(' '),
    title.join(''),
    words.join('_'),
    words.join('-'),
    ` ${title.join('  ')} `,
  ];
}

describe('matchColumns', () => {
  for (const [field, spellings] of SPELLINGS) {
    for (const spelling of spellings) {
      it(`maps "${spelling}" (every way of writing it) to ${field}`, () => {
        for (const header of variants(spelling)) {
          const mapping = matchColumns(['Unrelated', header]);
          expect(mapping[field], header).toBe(1);
        }
      });
    }
  }

  it('reads BambooHR and Google Workspace headers', () => {
    expect(
      matchColumns([
        'Employee Number',
        'First Name',
        'Last Name',
        'Job Title',
        'Department',
        'Reports To',
      ]),
    ).toEqual({
      id: 0,
      title: 3,
      person: null,
      firstName: 1,
      lastName: 2,
      team: 4,
      manager: 5,
      email: null,
      headcount: null,
      serves: null,
    });
    const google = matchColumns([
      'Employee ID',
      'Full Name',
      'Title',
      'Department',
      'Manager Email',
      'Email',
    ]);
    expect(google).toMatchObject({ id: 0, person: 1, title: 2, team: 3, manager: 4, email: 5 });
  });

  it('prefers a manager id column over a manager name column, wherever they stand', () => {
    expect(matchColumns(['Manager', 'Manager ID']).manager).toBe(1);
    expect(matchColumns(['Manager ID', 'Manager']).manager).toBe(0);
    expect(matchColumns(['Manager', 'Manager Email']).manager).toBe(1);
  });

  it('takes the leftmost of two equal spellings', () => {
    expect(matchColumns(['Title', 'title']).title).toBe(0);
  });

  it('leaves unknown headers and lookalikes unmapped', () => {
    const mapping = matchColumns(['Salary', 'Identifier', 'Manager phone', 'Hire date']);
    expect(Object.values(mapping).every((column) => column === null)).toBe(true);
  });

  it('does not mistake "manager email" for the email column', () => {
    const mapping = matchColumns(['Manager Email']);
    expect(mapping.email).toBeNull();
    expect(mapping.manager).toBe(0);
  });
});

describe('normaliseHeader', () => {
  it('ignores case, spaces, dashes and underscores', () => {
    expect(normaliseHeader(' Reports-To_ ID ')).toBe('reportstoid');
  });
});

describe('applyMappingOverrides', () => {
  const detected = matchColumns(['id', 'title', 'division', 'group']);

  it('lets the user pick a column, unmap one, and ignores columns that do not exist', () => {
    const mapping = applyMappingOverrides(detected, { team: 3, title: null, id: 9 }, 4);
    expect(mapping.team).toBe(3);
    expect(mapping.title).toBeNull();
    expect(mapping.id).toBe(0);
  });

  it('keeps the detection when there are no overrides', () => {
    expect(applyMappingOverrides(detected, undefined, 4)).toEqual(detected);
    expect(applyMappingOverrides(detected, { team: undefined }, 4)).toEqual(detected);
  });
});
