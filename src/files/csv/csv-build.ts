/**
 * The rows of an import, read as drafts, to a chart: ids checked, managers
 * resolved, cycles found, the repairs the user chose applied, customers and
 * service links added. Every problem is named by row; a problem with a
 * repair blocks only until the repair is chosen. Linear in the number of rows.
 */
import type { Chart, Customer, Role } from '../../domain/chart';
import { DEFAULT_SETTINGS } from '../../domain/chart';
import { validateChart } from '../../domain/validate';
import type { ColumnMapping } from './column-mapping';
import { readDrafts, type Draft } from './csv-drafts';
import { cycleProblem, findCycles, label, resolveManagers } from './csv-managers';
import { ROLE_REPAIR_KEY, RepairLog, type RepairChoices } from './csv-repairs';
import type { CsvRows } from './csv-rows';
import { applyCustomerRules, customerIdFor, type CustomerRule } from './customer-rules';
import { suggestManagerColumn, type ManagerSuggestion } from './manager-suggestion';
import { describeRows, hasErrors, quote, type FileProblem } from '../file-problem';
import { IMPORT_NOTE_KEY, type ImportNote } from './import-note';
import { reportProgress } from '../import/import-progress';

/** What the build needs besides the rows. */
export interface BuildInput {
  mapping: ColumnMapping;
  keyColumns: readonly number[];
  repairs?: RepairChoices;
  customerRules?: CustomerRule[];
  name?: string;
  /** The file's name, for the chart's note of repairs. */
  fileName?: string;
}

/** What the build gives: the chart (even when problems block it), the problems, the repairs. */
export interface BuildResult {
  chart: Chart;
  problems: FileProblem[];
  log: RepairLog;
  /** When most roles have no manager: the column that looks like the manager column. */
  managerSuggestion: ManagerSuggestion | null;
}

function err(code: FileProblem['code'], rows: number[], message: string): FileProblem {
  return { severity: 'error', code, rows, message };
}

/** A chart with fewer roles than this is never called flat: a small team may well have no manager column. */
const FLAT_MIN_ROLES = 10;

function skipDuplicates(drafts: Draft[], log: RepairLog, problems: FileProblem[]) {
  const rowsById = new Map<string, number[]>();
  const byId = new Map<string, number>();
  drafts.forEach((draft, index) => {
    if (draft.id === '' || draft.skip) return;
    const rows = rowsById.get(draft.id);
    if (rows) {
      rows.push(draft.row);
      if (log.chosen('duplicateId')) {
        draft.skip = true;
        log.mark(draft.row, 'skipped');
      }
    } else {
      rowsById.set(draft.id, [draft.row]);
      byId.set(draft.id, index);
    }
  });
  const skipped: number[] = [];
  for (const [id, rows] of rowsById) {
    if (rows.length < 2) continue;
    skipped.push(...rows.slice(1));
    const problem = {
      ...err(
        'duplicate-id',
        rows,
        `The id ${quote(id)} is used by ${describeRows(rows)}; ids must be unique.`,
      ),
      ids: [id],
    };
    problems.push(log.problem('duplicateId', problem, `row ${rows[0]} kept`, rows.slice(1)));
  }
  if (log.chosen('duplicateId')) log.note('Skipped rows that repeat an id used above', skipped);
  return byId;
}

/** Build the chart (see the module comment). */
export function buildChart({ records, headers }: CsvRows, input: BuildInput): BuildResult {
  const { mapping } = input;
  const log = new RepairLog(input.repairs);
  const { drafts, problems } = readDrafts(records, {
    headers,
    mapping,
    keyColumns: input.keyColumns,
    repairs: log,
  });
  reportProgress(0.6, 'Finding managers');
  const byId = skipDuplicates(drafts, log, problems);

  const resolved = resolveManagers(drafts, byId, mapping.email !== null, log);
  const managers = resolved.managers;
  problems.push(...resolved.problems);
  // A role whose manager was skipped goes to the top level, flagged.
  const orphaned: number[] = [];
  drafts.forEach((draft, index) => {
    const manager = managers[index]!;
    if (draft.skip || manager === -1 || !drafts[manager]!.skip) return;
    managers[index] = -1;
    draft.repairs = [...(draft.repairs ?? []), 'its manager was skipped'];
    log.mark(draft.row, 'repaired');
    orphaned.push(draft.row);
  });
  for (const cycle of findCycles(managers)) {
    const problem = cycleProblem(drafts, cycle);
    const at = cycle.reduce((best, index) =>
      drafts[index]!.row < drafts[best]!.row ? index : best,
    );
    const where = drafts[at]!;
    problems.push(
      log.problem(
        'cycle',
        problem,
        `broken at ${label(where)}, row ${where.row}, now at the top level`,
        [where.row],
      ),
    );
    if (log.chosen('cycle')) {
      managers[at] = -1;
      where.repairs = [
        ...(where.repairs ?? []),
        'placed at the top level to break a reporting cycle',
      ];
      log.mark(where.row, 'repaired');
    }
  }

  const kept = drafts.flatMap((draft, index) => (draft.skip ? [] : [index]));
  const topLevel = kept.filter((index) => managers[index] === -1);
  let managerSuggestion: ManagerSuggestion | null = null;
  if (kept.length >= FLAT_MIN_ROLES && topLevel.length * 2 > kept.length) {
    managerSuggestion = suggestManagerColumn(records, headers, mapping, drafts);
    const hint = managerSuggestion
      ? ` The column ${quote(headers[managerSuggestion.column] ?? '')} looks like the manager column: ${Math.round(managerSuggestion.share * 100)}% of its cells name someone in the file.`
      : mapping.manager === null
        ? ' No column was recognised as the manager column: choose it in the mapping.'
        : ' Check the manager column in the mapping.';
    const problem = err(
      'no-hierarchy',
      [],
      `${topLevel.length.toLocaleString('en')} of ${kept.length.toLocaleString('en')} roles would have no manager, so the chart would be flat.${hint}`,
    );
    problems.push(
      log.problem(
        'flat',
        problem,
        'imported without reporting lines',
        topLevel.map((i) => drafts[i]!.row),
      ),
    );
  }

  reportProgress(0.8, 'Building the chart');
  const chart = assemble(drafts, kept, managers, input, problems);

  const leaders = topLevel.filter(
    (index) => !drafts[index]!.repairs && resolved.unresolved[index] === 0,
  );
  if (leaders.length > 1 && !managerSuggestion) {
    const rows = leaders.map((index) => drafts[index]!.row);
    problems.push({
      severity: 'warning',
      code: 'several-top-leaders',
      rows,
      message: `${leaders.length} roles have no manager (${describeRows(rows)}); they will all sit at the bottom as top leaders.`,
    });
  }

  noteRepairs(drafts, log, orphaned);
  if (log.notes.length > 0) {
    const note: ImportNote = {
      source: input.fileName ?? '',
      imported: kept.length,
      repaired: log.repairedRows.size,
      skipped: log.skippedRows.size,
      lines: log.notes,
    };
    chart.extra = { ...chart.extra, [IMPORT_NOTE_KEY]: note };
  }

  // A last net: any domain rule the checks above missed still blocks the import.
  if (!hasErrors(problems)) {
    const rowOf = new Map(drafts.map((draft) => [draft.id, draft.row]));
    for (const error of validateChart(chart)) {
      const rows = error.ids.flatMap((id) => rowOf.get(id) ?? []);
      problems.push({ ...err('domain', rows, error.message), ids: [...error.ids] });
    }
  }
  return { chart, problems, log, managerSuggestion };
}

