/**
 * The `.upturn.json` document: Upturn's lossless file. Reading goes, in order,
 * through a type guard (is it JSON, is it an Upturn document, which version),
 * each version's schema with its defaults per field, the migrations up to the
 * current version, and then the domain rules (validateChart), so a file with
 * duplicate ids, unknown managers or a reporting cycle is refused by name.
 * Fields this Upturn does not know are kept in `extra` and written back.
 */
import type { Chart, ChartSettings, Customer, Role } from '../../domain/chart';
import { validateChart } from '../../domain/validate';
import { quote, type FileProblem } from '../file-problem';
import { depthRefusal } from '../import/import-limits';
import {
  CURRENT_SCHEMA,
  CURRENT_VERSION,
  KNOWN_FIELDS,
  MIGRATIONS,
  SCHEMAS,
  type CurrentDocument,
} from './upturn-json-schema';

/** The document version this Upturn writes and the newest it reads. */
export { CURRENT_VERSION } from './upturn-json-schema';

/** The outcome of reading a document: a chart (with warnings), or the problems that refuse it. */
export type ParseResult =
  { ok: true; chart: Chart; warnings: string[] } | { ok: false; errors: FileProblem[] };

type Json = Record<string, unknown>;

/**
 * The chart as a current-version document object (what `serialiseChart`
 * writes). Unknown fields from `extra` are written after the known ones and
 * never replace them. Unknown settings fields live in `chart.extra.settings`
 * (see `parseUpturnJson`) and are merged back into `settings`.
 */
export function chartToDocument(chart: Chart): Json {
  const { settings: extraSettings, ...extraDocument } = chart.extra ?? {};
  const settings = withExtra(
    { farThreshold: chart.settings.farThreshold, spanThreshold: chart.settings.spanThreshold },
    isObject(extraSettings) ? extraSettings : undefined,
  );
  return withExtra(
    {
      format: 'upturn',
      version: CURRENT_VERSION,
      name: chart.name,
      customers: chart.customers.map((customer) =>
        withExtra({ id: customer.id, name: customer.name }, customer.extra),
      ),
      roles: chart.roles.map((role) => {
        const known: Json = { id: role.id, title: role.title };
        if (role.person !== undefined) known.person = role.person;
        if (role.team !== undefined) known.team = role.team;
        known.headcount = role.headcount;
        known.reportsTo = role.reportsTo;
        known.serves = [...role.serves];
        if (role.reportsLayout !== undefined && role.reportsLayout !== 'auto') {
          known.reportsLayout = role.reportsLayout;
        }
        return withExtra(known, role.extra);
      }),
      settings,
      ...(chart.teachCaptions ? { teachCaptions: { ...chart.teachCaptions } } : {}),
    },
    extraDocument,
  );
}

/** The chart as pretty-printed `.upturn.json` text (current version, trailing newline). */
export function serialiseChart(chart: Chart): string {
  return `${JSON.stringify(chartToDocument(chart), null, 2)}\n`;
}

/**
 * Read `.upturn.json` text of any version up to `CURRENT_VERSION`.
 *
 * Refuses, by name: text that is not JSON, JSON that is not an Upturn
 * document, a document made by a newer Upturn, a field of the wrong type
 * (naming the role and field), and every domain problem validateChart finds.
 * Unknown fields of the document, of each role and of each customer are kept
 * in their `extra`; unknown settings fields in `chart.extra.settings`.
 * Warnings: the file was upgraded from an older version; repeated service
 * links were merged.
 */
export function parseUpturnJson(text: string): ParseResult {
  const tooDeep = depthRefusal(text, 'This JSON file');
  if (tooDeep) return refuse('too-deep', tooDeep);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse('not-json', `This file is not valid JSON (${reason}).`);
  }
  return readDocument(raw);
}

/** Like `parseUpturnJson`, for a document already parsed from JSON (e.g. embedded in an image). */
export function readDocument(raw: unknown): ParseResult {
  if (!isObject(raw)) {
    return refuse('not-upturn', 'This JSON file is not an Upturn chart: it is not a JSON object.');
  }
  if (raw.format !== 'upturn') {
    return refuse(
      'not-upturn',
      'This JSON file is not an Upturn chart: it has no "format": "upturn" field.',
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse(
      'invalid-field',
      'This Upturn file has no valid "version" (a whole number such as 1).',
    );
  }
  if (version > CURRENT_VERSION) {
    return refuse(
      'newer-version',
      `This file was made by a newer Upturn (version ${version}); this one reads up to ${CURRENT_VERSION}. Update Upturn to open it.`,
    );
  }

  const warnings: string[] = [];
  let doc: unknown = raw;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const checked = SCHEMAS[v]!.safeParse(doc);
    if (!checked.success) return { ok: false, errors: schemaProblems(checked.error.issues, doc) };
    doc = (MIGRATIONS[v] as (old: unknown) => unknown)(checked.data);
  }
  if (version < CURRENT_VERSION) {
    warnings.push(
      `This file was made by an older Upturn (version ${version}) and was upgraded; saving writes version ${CURRENT_VERSION}.`,
    );
  }
  const checked = CURRENT_SCHEMA.safeParse(doc);
  if (!checked.success) return { ok: false, errors: schemaProblems(checked.error.issues, doc) };

  const chart = documentToChart(checked.data, warnings);
  const errors: FileProblem[] = validateChart(chart).map((error) => ({
    severity: 'error',
    code: 'domain',
    rows: [],
    message: error.message,
    ids: [...error.ids],
  }));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, chart, warnings };
}

