/**
 * The shapes of every version of the `.upturn.json` document, and the
 * migrations between them. Each version's schema is a type guard with
 * defaults per field; unknown fields pass through (`looseObject`) so the
 * reader can keep them. A migration turns a checked document of version n
 * into an unchecked document of version n + 1, which the next schema checks.
 *
 * To add version 2: write `documentV2`, a `migrate1to2`, add both to the
 * tables at the bottom and raise `CURRENT_VERSION`. Never edit an old schema:
 * files of that version exist on people's disks.
 */
import { z } from 'zod';
import { DEFAULT_SETTINGS, REPORTS_LAYOUTS } from '../../domain/chart';

/** The version this Upturn writes, and the newest it reads. */
export const CURRENT_VERSION = 1;

/** Optional text: `null` and absence both mean "not set". */
const optionalText = z.string().nullish();

// ---------------------------------------------------------------------------
// Version 0: the early prototype (before headcount and settings). A role named
// its line manager in `manager`; a role stood for exactly one post.
// ---------------------------------------------------------------------------

const roleV0 = z.looseObject({
  id: z.string().min(1, 'an id must not be empty'),
  title: z.string(),
  person: optionalText,
  team: optionalText,
  manager: z.string().nullish(),
  serves: z.array(z.string()).default([]),
});

const customerV0 = z.looseObject({
  id: z.string().min(1, 'an id must not be empty'),
  name: z.string(),
});

const documentV0 = z.looseObject({
  format: z.literal('upturn'),
  version: z.literal(0),
  name: z.string().default('Untitled chart'),
  customers: z.array(customerV0).default([]),
  roles: z.array(roleV0).default([]),
});

type DocumentV0 = z.infer<typeof documentV0>;

// ---------------------------------------------------------------------------
// Version 1: the document of DESIGN.md ("Files").
// ---------------------------------------------------------------------------

const roleV1 = z.looseObject({
  id: z.string().min(1, 'an id must not be empty'),
  // Blank titles and bad headcounts are domain rules: validateChart names them.
  title: z.string(),
  person: optionalText,
  team: optionalText,
  headcount: z.number().default(1),
  reportsTo: z.string().nullable().default(null),
  serves: z.array(z.string()).default([]),
  /** Added within version 1: how the role's reports with no reports are drawn (absent = automatic). */
  reportsLayout: z.enum(REPORTS_LAYOUTS).optional(),
});

const customerV1 = z.looseObject({
  id: z.string().min(1, 'an id must not be empty'),
  name: z.string(),
});

const settingsV1 = z
  .looseObject({
    farThreshold: z.number().int().min(1).default(DEFAULT_SETTINGS.farThreshold),
    spanThreshold: z.number().int().min(1).default(DEFAULT_SETTINGS.spanThreshold),
  })
  .default(() => ({ ...DEFAULT_SETTINGS }));

const documentV1 = z.looseObject({
  format: z.literal('upturn'),
  version: z.literal(1),
  name: z.string().default('Untitled chart'),
  customers: z.array(customerV1).default([]),
  roles: z.array(roleV1).default([]),
  settings: settingsV1,
  /** Added within version 1: the trainer's captions for Teach, by step id. */
  teachCaptions: z
    .record(z.string(), z.string().max(400, 'a caption is at most 400 characters'))
    .optional(),
});

/** A checked document of the current version (unknown fields still inside each object). */
export type CurrentDocument = z.infer<typeof documentV1>;

function migrate0to1(doc: DocumentV0): unknown {
  return {
    ...doc,
    version: 1,
    roles: doc.roles.map(({ manager, ...role }) => ({
      ...role,
      // The prototype wrote "" for "no manager".
      reportsTo: manager ? manager : null,
      headcount: 1,
    })),
    settings: { ...DEFAULT_SETTINGS },
  };
}

/** The schema of each version, index = version. */
export const SCHEMAS: readonly z.ZodType[] = [documentV0, documentV1];

/** MIGRATIONS[n] turns a checked version-n document into a version n + 1 one. */
export const MIGRATIONS: readonly ((doc: never) => unknown)[] = [migrate0to1];

/** The schema of the current version, typed. */
export const CURRENT_SCHEMA = documentV1;

/** Fields each object of the current version knows; anything else is kept in `extra`. */
export const KNOWN_FIELDS = {
  document: ['format', 'version', 'name', 'customers', 'roles', 'settings', 'teachCaptions'],
  role: ['id', 'title', 'person', 'team', 'headcount', 'reportsTo', 'serves', 'reportsLayout'],
  customer: ['id', 'name'],
  settings: ['farThreshold', 'spanThreshold'],
} as const;
