/**
 * What each step of Teach points at, from the analysis: which roles light up,
 * in which tone, and the figure said with them ("4 of 20 roles serve a
 * customer directly: 61% of people"). The canvas, the teaching panel and the
 * slides all read this, so what the room sees and what the slides say agree.
 */
import type { Analysis } from '../analysis/service-paths';
import type { Chart } from '../chart';
import type { TeachStepId } from './teach-steps';

/** `serve`: a role that reaches the customer; `warn`: one that does not. */
export type FocusTone = 'serve' | 'warn';

export interface StepFocus {
  /** The roles that light up; null lights nothing (every role drawn as usual). */
  lit: ReadonlySet<string> | null;
  tone: FocusTone | null;
  /** The figure said with the step, or null. */
  figure: string | null;
  /**
   * For "Service flows up": each lit role's level (its distance to a
   * customer), so the light can climb level by level; the leader's last.
   */
  levels: ReadonlyMap<string, number> | null;
  /**
   * For "The flip": a number the figure counts up to while the chart turns
   * over, and the figure at any count on the way (the last is `figure`).
   */
  count?: { to: number; figureAt: (count: number) => string };
}

const NOTHING: StepFocus = { lit: null, tone: null, figure: null, levels: null };

function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
}

function rolesWord(count: number): string {
  return `${count} ${count === 1 ? 'role' : 'roles'}`;
}

/** The focus of `step` on `chart`, given its analysis. Linear in roles. */
export function stepFocus(chart: Chart, analysis: Analysis, step: TeachStepId): StepFocus {
  const customers = new Set(chart.customers.map((customer) => customer.id));
  const people = chart.roles.reduce((sum, role) => sum + role.headcount, 0);
  switch (step) {
    case 'who-faces': {
      const lit = new Set<string>();
      let headcount = 0;
      for (const role of chart.roles) {
        if (!role.serves.some((id) => customers.has(id))) continue;
        lit.add(role.id);
        headcount += role.headcount;
      }
      return {
        lit,
        tone: 'serve',
        figure: `${lit.size} of ${rolesWord(chart.roles.length)} serve a customer directly: ${percent(headcount, people)} of people.`,
        levels: null,
      };
    }
    case 'flip': {
      const figureAt = (count: number) =>
        `${count.toLocaleString('en')} ${count === 1 ? 'person' : 'people'} turned to face the customer.`;
      return {
        lit: null,
        tone: 'serve',
        figure: figureAt(people),
        levels: null,
        count: { to: people, figureAt },
      };
    }
    case 'service-flows': {
      const lit = new Set<string>();
      const levels = new Map<string, number>();
      for (const role of chart.roles) {
        const distance = analysis.roles.get(role.id)?.distance;
        if (distance === null || distance === undefined) continue;
        lit.add(role.id);
        levels.set(role.id, distance);
      }
      return {
        lit,
        tone: 'serve',
        figure: `${lit.size} of ${rolesWord(chart.roles.length)} reach a customer through service: ${percent(analysis.figures.headcountWithPath, people)} of people.`,
        levels,
      };
    }
    case 'no-path': {
      const lit = new Set<string>();
      let headcount = 0;
      for (const role of chart.roles) {
        if (analysis.roles.get(role.id)?.hasPath !== false) continue;
        lit.add(role.id);
        headcount += role.headcount;
      }
      return {
        lit,
        tone: 'warn',
        figure:
          lit.size === 0
            ? 'Every role has a path to a customer.'
            : `${rolesWord(lit.size)} ${lit.size === 1 ? 'has' : 'have'} no path to a customer: ${percent(headcount, people)} of headcount.`,
        levels: null,
      };
    }
    default:
      return NOTHING;
  }
}
