/**
 * The trainer's sequence: the steps of Teach, in order, and the caption each
 * shows unless the trainer wrote their own (kept in the chart, see
 * `Chart.teachCaptions`). The defaults state the idea in plain words: the
 * customer at the top; the leader serving the managers, who serve the
 * employees, who serve the customer.
 */
import type { Chart, View } from '../chart';

export type TeachStepId =
  'pyramid' | 'who-faces' | 'flip' | 'service-flows' | 'no-path' | 'distance';

/** What the canvas shows during a step. */
export interface TeachStep {
  id: TeachStepId;
  /** A short name, for the step counter and the slides. */
  title: string;
  /** The caption shown when the trainer has not written one. */
  caption: string;
  /** The view the step is drawn in. */
  view: View | 'service-distance';
}

export const TEACH_STEPS: readonly TeachStep[] = [
  {
    id: 'pyramid',
    title: 'The pyramid',
    caption:
      'The classic chart: the leader on top, the customer at the very bottom. Every line points at the boss, so everyone faces the boss, with their back to the customer.',
    view: 'traditional',
  },
  {
    id: 'who-faces',
    title: 'Who faces the customer?',
    caption: 'Only these roles serve a customer directly. Everyone else faces the boss.',
    view: 'traditional',
  },
  {
    id: 'flip',
    title: 'The flip',
    caption:
      'Turn it over: the customer goes to the top and the leader to the bottom, supporting everyone above.',
    view: 'customer-first',
  },
  {
    id: 'service-flows',
    title: 'Service flows up',
    caption:
      'The leader serves the managers, who serve the employees, who serve the customer. Service flows up to the customer.',
    view: 'customer-first',
  },
  {
    id: 'no-path',
    title: 'Who has no path?',
    caption: 'These roles have no path of service to any customer. Who do they really serve?',
    view: 'customer-first',
  },
  {
    id: 'distance',
    title: 'How far from the customer?',
    caption:
      'Every role by its number of steps from a customer. The farther a role sits, the longer its work takes to reach one.',
    view: 'service-distance',
  },
];

const STEP_IDS = new Set<string>(TEACH_STEPS.map((step) => step.id));

/** Whether `id` names a step of the sequence. */
export function isTeachStepId(id: string): id is TeachStepId {
  return STEP_IDS.has(id);
}

/** The caption a step shows for this chart: the trainer's own, or the default. */
export function captionOf(chart: Chart, step: TeachStep): string {
  const own = chart.teachCaptions?.[step.id];
  return own !== undefined && own.trim() !== '' ? own : step.caption;
}
