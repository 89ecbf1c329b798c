/**
 * The sentences the service analysis tells people: one per flag, naming roles
 * by title and customers by name, in the words an HR lead uses. Kept apart
 * from the arithmetic so the wording can change without touching the walks.
 */
import type { Chart } from '../chart';
import type { ServiceGraph } from './service-graph';

/** How many supported roles a no-path message names before it says "and N more". */
const NAMED_SUPPORTS = 3;
/** Paths up to this many nodes are spelled out in a flag; longer ones are shortened with "…". */
const SHOWN_PATH_NODES = 6;

/** The display name of every graph node: role titles, then customer names. */
export function nameNodes(chart: Chart): string[] {
  const names: string[] = [];
  for (const role of chart.roles) names.push(String(role.title));
  for (const customer of chart.customers) names.push(String(customer.name));
  return names;
}

/** "1 step", "5 steps". */
export function steps(count: number): string {
  return count === 1 ? '1 step' : `${count} steps`;
}

/** "A", "A and B", "A, B and C". */
function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** "Cashier → Store Manager → Shoppers". */
export function pathInWords(words: readonly string[]): string {
  return words.join(' → ');
}

/**
 * Why role i has no path. It either has no outgoing service edge at all, or it
 * supports roles (what it serves, then its reports) none of which reaches a
 * customer. Reads each of the role's edges once.
 */
export function noPathMessage(
  chart: Chart,
  graph: ServiceGraph,
  names: readonly string[],
  i: number,
): string {
  const title = names[i]!;
  if (chart.customers.length === 0) {
    return `${title} has no path to a customer: the chart has no customers yet.`;
  }
  const { servesStart, servesList, reportStart, reportList } = graph;
  const supported = new Set<number>();
  for (let k = servesStart[i]!; k < servesStart[i + 1]!; k++) supported.add(servesList[k]!);
  for (let k = reportStart[i]!; k < reportStart[i + 1]!; k++) supported.add(reportList[k]!);
  if (supported.size === 0) {
    return `${title} has no path to a customer: it serves no one and has no reports.`;
  }
  // Two "Sales Associate" roles read as one title; the pronoun still counts roles.
  const titles = [...new Set([...supported].map((v) => names[v]!))];
  const named =
    titles.length > NAMED_SUPPORTS + 1
      ? [...titles.slice(0, NAMED_SUPPORTS), `${titles.length - NAMED_SUPPORTS} more`]
      : titles;
  const verdict =
    supported.size === 1 ? 'it does not reach a customer' : 'none of them reaches a customer';
  return `${title} supports ${list(named)}, but ${verdict}.`;
}

/** What to do about a role with no path. */
export function noPathHint(chart: Chart): string {
  return chart.customers.length === 0
    ? 'Add a customer, then link the roles that serve it.'
    : 'Link it to a role or customer it serves.';
}

/**
 * "Cashier is 5 steps from a customer (threshold 3): Cashier → … → Shoppers."
 * A long path shows its first nodes, then the role serving the customer and
 * the customer, so the sentence stays short and costs the same for any length.
 */
export function farMessage(
  names: readonly string[],
  next: Int32Array,
  i: number,
  distance: number,
  threshold: number,
  front: number,
  target: number,
): string {
  const words: string[] = [];
  if (distance + 1 <= SHOWN_PATH_NODES) {
    for (let v = i; v >= 0; v = next[v]!) words.push(names[v]!);
  } else {
    for (let v = i, n = 0; n < SHOWN_PATH_NODES - 3; v = next[v]!, n++) words.push(names[v]!);
    words.push('…', names[front]!, names[target]!);
  }
  return `${names[i]!} is ${steps(distance)} from a customer (threshold ${threshold}): ${pathInWords(words)}.`;
}

/** "IT Manager has a span of one: a single direct report." */
export function spanOneMessage(title: string): string {
  return `${title} has a span of one: a single direct report.`;
}

/** "Store Manager has 14 direct reports (threshold 10)." */
export function wideSpanMessage(title: string, reports: number, threshold: number): string {
  return `${title} has ${reports} direct reports (threshold ${threshold}).`;
}
