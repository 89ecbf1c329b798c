/**
 * How the editor words things, once: what a person calls a role or customer
 * (its title or name), and counted nouns ("1 report", "3 reports"). Plain
 * structural types, so every layer (the domain included) can use them.
 */

/** A role (titled) or a customer (named), as far as its label goes. */
export type Labelled = { title: string } | { name: string };

/** What people call a node: a role's title, a customer's name, or the bare id when unknown. */
export function labelOfNode(node: Labelled | undefined, id: string): string {
  if (!node) return id;
  return 'title' in node ? node.title : node.name;
}

/** What a person reads for an id on a chart: a role's title, a customer's name, else the id. */
export function titleOf(
  chart: {
    roles: readonly { id: string; title: string }[];
    customers: readonly { id: string; name: string }[];
  },
  id: string,
): string {
  return labelOfNode(
    chart.roles.find((role) => role.id === id) ??
      chart.customers.find((customer) => customer.id === id),
    id,
  );
}

/** `noun` counted: "1 role", "3 roles"; `plural` when not just an added "s" ("1 person", "2 people"). */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${nounFor(count, noun, plural)}`;
}

/** As `counted`, with the thousands grouped ("1,200 roles"), for counts that can be large. */
export function countedGrouped(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${nounFor(count, noun, plural)}`;
}

/** Only the noun, agreeing with `count`: "report" or "reports". */
export function nounFor(count: number, noun: string, plural = `${noun}s`): string {
  return count === 1 ? noun : plural;
}
