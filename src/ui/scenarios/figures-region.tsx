/**
 * The region "Scenario figures": before / after / change for every figure,
 * the span and customer-distance histograms, and the flags the scenario
 * raises and resolves, by name.
 */
import { ArrowDown, ArrowUp } from 'lucide-react';
import { memo } from 'react';
import type { Bin, FigureRow, FlagChange } from '../../domain/scenarios/scenario-figures';
import { FLAG_WORDS } from '../../theme/flags';
import { histogramSvg } from '../../files/scenarios/histogram-svg';
import { changeDirection, formatChange, formatFigure } from '../../files/scenarios/figure-format';
import { SvgTreeView } from './svg-tree-view';

export interface ScenarioFigures {
  rows: FigureRow[];
  spans: Bin[];
  distances: Bin[];
  flags: { raised: FlagChange[]; resolved: FlagChange[] };
}

export const SPAN_PLOT = {
  title: 'Spans of control',
  xLabel: 'Direct reports',
  yLabel: 'Managers',
};
export const DISTANCE_PLOT = {
  title: 'Distance to the customer',
  xLabel: 'Steps to a customer',
  yLabel: 'Roles',
};

function FlagList({ title, flags }: { title: string; flags: readonly FlagChange[] }) {
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-ink-soft uppercase">
        {title} ({flags.length})
      </h4>
      {flags.length === 0 ? (
        <p className="text-sm text-ink-soft">None</p>
      ) : (
        <ul className="text-sm text-ink">
          {flags.map((change) => (
            <li key={`${change.flag.kind}:${change.flag.roleId}`}>
              {change.title}: {FLAG_WORDS[change.flag.kind]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FiguresRegionView({ figures }: { figures: ScenarioFigures }) {
  return (
    <section role="region" aria-label="Scenario figures" className="flex flex-col gap-3 p-4">
      <h3 className="text-sm font-semibold text-ink">Scenario figures</h3>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-ink-soft">
            <th scope="col" className="py-1 font-semibold">
              Figure
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              Before
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              After
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.rows.map((row) => {
            const direction = changeDirection(row);
            return (
              <tr key={row.key} data-figure={row.key} className="border-b border-slate-100">
                <th scope="row" className="py-1 text-left font-normal text-ink">
                  {row.label}
                </th>
                <td className="py-1 text-right tabular-nums">
                  {formatFigure(row.format, row.before)}
                </td>
                <td className="py-1 text-right tabular-nums">
                  {formatFigure(row.format, row.after)}
                </td>
                <td className="py-1 text-right tabular-nums" data-direction={direction ?? 'none'}>
                  <span className="inline-flex items-center gap-0.5">
                    {direction === 'up' && <ArrowUp size={12} aria-label="up" />}
                    {direction === 'down' && <ArrowDown size={12} aria-label="down" />}
                    {formatChange(row)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SvgTreeView
        tree={histogramSvg(figures.spans, SPAN_PLOT)}
        label="Spans of control before and after: managers by number of direct reports"
      />
      <SvgTreeView
        tree={histogramSvg(figures.distances, DISTANCE_PLOT)}
        label="Distance to the customer before and after: roles by steps to a customer"
      />
      <FlagList title="Flags new" flags={figures.flags.raised} />
      <FlagList title="Flags resolved" flags={figures.flags.resolved} />
    </section>
  );
}

/** Rendered again only for new figures (not on every frame of a pan in the compare view). */
export const FiguresRegion = memo(FiguresRegionView);