/** The note's lines, one per kind of repair, each naming its rows. */
function noteRepairs(drafts: readonly Draft[], log: RepairLog, orphaned: number[]) {
  const rowsWith = (text: string) =>
    drafts.filter((draft) => draft.repairs?.some((r) => r.includes(text))).map((d) => d.row);
  const skippedFor = (code: 'empty-id' | 'manager') =>
    drafts
      .filter(
        (draft) => draft.skip && (code === 'empty-id' ? draft.id === '' : draft.manager !== ''),
      )
      .map((draft) => draft.row);
  if (log.chosen('unknownManager') === 'top') {
    log.note('Placed at the top level, their manager not being in the file', rowsWith('not found'));
  }
  if (log.chosen('unknownManager') === 'skip') {
    log.note('Skipped roles whose manager is not in the file', skippedFor('manager'));
  }
  log.note('Placed at the top level, their manager having been skipped', orphaned);
  log.note('Placed at the top level to break a reporting cycle', rowsWith('reporting cycle'));
  log.note('Titled “Untitled role”, the file giving no title', rowsWith('no title'));
  log.note('Given a headcount of 1, the file’s not being a whole number', rowsWith('headcount'));
  if (log.chosen('emptyId')) log.note('Skipped rows with no id', skippedFor('empty-id'));
}

/** The chart from the kept drafts: roles, customers named in `serves`, and the rules' links. */
function assemble(
  drafts: readonly Draft[],
  kept: readonly number[],
  managers: Int32Array,
  input: BuildInput,
  problems: FileProblem[],
): Chart {
  const byId = new Map<string, number>();
  for (const index of kept) byId.set(drafts[index]!.id, index);
  const customers: Customer[] = [];
  const customerByName = new Map<string, string>();
  const taken = new Set(byId.keys());
  const roles = kept.map((index): Role => {
    const draft = drafts[index]!;
    const serves: string[] = [];
    for (const entry of draft.serves) {
      let target = byId.get(entry) === undefined ? undefined : entry;
      if (target === draft.id) {
        problems.push({
          ...err('self-serve', [draft.row], `Row ${draft.row}: ${label(draft)} serves itself.`),
          ids: [draft.id],
        });
        continue;
      }
      if (target === undefined) {
        target = customerByName.get(entry);
        if (target === undefined) {
          target = customerIdFor(entry, taken);
          taken.add(target);
          customerByName.set(entry, target);
          customers.push({ id: target, name: entry });
        }
      }
      if (!serves.includes(target)) serves.push(target);
    }
    const manager = managers[index]!;
    const role: Role = {
      id: draft.id,
      title: draft.title,
      headcount: draft.headcount,
      reportsTo: manager === -1 ? null : drafts[manager]!.id,
      serves,
    };
    if (draft.person !== undefined) role.person = draft.person;
    if (draft.team !== undefined) role.team = draft.team;
    if (draft.extra) role.extra = draft.extra;
    if (draft.repairs) role.extra = { ...role.extra, [ROLE_REPAIR_KEY]: draft.repairs.join('; ') };
    return role;
  });

  let chart: Chart = {
    name: input.name?.trim() || 'Imported chart',
    customers,
    roles,
    settings: { ...DEFAULT_SETTINGS },
  };
  const rules = input.customerRules ?? [];
  const usable = rules.filter((rule) => rule.customer.trim() !== '');
  if (usable.length < rules.length) {
    problems.push(err('empty-title', [], 'A customer group in the rules has no name.'));
  }
  if (usable.length > 0) {
    const outcome = applyCustomerRules(chart, usable);
    chart = outcome.chart;
    outcome.matched.forEach((count, i) => {
      if (count > 0) return;
      problems.push({
        severity: 'warning',
        code: 'rule-matches-nothing',
        rows: [],
        message: `No role matches the rule for ${quote(usable[i]!.customer)}; check the team names and title words.`,
      });
    });
  }
  return chart;
}
