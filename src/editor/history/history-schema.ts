/**
 * The shape of undo steps read back from storage (a stored chart's kept
 * history, a journal entry). Storage is trusted no more than a file: a step
 * that does not have this shape is refused, never half used.
 */
import { z } from 'zod';
import type { HistoryEntry, HistoryStep } from './history';

const patch = z.object({
  op: z.enum(['add', 'replace', 'remove']),
  path: z.array(z.union([z.string(), z.number()])),
  value: z.unknown().optional(),
});

export const historyEntrySchema = z.object({
  label: z.string(),
  patches: z.array(patch),
  inversePatches: z.array(patch),
});

/** The steps a journal entry may carry ('restore' is a load's, never journalled). */
export const historyStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record'), entry: historyEntrySchema }),
  z.object({ kind: z.literal('undo') }),
  z.object({ kind: z.literal('redo') }),
  z.object({
    kind: z.literal('squash'),
    count: z.number().int().nonnegative(),
    label: z.string().optional(),
  }),
  z.object({ kind: z.literal('bail'), count: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('clear') }),
  z.object({ kind: z.literal('keep') }),
]);

const keptHistorySchema = z.object({
  past: z.array(historyEntrySchema),
  future: z.array(historyEntrySchema),
});

/** Stored stacks read back, or null when they are absent or not of the right shape. */
export function readKeptHistory(
  raw: unknown,
): { past: HistoryEntry[]; future: HistoryEntry[] } | null {
  const parsed = keptHistorySchema.safeParse(raw);
  if (!parsed.success) return null;
  return parsed.data as { past: HistoryEntry[]; future: HistoryEntry[] };
}

/** The type the schema checks, as the history module spells it (a Patch's value is any JSON). */
export function asHistoryStep(step: z.infer<typeof historyStepSchema>): HistoryStep {
  return step as HistoryStep;
}
