import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { sampleChart } from '../domain/samples/sample-chart';
import { demoChartFromUrl, isExpandedDemoUrl } from './demo';
import { OrgCanvas } from '../canvas/org-canvas';
import { createEditorStore, type EditorStore } from '../editor/store';
import { EditorContext, useEditor } from '../editor/use-editor';
import { AnalysisPanel } from '../ui/analysis/analysis-panel';
import { ChartMenu } from '../ui/chart-list/chart-menu';
import { Inspector } from '../ui/inspector/inspector';
import { NoticeBar } from '../ui/primitives/notice-bar';
import { PathHighlightBar } from '../ui/inspector/path-highlight';
import { Toolbar } from '../ui/toolbar/toolbar';
import { TeachMode } from '../ui/teach/teach-mode';
import { ViewSwitch } from '../ui/views/view-switch';
import { UnrecoveredAlert } from '../ui/recovery/unrecovered-alert';
import { CanvasFileDrop, FileDialogs } from './file-io';
import { useAppCommands } from './use-app-commands';
import { useChartLibrary } from './use-chart-library';
import { useScenarios } from './use-scenarios';
import { CompareView } from '../ui/scenarios/compare-view';
import { ScenarioActions } from '../ui/scenarios/scenario-actions';
import { useEditorStore } from '../editor/use-editor';
import { useLiveRoom } from './use-live-room';
import { ShareButton } from '../ui/live/share-button';
import { LiveStatus } from '../ui/live/live-status';
import { RemoteCursors } from '../canvas/live/remote-cursors';
import { RemoteSelections } from '../canvas/live/remote-selections';
import { OutlinePanel } from '../ui/outline/outline-panel';
import { useOutlineOpen } from '../ui/outline/outline-open';

/** The editor's screen: toolbar, canvas, and the side panel (hidden while presenting). */
function EditorScreen() {
  const mode = useEditor((state) => state.mode);
  const { registry, context } = useAppCommands();
  // Keeping work: the stored chart is loaded before anything is drawn (no flash of the sample).
  const library = useChartLibrary();
  const store = useEditorStore();
  const view = useEditor((state) => state.view);
  const scenarios = useScenarios(store, library.session);
  const live = useLiveRoom(store, library.session, library.ready);
  const presenting = mode === 'presenting';
  const teaching = mode === 'teaching';
  const outlineOpen = useOutlineOpen((state) => state.open);
  if (!library.ready) return <div className="h-full" aria-busy="true" />;
  return (
    <>
      <div
        className={`flex h-full flex-col ${presenting ? 'upturn-presenting' : ''}`}
        // Teach covers the editor: what is underneath takes no focus and no clicks,
        // and is not rendered (kept as it is, but not painted under every frame of a glide).
        inert={teaching}
        style={teaching ? { contentVisibility: 'hidden' } : undefined}
      >
        {!presenting && (
          <Toolbar
            registry={registry}
            context={context}
            chartMenu={
              <ChartMenu session={library.session} onNewScenario={scenarios.newScenario} />
            }
            scenarioActions={
              <ScenarioActions
                canStore={scenarios.canStore}
                canCompare={scenarios.canCompare}
                onNewScenario={() => void scenarios.newScenario()}
                onCompare={() => void scenarios.openCompare()}
              />
            }
            liveActions={
              <>
                <ShareButton links={live.links} onShare={live.share} />
                {live.snapshot && <LiveStatus snapshot={live.snapshot} />}
              </>
            }
          />
        )}
        {scenarios.compare && library.session && !presenting ? (
          <div className="flex min-h-0 flex-1 flex-col">
            <NoticeBar />
            <CompareView
              session={library.session}
              charts={scenarios.charts}
              initial={scenarios.compare}
              view={view}
              onClose={scenarios.closeCompare}
              onAdopt={scenarios.adopt}
              onExportPdf={scenarios.exportPdf}
              onExportCsv={scenarios.exportCsv}
            />
          </div>
        ) : (
          <div className="flex min-h-0 flex-1">
            <div className="flex min-w-0 flex-1 flex-col">
              <main className="relative min-h-0 min-w-0 flex-1">
                <CanvasFileDrop>
                  <NoticeBar />
                  <UnrecoveredAlert session={library.session} />
                  <PathHighlightBar />
                  {!presenting && (
                    <div className="pointer-events-none absolute top-3 right-3 z-20">
                      <ViewSwitch />
                    </div>
                  )}
                  <OrgCanvas
                    registry={registry}
                    context={context}
                    overlay={
                      live.session && (
                        <>
                          <RemoteSelections session={live.session} />
                          <RemoteCursors session={live.session} />
                        </>
                      )
                    }
                  />
                </CanvasFileDrop>
              </main>
              {outlineOpen && !presenting && <OutlinePanel />}
            </div>
            {!presenting && (
              <aside
                className="flex w-[320px] shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-slate-50/80"
                aria-label="Side panel"
              >
                <Inspector />
                <AnalysisPanel />
              </aside>
            )}
          </div>
        )}
        <FileDialogs session={library.session} />
      </div>
      {teaching && <TeachScreen />}
    </>
  );
}

/** Teach over the editor: caption edits are chart commands (undoable, kept); Exit returns. */
function TeachScreen() {
  const store = useEditorStore();
  const chart = useEditor((state) => state.chart);
  return (
    <TeachMode
      chart={chart}
      run={(command) => store.getState().run(command, 'Edit caption')}
      onExit={() => store.getState().setMode('editing')}
    />
  );
}

/** Composition: the only place that wires store, canvas and panels together. */
export function App({ store: given }: { store?: EditorStore }) {
  const [store] = useState(() => {
    const created = given ?? createEditorStore(demoChartFromUrl() ?? sampleChart());
    if (!given && isExpandedDemoUrl()) created.getState().setCollapsed(new Set());
    // The chart is in the store: the browser benchmark times first paint from here.
    performance.mark('upturn:chart-ready');
    return created;
  });
  return (
    <EditorContext value={store}>
      <ReactFlowProvider>
        <EditorScreen />
      </ReactFlowProvider>
    </EditorContext>
  );
}
