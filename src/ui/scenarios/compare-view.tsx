/**
 * The compare view: a scenario against its base (or any two charts picked),
 * side by side (two read-only canvases in the same view, panned and zoomed
 * together) or as an overlay on the proposed chart; the region "Changes" and
 * the region "Scenario figures" beside them; "Adopt scenario" and "Export
 * comparison" in its header.
 */
import type { Viewport } from '@xyflow/react';
import { Columns2, FileDown, Layers, X } from 'lucide-react';
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Chart, View } from '../../domain/chart';
import {
  distanceBins,
  figureRows,
  flagChanges,
  spanBins,
} from '../../domain/scenarios/scenario-figures';
import { analysisOf } from '../../editor/derived';
import type { ChartSummary } from '../../editor/persistence/chart-library';
import type { ChartSession } from '../../editor/persistence/chart-library-session';
import type { Layout } from '../../layout/layout';
import { ChangesRegion } from './changes-region';
import { CompareCanvas } from './compare-canvas';
import { compareLayout, fitViewport, focusViewport, union } from './compare-layout';
import { compareCharts, type Comparison } from './compare-model';
import { FiguresRegion, type ScenarioFigures } from './figures-region';

export type CompareMode = 'side-by-side' | 'overlay';

export function scenarioFigures(base: Chart, scenario: Chart): ScenarioFigures {
  const a = analysisOf(base);
  const b = analysisOf(scenario);
  return {
    rows: figureRows(a.figures, b.figures),
    spans: spanBins(a, b),
    distances: distanceBins(a, b),
    flags: flagChanges({ chart: base, analysis: a }, { chart: scenario, analysis: b }),
  };
}

export interface CompareSelection {
  baseId: string;
  scenarioId: string;
}

export interface CompareViewProps {
  session: ChartSession;
  charts: readonly ChartSummary[];
  initial: CompareSelection;
  view: View;
  onClose: () => void;
  /** Makes `scenario` the content of chart `baseId`; resolves true when done. */
  onAdopt: (baseId: string, scenario: Chart) => Promise<boolean>;
  onExportPdf: (comparison: Comparison, figures: ScenarioFigures, view: View) => Promise<void>;
  onExportCsv: (comparison: Comparison) => void;
}

