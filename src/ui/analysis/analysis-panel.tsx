import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Flag } from '../../domain/analysis/service-paths';
import { FLAG_ORDER, FLAG_WORDS } from '../../theme/flags';
import { TriangleAlertIcon } from 'lucide-react';
import { analysisOf } from '../../editor/derived';
import { drawnLayoutOf } from '../../editor/navigation';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { ImportNotePanel } from './import-note-panel';

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function decimal(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2">
      <dt className="text-[11px] font-medium tracking-wide text-ink-faint uppercase">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-ink tabular-nums">
        {value}
        {detail && <span className="ml-1 text-xs font-normal text-ink-faint">{detail}</span>}
      </dd>
    </div>
  );
}

/** The chart figures and the flagged roles; each flag focuses its role on the canvas. */
/** How many flagged roles are listed before "Show all". */
const FLAGS_LISTED_FIRST = 100;

export function AnalysisPanel() {
  const chart = useEditor((state) => state.chart);
  const store = useEditorStore();
  const { setCenter } = useReactFlow();
  const { figures, flags } = analysisOf(chart);
  const titles = new Map(chart.roles.map((role) => [role.id, role.title]));

  const focus = useCallback(
    (flag: Flag) => {
      // A flagged role in a collapsed branch is still listed: unfold it to show it.
      store.getState().expandTo(flag.roleId);
      store.getState().select([flag.roleId]);
      const placed = drawnLayoutOf(store.getState()).nodes.get(flag.roleId);
      if (placed) {
        void setCenter(placed.x + placed.width / 2, placed.y + placed.height / 2, {
          zoom: 1.1,
          duration: 450,
        });
      }
    },
    [store, setCenter],
  );

  const noPath = flags.filter((flag) => flag.kind === 'no-path').length;
  // Most serious first; the sort is stable, so roles keep their chart order within a kind.
  const ordered = [...flags].sort((a, b) => FLAG_ORDER[a.kind] - FLAG_ORDER[b.kind]);
  // A big chart can flag a thousand roles: list the first ones, the rest on request
  // (ten thousand elements in the panel cost more to draw than the chart).
  const [showAll, setShowAll] = useState(false);
  const listed = showAll ? ordered : ordered.slice(0, FLAGS_LISTED_FIRST);
  return (
    <section
      aria-labelledby="analysis-heading"
      className="flex h-full flex-col gap-4 overflow-y-auto p-4"
    >
      <header>
        <h2 id="analysis-heading" className="text-sm font-semibold text-ink">
          Service analysis
        </h2>
        <p className="mt-0.5 text-xs text-ink-faint">
          Who can trace their work to a customer, and who cannot.
        </p>
      </header>
      <ImportNotePanel />
      <dl className="grid grid-cols-2 gap-2">
        <Figure label="Roles" value={String(figures.roles)} />
        <Figure label="Headcount" value={String(figures.headcount)} />
        <Figure
          label="Roles with path"
          value={percent(figures.shareRolesWithPath)}
          detail={`${figures.rolesWithPath}/${figures.roles}`}
        />
        <Figure
          label="People with path"
          value={percent(figures.shareHeadcountWithPath)}
          detail={`${figures.headcountWithPath}/${figures.headcount}`}
        />
        <Figure
          label="Distance"
          value={decimal(figures.meanDistance)}
          detail={`mean · max ${decimal(figures.maxDistance)}`}
        />
        <Figure label="Layers" value={String(figures.layers)} />
        <Figure
          label="Span of control"
          value={decimal(figures.spanMedian)}
          detail={`median · ${decimal(figures.spanMin)}–${decimal(figures.spanMax)}`}
        />
        <Figure label="Managers" value={String(figures.managers)} />
      </dl>
      <div>
        <h3 className="flex items-center gap-2 text-xs font-semibold tracking-wide text-ink-soft uppercase">
          Flagged roles
          <span
            className={`rounded-full px-2 py-0.5 text-[11px] ${noPath > 0 ? 'bg-flag-soft text-flag' : 'bg-slate-100 text-ink-faint'}`}
          >
            {flags.length}
          </span>
        </h3>
        {flags.length === 0 ? (
          <p className="mt-2 text-sm text-ink-soft">
            Every role has a service path. Nothing flagged.
          </p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1.5">
            {listed.map((flag) => (
              <li key={`${flag.roleId}:${flag.kind}`}>
                <button
                  type="button"
                  onClick={() => focus(flag)}
                  className="group w-full rounded-lg border border-slate-200 bg-white px-3 py-2 text-left transition hover:border-brand/40 hover:bg-brand-soft/40 focus-visible:outline-2 focus-visible:outline-brand"
                >
                  <span className="flex items-center gap-2 text-sm font-medium text-ink">
                    <TriangleAlertIcon
                      size={14}
                      className={`shrink-0 ${flag.kind === 'no-path' ? 'text-flag' : 'text-warn'}`}
                    />
                    <span className="truncate">{titles.get(flag.roleId) ?? flag.roleId}</span>
                  </span>
                  <span
                    className={`mt-0.5 block text-[11px] font-semibold tracking-wide uppercase ${flag.kind === 'no-path' ? 'text-flag' : 'text-warn'}`}
                  >
                    {FLAG_WORDS[flag.kind]}
                  </span>
                  <span className="mt-0.5 block text-xs leading-snug text-ink-soft">
                    {flag.message}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {listed.length < ordered.length && (
          <button
            type="button"
            onClick={() => setShowAll(true)}
            className="mt-2 w-full rounded-lg px-3 py-1.5 text-sm font-medium text-brand hover:bg-brand-soft focus-visible:outline-2 focus-visible:outline-brand"
          >
            Show all {ordered.length.toLocaleString('en')} flagged roles
          </button>
        )}
      </div>
    </section>
  );
}
