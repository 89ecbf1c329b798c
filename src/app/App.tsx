import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { sampleChart } from '../domain/sample-chart';
import { demoChartFromUrl } from './demo';
import { OrgCanvas } from '../canvas/org-canvas';
import { createEditorStore, type EditorStore } from '../editor/store';
import { EditorContext, useEditor } from '../editor/use-editor';
import { AnalysisPanel } from '../ui/analysis-panel';
import { NoticeBar } from '../ui/notice-bar';
import { Toolbar } from '../ui/toolbar';
import { useAppCommands } from './use-app-commands';

/** The editor's screen: toolbar, canvas, and the side panel (hidden while presenting). */
function EditorScreen() {
  const mode = useEditor((state) => state.mode);
  const { registry, context } = useAppCommands();
  const presenting = mode === 'presenting';
  return (
    <div className={`flex h-full flex-col ${presenting ? 'upturn-presenting' : ''}`}>
      {!presenting && <Toolbar registry={registry} context={context} />}
      <div className="flex min-h-0 flex-1">
        <main className="relative min-w-0 flex-1">
          <NoticeBar />
          <OrgCanvas registry={registry} context={context} />
        </main>
        {!presenting && (
          <aside
            className="flex w-[320px] shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-slate-50/80"
            aria-label="Side panel"
          >
            <AnalysisPanel />
          </aside>
        )}
      </div>
    </div>
  );
}

/** Composition: the only place that wires store, canvas and panels together. */
export function App({ store: given }: { store?: EditorStore }) {
  const [store] = useState(() => given ?? createEditorStore(demoChartFromUrl() ?? sampleChart()));
  return (
    <EditorContext value={store}>
      <ReactFlowProvider>
        <EditorScreen />
      </ReactFlowProvider>
    </EditorContext>
  );
}
