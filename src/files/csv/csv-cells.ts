/**
 * Cell-level rules the CSV reader and writer share, so what one writes the
 * other reads back exactly: the formula guard (OWASP CSV injection) and the
 * `serves` list.
 */

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A guarded cell: one added `'` before the (possibly already quoted) formula start. */
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * A value safe to put in a spreadsheet cell: one starting with `=`, `+`, `-`,
 * `@`, tab or carriage return gets a leading `'`, so it shows as text and
 * never runs. Values that already start with `'`s before such a character get
 * one more, so `unguardCell` can always undo exactly one.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** True when `guardCell` changed the value (the writer then also quotes it). */
export function isGuarded(cell: string): boolean {
  return GUARDED.test(cell);
}

/** Undo `guardCell`: drop one leading `'` before a formula start; anything else is unchanged. */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/**
 * Split a `serves` cell into its entries: separated by `;`, each trimmed,
 * empty ones dropped. `\;` is a literal semicolon and `\\` a backslash, so a
 * customer named "Shoppers; online" survives a round trip.
 */
export function splitServes(cell: string): string[] {
  const entries: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) {
      current += cell[i + 1];
      i++;
    } else if (c === ';') {
      entries.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/** Join entries into a `serves` cell that `splitServes` reads back. */
export function joinServes(entries: readonly string[]): string {
  return entries.map((entry) => entry.replace(/[\\;]/g, (c) => `\\${c}`)).join(';');
}
