/**
 * Safe repairs for the problems of an imported file (issue 11), so that no
 * one bad row blocks the whole file. Each problem is still named by row; the
 * preview offers a repair per kind with the rows it touches, and once the
 * user chooses it those problems no longer block: each is said as done, the
 * roles it changed are flagged, and the chart keeps a note of every repair.
 */
import { describeRows, type FileProblem } from '../file-problem';

/** The title a role gets when its file gives it none. */
export const UNTITLED_ROLE = 'Untitled role';

/** The key under which a repaired role keeps what was done to it (`role.extra`). */
export const ROLE_REPAIR_KEY = 'Import repair';

/** The repair the user chose for each kind of problem; absent = not repaired (it blocks). */
export interface RepairChoices {
  /** A manager not in the file (or ambiguous): place the role at the top level, or skip it. */
  unknownManager?: 'top' | 'skip';
  /** An id used twice: keep the first row, skip the others. */
  duplicateId?: 'keep-first';
  /** A reporting cycle: break it at its first role in the file. */
  cycle?: 'break';
  /** An empty title: "Untitled role". */
  emptyTitle?: 'untitled';
  /** A row with no id: skip it. */
  emptyId?: 'skip';
  /** A headcount that is not a whole number of 1 or more: 1. */
  headcount?: 'one';
  /** Most roles would have no manager: import the chart flat anyway. */
  flat?: 'accept';
}

export type RepairKey = keyof RepairChoices;

/** A repair the preview offers: what is wrong, the rows it touches, the choices. */
export interface RepairOffer {
  key: RepairKey;
  rows: number[];
  /** "3 roles name a manager who is not in the file". */
  label: string;
  choices: { value: string; label: string }[];
  /** The value chosen, or null while the problems still block. */
  chosen: string | null;
}

/** The choices per kind, first = the one "Repair all" picks. */
export const REPAIR_CHOICES: Readonly<Record<RepairKey, { value: string; label: string }[]>> = {
  unknownManager: [
    { value: 'top', label: 'Place them at the top level (flagged)' },
    { value: 'skip', label: 'Skip them' },
  ],
  duplicateId: [{ value: 'keep-first', label: 'Keep the first row, skip the others' }],
  cycle: [{ value: 'break', label: 'Break each cycle at its first role in the file' }],
  emptyTitle: [{ value: 'untitled', label: `Title them “${UNTITLED_ROLE}” (flagged)` }],
  emptyId: [{ value: 'skip', label: 'Skip them' }],
  headcount: [{ value: 'one', label: 'Use a headcount of 1 (flagged)' }],
  flat: [{ value: 'accept', label: 'Import without reporting lines' }],
};

const WHAT: Readonly<Record<RepairKey, (n: number) => string>> = {
  unknownManager: (n) =>
    `${n} ${n === 1 ? 'role names a manager' : 'roles name a manager'} who is not in the file, or could be several people`,
  duplicateId: (n) => `${n} ${n === 1 ? 'row repeats an id' : 'rows repeat an id'} used above`,
  cycle: (n) => `${n} ${n === 1 ? 'role is' : 'roles are'} on a reporting cycle`,
  emptyTitle: (n) => `${n} ${n === 1 ? 'role has' : 'roles have'} no title`,
  emptyId: (n) => `${n} ${n === 1 ? 'row has' : 'rows have'} no id`,
  headcount: (n) =>
    `${n} ${n === 1 ? 'row has a headcount' : 'rows have a headcount'} that is not a whole number of 1 or more`,
  flat: (n) => `${n} roles would have no manager: the chart would be flat`,
};

/**
 * What the build of one import repaired and skipped, and what it could still
 * offer. Mutable: the build records into it as it goes.
 */
export class RepairLog {
  readonly choices: RepairChoices;
  private readonly touched = new Map<RepairKey, number[]>();
  /** Lines for the chart's note of repairs, in the order they happened. */
  readonly notes: string[] = [];
  /** Rows skipped (not imported), by file row. */
  readonly skippedRows = new Set<number>();
  /** Rows whose role was changed by a repair. */
  readonly repairedRows = new Set<number>();

  constructor(choices: RepairChoices = {}) {
    this.choices = choices;
  }

  /**
   * A problem a repair can fix: returned as an error while the repair is not
   * chosen, or as a warning saying what was done (`done`) once it is.
   */
  problem(
    key: RepairKey,
    problem: FileProblem,
    done: string,
    touches: readonly number[] = problem.rows.slice(0, 1),
  ): FileProblem {
    const rows = this.touched.get(key) ?? [];
    rows.push(...touches);
    this.touched.set(key, rows);
    if (!this.choices[key]) return { ...problem, severity: 'error' };
    return { ...problem, severity: 'warning', message: `${problem.message} Repaired: ${done}.` };
  }

  /** True when the user chose a repair for this kind. */
  chosen<K extends RepairKey>(key: K): RepairChoices[K] | undefined {
    return this.choices[key];
  }

  /** Records a row as skipped or repaired. */
  mark(row: number, how: 'skipped' | 'repaired'): void {
    (how === 'skipped' ? this.skippedRows : this.repairedRows).add(row);
  }

  /** The repairs to offer: one per kind of problem found, with the rows it touches. */
  offers(): RepairOffer[] {
    return [...this.touched].map(([key, rows]) => ({
      key,
      rows,
      label: WHAT[key](rows.length),
      choices: REPAIR_CHOICES[key],
      chosen: this.choices[key] ?? null,
    }));
  }

  /** Adds a line to the chart's note, naming the rows. */
  note(text: string, rows: readonly number[]): void {
    if (rows.length > 0) this.notes.push(`${text} (${describeRows(rows)}).`);
  }
}
