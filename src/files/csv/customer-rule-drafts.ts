/**
 * The customer step of the import preview as the user types it: each
 * customer group with its teams and title words as comma-separated text,
 * turned into the `CustomerRule`s the CSV import applies.
 */
import type { CustomerRule } from './customer-rules';

/** One customer group as typed in the preview. */
export interface RuleDraft {
  /** Stable key for the list (not part of the rule). */
  key: number;
  customer: string;
  /** Team names, separated by commas. */
  teams: string;
  /** Title fragments, separated by commas. */
  titles: string;
  /** The teams' managers serve the customer too (by default only their front line). */
  includeManagers?: boolean;
}

/** "Stores, Customer Service," → ["Stores", "Customer Service"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** True when nothing has been typed in a draft (it is left out, not reported). */
export function isBlankDraft(draft: RuleDraft): boolean {
  return (
    draft.customer.trim() === '' &&
    splitList(draft.teams).length === 0 &&
    splitList(draft.titles).length === 0
  );
}

/**
 * The rules to apply, and for each draft the index of its rule (null for a
 * blank draft). A draft with teams or titles but no name is kept, so the
 * import reports the missing name.
 */
export function rulesFromDrafts(drafts: readonly RuleDraft[]): {
  rules: CustomerRule[];
  ruleIndex: (number | null)[];
} {
  const rules: CustomerRule[] = [];
  const ruleIndex = drafts.map((draft) => {
    if (isBlankDraft(draft)) return null;
    const rule: CustomerRule = { customer: draft.customer.trim() };
    const teams = splitList(draft.teams);
    const titles = splitList(draft.titles);
    if (teams.length > 0) rule.teams = teams;
    if (titles.length > 0) rule.titleContains = titles;
    if (draft.includeManagers) rule.includeManagers = true;
    rules.push(rule);
    return rules.length - 1;
  });
  return { rules, ruleIndex };
}

/** Drafts from rules (an example's suggestions), keyed from `firstKey`. */
export function draftsFromRules(rules: readonly CustomerRule[], firstKey = 1): RuleDraft[] {
  return rules.map((rule, index) => ({
    key: firstKey + index,
    customer: rule.customer,
    teams: (rule.teams ?? []).join(', '),
    titles: (rule.titleContains ?? []).join(', '),
    ...(rule.includeManagers ? { includeManagers: true } : {}),
  }));
}

/** The teams text with `team` added, unless it is there already (case-insensitive). */
export function withTeam(teams: string, team: string): string {
  const list = splitList(teams);
  if (list.some((entry) => entry.toLocaleLowerCase() === team.toLocaleLowerCase())) return teams;
  return [...list, team].join(', ');
}
