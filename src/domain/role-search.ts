/**
 * Finding roles by title, person or team: case-insensitive substring search
 * over an index built once per chart (the editor caches it per chart object),
 * so a keystroke on a 10,000-role chart is one pass over plain strings.
 */
import type { Chart } from './chart';

/** Which field a role matched on, first match wins in this order. */
export type SearchField = 'title' | 'person' | 'team';

export interface SearchHit {
  id: string;
  title: string;
  person: string;
  team: string;
  field: SearchField;
}

export interface SearchResult {
  /** The best hits, at most `limit` of them. */
  hits: SearchHit[];
  /** How many roles matched in all. */
  total: number;
}

/** One chart's roles, with their fields lower-cased once. */
export interface SearchIndex {
  ids: string[];
  titles: string[];
  persons: string[];
  teams: string[];
  /** Lower-case title, person and team, in the same order. */
  lowerTitles: string[];
  lowerPersons: string[];
  lowerTeams: string[];
}

/** Results shown at most: a list longer than this is not read, the query is refined. */
export const SEARCH_LIMIT = 50;

/** Folds a string for matching: lower case, whitespace runs as one space. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Indexes the roles of a chart, in document order (a repeated id is indexed once). */
export function buildSearchIndex(chart: Chart): SearchIndex {
  const index: SearchIndex = {
    ids: [],
    titles: [],
    persons: [],
    teams: [],
    lowerTitles: [],
    lowerPersons: [],
    lowerTeams: [],
  };
  const seen = new Set<string>();
  for (const role of chart.roles) {
    if (seen.has(role.id)) continue;
    seen.add(role.id);
    const person = role.person ?? '';
    const team = role.team ?? '';
    index.ids.push(role.id);
    index.titles.push(role.title);
    index.persons.push(person);
    index.teams.push(team);
    index.lowerTitles.push(foldText(role.title));
    index.lowerPersons.push(foldText(person));
    index.lowerTeams.push(foldText(team));
  }
  return index;
}

/**
 * The roles whose title, person or team contains `query` (case-insensitive;
 * blank finds nothing). Ranked: a field that starts with the query before one
 * that only contains it, titles before people before teams, then chart order.
 */
export function searchRoles(
  index: SearchIndex,
  query: string,
  limit: number = SEARCH_LIMIT,
): SearchResult {
  const needle = foldText(query.trim());
  if (needle === '') return { hits: [], total: 0 };
  // Six buckets: (starts with | contains) x (title | person | team); filled only up to the limit.
  const buckets: number[][] = [[], [], [], [], [], []];
  const fields: SearchField[] = [];
  let total = 0;
  const columns = [index.lowerTitles, index.lowerPersons, index.lowerTeams];
  for (let i = 0; i < index.ids.length; i++) {
    for (let f = 0; f < 3; f++) {
      const at = columns[f]![i]!.indexOf(needle);
      if (at < 0) continue;
      total++;
      const bucket = buckets[(at === 0 ? 0 : 3) + f]!;
      if (bucket.length < limit) {
        bucket.push(i);
        fields[i] = (['title', 'person', 'team'] as const)[f]!;
      }
      break;
    }
  }
  const hits: SearchHit[] = [];
  for (const bucket of buckets) {
    for (const i of bucket) {
      if (hits.length === limit) break;
      hits.push({
        id: index.ids[i]!,
        title: index.titles[i]!,
        person: index.persons[i]!,
        team: index.teams[i]!,
        field: fields[i]!,
      });
    }
  }
  return { hits, total };
}