export function CompareView({
  session,
  charts,
  initial,
  view,
  onClose,
  onAdopt,
  onExportPdf,
  onExportCsv,
}: CompareViewProps) {
  const [picked, setPicked] = useState(initial);
  const [loaded, setLoaded] = useState<{ key: string; base: Chart; scenario: Chart } | null>(null);
  const [mode, setMode] = useState<CompareMode>('side-by-side');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const beforeId = useId();
  const afterId = useId();
  const key = `${picked.baseId}\u0000${picked.scenarioId}`;

  useEffect(() => {
    let live = true;
    void Promise.all([session.load(picked.baseId), session.load(picked.scenarioId)]).then(
      ([base, scenario]) => {
        if (!live) return;
        if (base && scenario) setLoaded({ key, base: base.chart, scenario: scenario.chart });
      },
    );
    return () => {
      live = false;
    };
  }, [session, picked, key]);

  const current = loaded?.key === key ? loaded : null;
  const comparison = useMemo(
    () => (current ? compareCharts(current.base, current.scenario) : null),
    [current],
  );
  const sides = useMemo(
    (): { base: Layout; scenario: Layout } | null =>
      comparison && {
        base: compareLayout(comparison.base, view),
        scenario: compareLayout(comparison.scenario, view),
      },
    [comparison, view],
  );
  // The figures and the overlay's layout follow a render behind (React's deferred value): the
  // two charts are on screen first, and at 5,000 roles these are a good part of a second.
  const later = useDeferredValue(comparison);
  const laterFigures = useMemo(
    () => (later ? scenarioFigures(later.base, later.scenario) : null),
    [later],
  );
  const figures = later === comparison ? laterFigures : null;
  const overlayLayout = useMemo(
    () => (later ? compareLayout(later.overlay, view) : null),
    [later, view],
  );
  const layouts = useMemo(
    (): { base: Layout; scenario: Layout; overlay: Layout | null } | null =>
      sides && {
        ...sides,
        overlay: overlayLayout && later === comparison ? overlayLayout : null,
      },
    [sides, overlayLayout, later, comparison],
  );

  // The first view shows all of the proposed chart (with its ghosts, once the overlay is laid
  // out; both charts until then); after that the user's pan and zoom hold.
  useEffect(() => {
    if (!layouts || viewport) return;
    const box = stage.current?.getBoundingClientRect();
    const width = (box?.width ?? 1200) / (mode === 'side-by-side' ? 2 : 1);
    const bounds = layouts.overlay?.bounds ?? union(layouts.base.bounds, layouts.scenario.bounds);
    setViewport(fitViewport(bounds, { width, height: box?.height ?? 600 }));
  }, [layouts, viewport, mode]);

  /**
   * The before canvas is the after canvas's viewport moved by `offset` (flow units): pan and
   * zoom stay linked, and a focused role sits at the same place in both.
   */
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const beforeViewport = viewport && {
    zoom: viewport.zoom,
    x: viewport.x + offset.x * viewport.zoom,
    y: viewport.y + offset.y * viewport.zoom,
  };
  const onBeforeViewport = (next: Viewport) =>
    setViewport({
      zoom: next.zoom,
      x: next.x - offset.x * next.zoom,
      y: next.y - offset.y * next.zoom,
    });

  // Read when a change is focused; a ref, so `focus` stays one function and the side panel
  // (its thousands of entries, perhaps) is not rendered again on every frame of a pan.
  const latest = useRef({ layouts, viewport, mode });
  useEffect(() => {
    latest.current = { layouts, viewport, mode };
  });
  const focus = useCallback((roleId: string) => {
    setFocusId(roleId);
    const box = stage.current?.getBoundingClientRect();
    const { layouts, viewport, mode } = latest.current;
    if (!box || !layouts || !viewport) return;
    const before = layouts.base.nodes.get(roleId);
    const after =
      (mode === 'overlay' ? layouts.overlay : layouts.scenario)?.nodes.get(roleId) ??
      layouts.overlay?.nodes.get(roleId);
    const placed = after ?? before;
    if (!placed) return;
    setOffset(before && after ? { x: after.x - before.x, y: after.y - before.y } : { x: 0, y: 0 });
    const width = box.width / (mode === 'side-by-side' ? 2 : 1);
    setViewport(focusViewport(placed, { width, height: box.height }, viewport.zoom));
  }, []);

  const isScenarioPair =
    charts.find((chart) => chart.id === picked.scenarioId)?.baseId === picked.baseId;

  const adopt = async () => {
    if (!current || busy) return;
    setBusy(true);
    try {
      if (await onAdopt(picked.baseId, current.scenario)) onClose();
    } finally {
      setBusy(false);
    }
  };

  const picker = (id: string, label: string, value: string, onChange: (id: string) => void) => (
    <label htmlFor={id} className="flex items-center gap-1.5 text-sm text-ink-soft">
      {label}
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="h-8 max-w-[220px] rounded-md border border-slate-200 bg-white px-2 text-sm text-ink"
      >
        {charts.map((chart) => (
          <option key={chart.id} value={chart.id}>
            {chart.name}
          </option>
        ))}
      </select>
    </label>
  );

  const button =
    'inline-flex h-8 items-center gap-1.5 rounded-lg border border-slate-200 bg-white px-3 text-sm font-medium text-ink-soft hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-50';

  return (
    <div
      className="flex h-full min-h-0 flex-col"
      data-compare={mode}
      role="region"
      aria-label="Compare charts"
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-4 py-2">
        <h2 className="text-sm font-semibold text-ink">Compare</h2>
        {picker(beforeId, 'Before', picked.baseId, (baseId) => {
          setPicked((p) => ({ ...p, baseId }));
          setFocusId(null);
        })}
        {picker(afterId, 'After', picked.scenarioId, (scenarioId) => {
          setPicked((p) => ({ ...p, scenarioId }));
          setFocusId(null);
        })}
        <button
          type="button"
          className={button}
          onClick={() => setMode(mode === 'overlay' ? 'side-by-side' : 'overlay')}
        >
          {mode === 'overlay' ? (
            <Columns2 size={15} aria-hidden="true" />
          ) : (
            <Layers size={15} aria-hidden="true" />
          )}
          {mode === 'overlay' ? 'Side by side' : 'Overlay'}
        </button>
        <button
          type="button"
          className={button}
          disabled={!layouts}
          onClick={() => {
            setOffset({ x: 0, y: 0 });
            setViewport(null);
          }}
        >
          Show all
        </button>
        <span className="ml-auto" />
        <div className="relative">
          <button
            type="button"
            className={button}
            aria-expanded={exportOpen}
            disabled={!comparison}
            onClick={() => setExportOpen(!exportOpen)}
          >
            <FileDown size={15} aria-hidden="true" />
            Export comparison
          </button>
          {exportOpen && comparison && figures && (
            <div className="absolute right-0 z-20 mt-1 flex w-56 flex-col gap-1 rounded-lg border border-slate-200 bg-white p-1.5 shadow-lg">
              <button
                type="button"
                className="rounded-md px-2 py-1.5 text-left text-sm text-ink hover:bg-slate-100"
                onClick={() => {
                  setExportOpen(false);
                  void onExportPdf(comparison, figures, view);
                }}
              >
                PDF for the board
              </button>
              <button
                type="button"
                className="rounded-md px-2 py-1.5 text-left text-sm text-ink hover:bg-slate-100"
                onClick={() => {
                  setExportOpen(false);
                  onExportCsv(comparison);
                }}
              >
                Changes as CSV
              </button>
            </div>
          )}
        </div>
        <button
          type="button"
          className="inline-flex h-8 items-center gap-1.5 rounded-lg bg-brand px-3 text-sm font-medium text-white shadow-sm hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-50"
          disabled={!comparison || !isScenarioPair || busy}
          title={
            isScenarioPair
              ? 'Make the proposed structure the base chart’s content (one undoable step)'
              : 'Adopt needs a scenario and its base'
          }
          onClick={() => void adopt()}
        >
          Adopt scenario
        </button>
        <button type="button" className={button} onClick={onClose}>
          <X size={15} aria-hidden="true" />
          Back to editor
        </button>
      </div>
      <div className="flex min-h-0 flex-1">
        <div ref={stage} className="flex min-h-0 min-w-0 flex-1 divide-x divide-slate-200">
          {comparison && layouts && viewport && (mode === 'side-by-side' || layouts.overlay) ? (
            mode === 'side-by-side' || !layouts.overlay ? (
              <>
                <CompareCanvas
                  label="Before"
                  chart={comparison.base}
                  layout={layouts.base}
                  view={view}
                  viewport={beforeViewport ?? viewport}
                  onViewport={onBeforeViewport}
                  focusId={focusId}
                  onFocus={focus}
                />
                <CompareCanvas
                  label="After"
                  chart={comparison.scenario}
                  layout={layouts.scenario}
                  view={view}
                  viewport={viewport}
                  onViewport={setViewport}
                  focusId={focusId}
                  onFocus={focus}
                />
              </>
            ) : (
              <CompareCanvas
                label="After, with the changes marked"
                chart={comparison.overlay}
                layout={layouts.overlay}
                view={view}
                viewport={viewport}
                onViewport={setViewport}
                focusId={focusId}
                onFocus={focus}
                marks={comparison.marks}
                ghosts={comparison.ghosts}
                linksAdded={comparison.linksAdded}
                linksRemoved={comparison.linksRemoved}
              />
            )
          ) : (
            <p className="p-6 text-sm text-ink-soft" aria-busy="true">
              Reading both charts…
            </p>
          )}
        </div>
        <aside
          aria-label="Comparison"
          className="w-[380px] shrink-0 overflow-y-auto border-l border-slate-200 bg-slate-50/80"
        >
          {comparison && <ChangesRegion groups={comparison.groups} onFocus={focus} />}
          {figures && <FiguresRegion figures={figures} />}
        </aside>
      </div>
    </div>
  );
}
