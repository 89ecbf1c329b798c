/**
 * The repairs step of the import preview: for each kind of problem that has a
 * safe repair, what is wrong, how many rows it touches and the choices; and
 * the columns the detection guessed, with why. Content only: the dialog shell
 * is import-csv-step.tsx.
 */
import type { ColumnField, ColumnGuess } from '../../files/csv/column-mapping';
import type { RepairChoices, RepairKey, RepairOffer } from '../../files/csv/csv-repairs';
import type { ManagerSuggestion } from '../../files/csv/manager-suggestion';

const FIELD_NAME: Record<ColumnField, string> = {
  id: 'id',
  title: 'title',
  person: 'person',
  firstName: 'first name',
  lastName: 'last name',
  team: 'team',
  manager: 'manager',
  email: 'email',
  headcount: 'headcount',
  serves: 'serves',
};

/** The columns the detection guessed from a header's words, and why. */
export function GuessNotice({ guesses }: { guesses: readonly ColumnGuess[] }) {
  if (guesses.length === 0) return null;
  return (
    <div
      role="note"
      aria-label="Guessed columns"
      className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900"
    >
      <p className="font-semibold">
        {guesses.length === 1 ? 'One column was guessed' : `${guesses.length} columns were guessed`}
        : check {guesses.length === 1 ? 'it' : 'them'} below
      </p>
      <ul className="mt-1 flex flex-col gap-0.5 pl-5 [list-style:disc]">
        {guesses.map((guess) => (
          <li key={guess.field}>
            {FIELD_NAME[guess.field]} from {guess.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Each repair on offer, with its choices; choosing one re-previews the file. */
export function RepairList({
  offers,
  chosen,
  suggestion,
  headers,
  onChoose,
  onUseColumn,
}: {
  offers: readonly RepairOffer[];
  /** The choices made here (ahead of the preview that applies them). */
  chosen: RepairChoices;
  suggestion: ManagerSuggestion | null;
  headers: readonly string[];
  onChoose: (key: RepairKey, value: string | undefined) => void;
  onUseColumn: (column: number) => void;
}) {
  if (offers.length === 0) return null;
  const choiceOf = (offer: RepairOffer): string | null =>
    (chosen as Record<string, string | undefined>)[offer.key] ?? null;
  const open = offers.filter((offer) => choiceOf(offer) === null);
  return (
    <section aria-label="Repairs" className="rounded-lg border border-slate-200 bg-white px-4 py-3">
      <div className="flex items-center gap-3">
        <h3 className="text-sm font-semibold text-ink">Repairs</h3>
        <span className="text-xs text-ink-faint">
          Each changes only the rows it names; the chart keeps a note of what was done.
        </span>
        <span className="flex-1" />
        {open.length > 1 && (
          <button
            type="button"
            onClick={() => open.forEach((offer) => onChoose(offer.key, offer.choices[0]!.value))}
            className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-50"
          >
            Repair all
          </button>
        )}
      </div>
      <ul className="mt-2 flex flex-col gap-3">
        {offers.map((offer) => (
          <li key={offer.key} data-repair={offer.key}>
            <fieldset>
              <legend className="text-sm text-ink">
                {offer.label}{' '}
                <span className="text-ink-faint">
                  ({offer.rows.length.toLocaleString('en')}{' '}
                  {offer.rows.length === 1 ? 'row' : 'rows'})
                </span>
              </legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {offer.key === 'flat' && suggestion && (
                  <button
                    type="button"
                    onClick={() => onUseColumn(suggestion.column)}
                    className="rounded-md bg-brand px-2 py-0.5 text-xs font-medium text-white"
                  >
                    Use “{headers[suggestion.column]}” as the manager column
                  </button>
                )}
                <label className="flex items-center gap-1.5">
                  <input
                    type="radio"
                    name={`repair-${offer.key}`}
                    checked={choiceOf(offer) === null}
                    onChange={() => onChoose(offer.key, undefined)}
                  />
                  Leave it: the import stays blocked
                </label>
                {offer.choices.map((choice) => (
                  <label key={choice.value} className="flex items-center gap-1.5">
                    <input
                      type="radio"
                      name={`repair-${offer.key}`}
                      checked={choiceOf(offer) === choice.value}
                      onChange={() => onChoose(offer.key, choice.value)}
                    />
                    {choice.label}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The repairs chosen, with one changed (undefined = not repaired). */
export function withRepair(
  repairs: RepairChoices,
  key: RepairKey,
  value: string | undefined,
): RepairChoices {
  const next: Record<string, string> = { ...(repairs as Record<string, string>) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as RepairChoices;
}
