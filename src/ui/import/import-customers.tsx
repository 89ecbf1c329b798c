/**
 * The customer step of the CSV preview: name the customer groups and say
 * which teams or title words serve them, applied as service links in the same
 * import (an HR export has none, so otherwise every role would be flagged).
 */
import { useState } from 'react';
import { PlusIcon, XIcon } from 'lucide-react';
import { withTeam, type RuleDraft } from '../../files/csv/customer-rule-drafts';
import type { TeamCount } from '../../files/import/import-request';
import { FLAG_WORDS } from '../../theme/flags';

const INPUT =
  'h-8 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-ink placeholder:text-ink-faint/70 focus-visible:outline-2 focus-visible:outline-brand';

function MatchBadge({ count }: { count: number | null | undefined }) {
  if (count === null || count === undefined) return null;
  return (
    <span
      className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium tabular-nums ${
        count === 0 ? 'bg-warn-soft text-warn' : 'bg-customer-soft text-customer'
      }`}
    >
      {count === 0
        ? 'serves no role yet'
        : `${count} ${count === 1 ? 'role serves' : 'roles serve'}`}
    </span>
  );
}

export function CustomerRulesEditor({
  drafts,
  onChange,
  teams,
  matches,
  newKey,
}: {
  drafts: readonly RuleDraft[];
  onChange: (drafts: RuleDraft[]) => void;
  /** Teams in the file, largest first (empty when the chart could not be built). */
  teams: readonly TeamCount[];
  /** Per draft: how many roles its rule links, or null when unknown. */
  matches: readonly (number | null)[];
  /** A fresh key for a new draft. */
  newKey: () => number;
}) {
  // The team buttons add to the group edited last (the last one by default).
  const [active, setActive] = useState<number | null>(null);
  const target = drafts.find((draft) => draft.key === active) ?? drafts[drafts.length - 1];

  const update = (key: number, change: Partial<RuleDraft>) =>
    onChange(drafts.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));

  const addTeam = (team: string) => {
    if (target) {
      update(target.key, { teams: withTeam(target.teams, team) });
      return;
    }
    const key = newKey();
    setActive(key);
    onChange([{ key, customer: '', teams: team, titles: '' }]);
  };

  return (
    <section aria-labelledby="import-customers-heading">
      <h3
        id="import-customers-heading"
        className="text-xs font-semibold tracking-wide text-ink-soft uppercase"
      >
        Customers
      </h3>
      <p className="mt-0.5 text-xs leading-relaxed text-ink-faint">
        An HR export has no service links, so every role would show “{FLAG_WORDS['no-path']}”. Name
        your customer groups and who serves them: a role serves a group when its team is listed or
        its title contains one of the words.
      </p>

      <ul className="mt-2.5 flex flex-col gap-2">
        {drafts.map((draft, index) => {
          const name = draft.customer.trim() || `group ${index + 1}`;
          return (
            <li
              key={draft.key}
              onFocus={() => setActive(draft.key)}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50/60 p-3"
            >
              <div className="flex items-center gap-2">
                <input
                  aria-label={`Customer group ${index + 1}`}
                  placeholder="Customer group, e.g. Shoppers"
                  value={draft.customer}
                  onChange={(event) => update(draft.key, { customer: event.currentTarget.value })}
                  className={`${INPUT} font-medium`}
                />
                <MatchBadge count={matches[index]} />
                <button
                  type="button"
                  aria-label={`Remove customer group ${name}`}
                  onClick={() => onChange(drafts.filter((other) => other.key !== draft.key))}
                  className="inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-lg text-ink-faint hover:bg-white hover:text-flag focus-visible:outline-2 focus-visible:outline-brand"
                >
                  <XIcon size={14} />
                </button>
              </div>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                <label className="flex flex-col gap-1 text-xs text-ink-faint">
                  Teams
                  <input
                    aria-label={`Teams serving ${name}`}
                    placeholder="e.g. Stores, Support"
                    value={draft.teams}
                    onChange={(event) => update(draft.key, { teams: event.currentTarget.value })}
                    className={INPUT}
                  />
                </label>
                <label className="flex flex-col gap-1 text-xs text-ink-faint">
                  Titles containing
                  <input
                    aria-label={`Titles serving ${name}`}
                    placeholder="e.g. Associate, Cashier"
                    value={draft.titles}
                    onChange={(event) => update(draft.key, { titles: event.currentTarget.value })}
                    className={INPUT}
                  />
                </label>
              </div>
              <label className="mt-1.5 flex items-center gap-1.5 text-xs text-ink-soft">
                <input
                  type="checkbox"
                  checked={draft.includeManagers === true}
                  onChange={(event) =>
                    update(draft.key, { includeManagers: event.currentTarget.checked })
                  }
                />
                The teams’ managers serve {name} too (otherwise only roles with no reports)
              </label>
            </li>
          );
        })}
      </ul>

      <button
        type="button"
        onClick={() => {
          const key = newKey();
          setActive(key);
          onChange([...drafts, { key, customer: '', teams: '', titles: '' }]);
        }}
        className="mt-2 inline-flex h-8 items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium text-brand hover:bg-brand-soft focus-visible:outline-2 focus-visible:outline-brand"
      >
        <PlusIcon size={14} />
        Add customer group
      </button>

      {teams.length > 0 && (
        <div className="mt-3">
          <p className="text-xs text-ink-faint">
            Teams in this file
            {target ? ` (click to add to ${target.customer.trim() || 'the group'})` : ''}:
          </p>
          <div className="mt-1.5 flex flex-wrap gap-1.5">
            {teams.map(({ team, roles }) => (
              <button
                key={team}
                type="button"
                onClick={() => addTeam(team)}
                className="inline-flex items-center gap-1 rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-xs text-ink-soft transition hover:border-brand/50 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
              >
                {team}
                <span className="text-ink-faint tabular-nums">{roles}</span>
              </button>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