function documentToChart(doc: CurrentDocument, warnings: string[]): Chart {
  const settings: ChartSettings = {
    farThreshold: doc.settings.farThreshold,
    spanThreshold: doc.settings.spanThreshold,
  };
  const customers = doc.customers.map((entry): Customer => {
    const customer: Customer = { id: entry.id, name: entry.name };
    return attachExtra(customer, entry, KNOWN_FIELDS.customer);
  });
  const roles = doc.roles.map((entry): Role => {
    const serves = [...new Set(entry.serves)];
    if (serves.length < entry.serves.length) {
      warnings.push(`Role ${quote(entry.id)} listed the same service link twice; merged.`);
    }
    const role: Role = {
      id: entry.id,
      title: entry.title,
      headcount: entry.headcount,
      reportsTo: entry.reportsTo,
      serves,
    };
    if (entry.person != null) role.person = entry.person;
    if (entry.team != null) role.team = entry.team;
    if (entry.reportsLayout !== undefined && entry.reportsLayout !== 'auto') {
      role.reportsLayout = entry.reportsLayout;
    }
    return attachExtra(role, entry, KNOWN_FIELDS.role);
  });
  const chart: Chart = { name: doc.name, customers, roles, settings };
  const captions = Object.entries(doc.teachCaptions ?? {}).filter(([, text]) => text.trim() !== '');
  if (captions.length > 0) chart.teachCaptions = Object.fromEntries(captions);
  attachExtra(chart, doc, KNOWN_FIELDS.document);
  const settingsExtra = pickExtra(doc.settings, KNOWN_FIELDS.settings);
  if (settingsExtra) chart.extra = { ...chart.extra, settings: settingsExtra };
  return chart;
}

/** Sets `target.extra` to the fields of `source` not in `known` (mutates and returns target). */
function attachExtra<T extends { extra?: Json }>(
  target: T,
  source: Json,
  known: readonly string[],
): T {
  const extra = pickExtra(source, known);
  if (extra) target.extra = extra;
  return target;
}

function pickExtra(source: Json, known: readonly string[]): Json | undefined {
  let extra: Json | undefined;
  for (const [key, value] of Object.entries(source)) {
    if (known.includes(key)) continue;
    extra ??= {};
    extra[key] = value;
  }
  return extra;
}

function withExtra(known: Json, extra: Json | undefined): Json {
  if (!extra) return known;
  const out: Json = { ...known };
  for (const [key, value] of Object.entries(extra)) {
    if (!(key in known)) out[key] = value;
  }
  return out;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(code: FileProblem['code'], message: string): ParseResult {
  return { ok: false, errors: [{ severity: 'error', code, rows: [], message }] };
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

function schemaProblems(issues: readonly Issue[], doc: unknown): FileProblem[] {
  return issues.map((issue) => ({
    severity: 'error',
    code: 'invalid-field',
    rows: [],
    message: `${describePath(issue.path, doc)}: ${issue.message.replace(/^Invalid input: /, '')}.`,
  }));
}

/** ['roles', 3, 'headcount'] → 'Role 4 (“cashier”), field “headcount”'. */
function describePath(path: readonly PropertyKey[], doc: unknown): string {
  const [list, index, ...rest] = path;
  if ((list === 'roles' || list === 'customers') && typeof index === 'number') {
    const items = isObject(doc) ? doc[list] : undefined;
    const item = Array.isArray(items) ? (items[index] as unknown) : undefined;
    const id = isObject(item) && typeof item.id === 'string' ? ` (${quote(item.id)})` : '';
    const noun = list === 'roles' ? 'Role' : 'Customer';
    const field = rest.length > 0 ? `, field ${quote(rest.map(String).join('.'))}` : '';
    return `${noun} ${index + 1}${id}${field}`;
  }
  return path.length > 0 ? `Field ${quote(path.map(String).join('.'))}` : 'The document';
}
