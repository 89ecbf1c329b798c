/**
 * Who reports to whom in an imported CSV: each manager cell resolved to a row
 * by id, by email or by unique name, then self-reports and reporting cycles
 * found, each named with its rows. Linear in the number of rows.
 */
import { describeRows, quote, type FileProblem } from '../file-problem';
import type { RepairLog } from './csv-repairs';

/** The fields of an imported row that reporting lines need. */
export interface ManagerDraft {
  row: number;
  id: string;
  title: string;
  person?: string;
  /** Other spellings of the person's name ("Lopez, Maria" for Maria Lopez). */
  aliases: string[];
  email: string;
  /** Other values that identify the person (a second id, another email). */
  keys: string[];
  /** The manager cell as written: an id, an email or a name; '' for none. */
  manager: string;
}

/** How a person's name is compared: case, accents kept; spacing and case folded. */
export function foldName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** `“Store Manager” (E3)`: a role in a message. */
export function label(draft: Pick<ManagerDraft, 'id' | 'title'>): string {
  return `${quote(draft.title || '(no title)', 40)} (id ${quote(draft.id, 24)})`;
}

function addTo(index: Map<string, number[]>, key: string, value: number): void {
  if (key === '') return;
  const list = index.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else index.set(key, [value]);
}

/**
 * Cells that say "no manager" in exports: SAP SuccessFactors writes
 * `NO_MANAGER`, others `NO_MGR`, `None`, `N/A` or a dash. Compared with case,
 * spaces, dashes and underscores folded away; a role id that happens to be one
 * of them still wins (ids are looked up first).
 */
const NO_MANAGER = new Set([
  'nomanager',
  'nomgr',
  'none',
  'na',
  'n/a',
  'null',
  'nil',
  'noone',
  'nosupervisor',
  '',
]);

/** True when a manager cell means "no manager" (see `NO_MANAGER`). */
export function isNoManager(cell: string): boolean {
  return NO_MANAGER.has(cell.toLowerCase().replace(/[\s_\-–—.]+/g, ''));
}

/**
 * For each draft, the index of its manager's draft, or -1 (no manager, or the
 * cell could not be resolved: then a problem says why, as an error until the
 * user chooses a repair). `byId` gives the draft index for each id (the first
 * row when an id is repeated). A role naming itself as its manager is read as
 * a top leader, as several exports write the top of the chart.
 */
export function resolveManagers(
  drafts: readonly (ManagerDraft & { skip?: boolean; repairs?: string[] })[],
  byId: ReadonlyMap<string, number>,
  useEmail: boolean,
  repairs: RepairLog,
): { managers: Int32Array; problems: FileProblem[]; unresolved: Uint8Array } {
  const byEmail = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  drafts.forEach((draft, index) => {
    if (draft.skip) return;
    if (useEmail) addTo(byEmail, draft.email.toLowerCase(), index);
    if (draft.person) addTo(byName, foldName(draft.person), index);
    for (const alias of draft.aliases) addTo(byName, foldName(alias), index);
    for (const key of draft.keys) addTo(byKey, key.toLowerCase(), index);
  });
  const problems: FileProblem[] = [];
  const managers = new Int32Array(drafts.length).fill(-1);
  /** 1 where the manager cell named no one (found or not repaired). */
  const unresolved = new Uint8Array(drafts.length);
  const choice = repairs.chosen('unknownManager');
  const done = choice === 'skip' ? 'skipped' : 'placed at the top level';
  const notFound = (index: number, problem: FileProblem) => {
    const draft = drafts[index]!;
    unresolved[index] = 1;
    problems.push(repairs.problem('unknownManager', problem, done));
    if (choice === 'skip') {
      draft.skip = true;
      repairs.mark(draft.row, 'skipped');
    } else if (choice === 'top') {
      draft.repairs = [...(draft.repairs ?? []), `manager ${quote(draft.manager)} not found`];
      repairs.mark(draft.row, 'repaired');
    }
  };
  drafts.forEach((draft, index) => {
    const cell = draft.manager;
    if (cell === '' || draft.skip) return;
    let target = byId.get(cell);
    if (target === undefined && isNoManager(cell)) return;
    if (target === undefined) {
      const lower = cell.toLowerCase();
      const matches =
        (useEmail ? byEmail.get(lower) : undefined) ??
        byKey.get(lower) ??
        byName.get(foldName(cell));
      if (matches && matches.length > 1) {
        const rows = matches.map((m) => drafts[m]!.row);
        notFound(index, {
          severity: 'error',
          code: 'ambiguous-manager',
          rows: [draft.row, ...rows],
          ids: [draft.id],
          message: `Row ${draft.row}: the manager ${quote(cell)} could be any of ${describeRows(rows)}. Use the manager's id instead.`,
        });
        return;
      }
      target = matches?.[0];
    }
    if (target === undefined) {
      const kinds = useEmail ? 'id, email or name' : 'id or name';
      notFound(index, {
        severity: 'error',
        code: 'unknown-manager',
        rows: [draft.row],
        ids: [draft.id],
        message: `Row ${draft.row}: the manager ${quote(cell)} of ${label(draft)} is not the ${kinds} of anyone in the file.`,
      });
      return;
    }
    if (target === index) {
      problems.push({
        severity: 'warning',
        code: 'self-report',
        rows: [draft.row],
        ids: [draft.id],
        message: `Row ${draft.row}: ${label(draft)} reports to itself; it is read as a top leader.`,
      });
      return;
    }
    managers[index] = target;
  });
  return { managers, problems, unresolved };
}

/**
 * Every reporting cycle once, each as the draft indexes along it (each one
 * reports to the next, the last to the first). Each role has at most one
 * manager, so one walk per role with three colours finds them all in linear time.
 */
export function findCycles(managers: Int32Array): number[][] {
  const NEW = 0;
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Uint8Array(managers.length);
  const cycles: number[][] = [];
  for (let start = 0; start < managers.length; start++) {
    if (state[start] !== NEW) continue;
    const path: number[] = [];
    let at = start;
    while (at !== -1 && state[at] === NEW) {
      state[at] = ON_PATH;
      path.push(at);
      at = managers[at]!;
    }
    if (at !== -1 && state[at] === ON_PATH) cycles.push(path.slice(path.indexOf(at)));
    for (const visited of path) state[visited] = DONE;
  }
  return cycles;
}

/** A problem naming a reporting cycle, its rows and its chain. */
export function cycleProblem(
  drafts: readonly ManagerDraft[],
  cycle: readonly number[],
): FileProblem {
  const members = cycle.map((index) => drafts[index]!);
  const shown = members.length > 12 ? [...members.slice(0, 12)] : members;
  const chain = [...shown.map(label), members.length > 12 ? '…' : label(members[0]!)].join(' → ');
  const rows = members.map((draft) => draft.row);
  return {
    severity: 'error',
    code: 'cycle',
    rows,
    ids: members.map((draft) => draft.id),
    message: `Reporting cycle in ${describeRows(rows)}: ${chain} (each reports to the next). Someone on it must report to a manager outside it.`,
  };
}
