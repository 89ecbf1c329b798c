/**
 * The CSV preview's findings: the detected column mapping (each field a
 * select the user can change), and every problem, each naming its rows.
 * Errors block the import and sit in an alert; warnings let it go ahead.
 */
import { useState } from 'react';
import { TriangleAlertIcon } from 'lucide-react';
import {
  COLUMN_FIELDS,
  type ColumnField,
  type ColumnMapping,
} from '../../files/csv/column-mapping';
import type { FileProblem } from '../../files/file-problem';

const FIELD_LABEL: Record<ColumnField, string> = {
  id: 'Id',
  title: 'Title',
  person: 'Person',
  firstName: 'First name',
  lastName: 'Last name',
  team: 'Team',
  manager: 'Manager',
  email: 'Email',
  headcount: 'Headcount',
  serves: 'Serves',
};

const FIELD_HINT: Partial<Record<ColumnField, string>> = {
  id: 'required',
  title: 'required',
  manager: 'id, email or name',
  email: 'to match manager emails',
  serves: 'ids or names, “;” between',
};

/** The column mapping, one select per field. */
export function MappingEditor({
  headers,
  mapping,
  onChange,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (field: ColumnField, column: number | null) => void;
}) {
  return (
    <fieldset>
      <legend className="text-xs font-semibold tracking-wide text-ink-soft uppercase">
        Columns
      </legend>
      <p className="mt-0.5 text-xs text-ink-faint">
        Detected from the header row. Change any that are wrong; the preview updates.
      </p>
      <div className="mt-2.5 grid grid-cols-1 gap-y-2">
        {COLUMN_FIELDS.map((field) => {
          const id = `import-map-${field}`;
          const column = mapping[field];
          const missing = (field === 'id' || field === 'title') && column === null;
          return (
            <div key={field} className="flex items-center gap-2">
              <label htmlFor={id} className="w-28 shrink-0 text-sm text-ink-soft">
                {FIELD_LABEL[field]}
                {FIELD_HINT[field] && (
                  <span className="block text-[11px] leading-tight text-ink-faint">
                    {FIELD_HINT[field]}
                  </span>
                )}
              </label>
              <select
                id={id}
                aria-label={`${FIELD_LABEL[field]} column`}
                value={column === null ? '' : String(column)}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  onChange(field, value === '' ? null : Number(value));
                }}
                className={`h-8 min-w-0 flex-1 rounded-lg border bg-white px-2 text-sm text-ink focus-visible:outline-2 focus-visible:outline-brand ${
                  missing
                    ? 'border-flag-line'
                    : column === null
                      ? 'border-slate-200 text-ink-faint'
                      : 'border-slate-300'
                }`}
              >
                <option value="">Not used</option>
                {headers.map((header, index) => (
                  <option key={index} value={String(index)}>
                    {header || `Column ${index + 1}`}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

const SHOWN = 50;

function ProblemList({ problems }: { problems: readonly FileProblem[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, SHOWN);
  return (
    <>
      <ul className="mt-1.5 flex flex-col gap-1 pl-5 text-sm leading-snug break-words [list-style:disc]">
        {shown.map((problem, index) => (
          <li key={index} data-problem={problem.code}>
            {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && (
        <button
          type="button"
          onClick={() => setAll(true)}
          className="mt-1.5 ml-5 text-sm font-medium underline underline-offset-2 hover:no-underline"
        >
          Show all {problems.length.toLocaleString('en')}
        </button>
      )}
    </>
  );
}

/** Every problem the preview found: errors (in an alert) then warnings. */
export function ProblemReport({ problems }: { problems: readonly FileProblem[] }) {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const plural = (n: number, word: string) =>
    `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  return (
    <div className="flex flex-col gap-3">
      {errors.length > 0 && (
        <div
          role="alert"
          className="rounded-lg border border-flag-line/50 bg-flag-soft px-4 py-3 text-flag"
        >
          <p className="flex items-center gap-2 text-sm font-semibold">
            <TriangleAlertIcon size={15} />
            {plural(errors.length, 'error')} {errors.length === 1 ? 'blocks' : 'block'} this import
          </p>
          <p className="mt-0.5 text-xs text-flag/80">
            Choose a repair below where one is offered, fix {errors.length === 1 ? 'it' : 'them'} in
            the file, or change the columns. Nothing has changed on screen.
          </p>
          <ProblemList problems={errors} />
        </div>
      )}
      {warnings.length > 0 && (
        <div className="rounded-lg border border-amber-200 bg-warn-soft px-4 py-3 text-warn">
          <p className="text-sm font-semibold">
            {plural(warnings.length, 'warning')}: you can still import
          </p>
          <ProblemList problems={warnings} />
        </div>
      )}
    </div>
  );
}
