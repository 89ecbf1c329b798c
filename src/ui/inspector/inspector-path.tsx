/**
 * A role's path to the customer, in words and as a chain of chips, or why it
 * has none; then its other flags. Read from the cached analysis of the chart.
 */
import type { Chart, Role } from '../../domain/chart';
import { explainPath } from '../../domain/analysis/service-paths';
import { FLAG_WORDS } from '../../theme/flags';
import { counted } from '../../theme/words';
import { HeartHandshakeIcon, RouteIcon, TriangleAlertIcon } from 'lucide-react';
import { analysisOf } from '../../editor/derived';
import { nodeLabels, sectionHeadingClass, useFocusNode } from './inspector-fields';

function stepsText(count: number): string {
  return counted(count, 'step');
}

/** The chain Role → … → Customer; every node after the role itself is a button that selects it. */
function PathChips({ chart, path }: { chart: Chart; path: readonly string[] }) {
  const focusNode = useFocusNode();
  const labels = nodeLabels(chart);
  const customers = new Set(chart.customers.map((customer) => customer.id));
  const titles = new Map(chart.roles.map((role) => [role.id, role.title]));
  return (
    <ol aria-label="Service path" className="flex flex-wrap items-center gap-1">
      {path.map((id, i) => {
        const customer = customers.has(id);
        // Titles, as the sentence below names them; the fuller name is the tooltip.
        const name = titles.get(id) ?? labels.get(id) ?? id;
        const full = labels.get(id) ?? name;
        const tone = customer
          ? 'border-customer-line/60 bg-customer-soft/70 text-customer'
          : 'border-slate-200 bg-white text-ink-soft';
        const chip = `inline-flex max-w-[260px] items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${tone}`;
        return (
          <li key={`${id}:${i}`} className="flex max-w-full items-center gap-1">
            {i === 0 ? (
              <span className={`${chip} ring-1 ring-brand/40`} title={full}>
                <span className="truncate">{name}</span>
              </span>
            ) : (
              <button
                type="button"
                onClick={() => focusNode(id)}
                title={`Select ${full}`}
                className={`${chip} transition hover:border-brand/50 focus-visible:outline-2 focus-visible:outline-brand`}
              >
                {customer && <HeartHandshakeIcon size={11} className="shrink-0" />}
                <span className="truncate">{name}</span>
              </button>
            )}
            {/* After the chip, so a wrapped chain ends its line with the arrow it continues. */}
            {i < path.length - 1 && (
              <span aria-hidden="true" className="text-ink-faint">
                →
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function RolePath({ chart, role }: { chart: Chart; role: Role }) {
  const analysis = analysisOf(chart);
  const facts = analysis.roles.get(role.id);
  const flags = analysis.flagsByRole.get(role.id) ?? [];
  const noPath = flags.find((flag) => flag.kind === 'no-path');
  const others = flags.filter((flag) => flag.kind !== 'no-path');
  const sentence = explainPath(chart, analysis, role.id);
  const hasPath = Boolean(facts?.hasPath) && facts?.distance != null;

  return (
    <section aria-labelledby="inspector-path-heading" className="flex flex-col gap-2">
      <h3 id="inspector-path-heading" className={`${sectionHeadingClass} flex items-center gap-2`}>
        Path to customer
        {hasPath && facts?.distance != null && (
          <span className="rounded-full bg-customer-soft px-2 py-0.5 text-[11px] font-semibold tracking-normal text-customer normal-case">
            {stepsText(facts.distance)}
          </span>
        )}
      </h3>
      {hasPath && facts ? (
        <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3">
          <PathChips chart={chart} path={facts.path} />
          <p className="flex gap-1.5 text-xs leading-snug text-ink-soft">
            <RouteIcon size={13} className="mt-px shrink-0 text-customer" />
            <span>{sentence}</span>
          </p>
        </div>
      ) : (
        <div className="rounded-lg border border-flag-line/50 bg-flag-soft px-3 py-2.5">
          <p className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-flag uppercase">
            <TriangleAlertIcon size={13} className="shrink-0" />
            {FLAG_WORDS['no-path']}
          </p>
          <p className="mt-1 text-sm leading-snug text-ink-soft">{sentence}</p>
          {noPath?.hint && (
            <p className="mt-1 text-xs leading-snug font-medium text-ink-soft">{noPath.hint}</p>
          )}
        </div>
      )}
      {others.length > 0 && (
        <ul aria-label="Other flags" className="flex flex-col gap-1.5">
          {others.map((flag) => (
            <li
              key={flag.kind}
              className="rounded-lg border border-amber-200 bg-warn-soft px-3 py-2 text-xs leading-snug"
            >
              <span className="flex items-center gap-1.5 font-semibold tracking-wide text-warn uppercase">
                <TriangleAlertIcon size={12} className="shrink-0" />
                {FLAG_WORDS[flag.kind]}
              </span>
              <span className="mt-0.5 block text-ink-soft">{flag.message}</span>
              {flag.hint && <span className="mt-0.5 block text-ink-soft">{flag.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
