import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeMouseHandler,
  type FinalConnectionState,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CommandContext, CommandRegistry } from '../editor/command-registry';
import { analysisOf, layoutOf } from '../editor/derived';
import { useEditor, useEditorStore } from '../editor/use-editor';
import { CustomerNode } from './customer-node';
import { EdgeBar } from './edge-bar';
import { FlowEdgeCache, FlowNodeCache, type ChartEdgeData, type ChartFlowNode } from './flow-model';
import { linkCommand } from './link-intent';
import { RoleNode } from './role-node';
import { TierBands, TierLabels } from './tier-backdrop';
import { useNodeDrag } from './use-node-drag';

/** Module level, so React Flow never sees a new object (CONVENTIONS.md habit 7). */
const nodeTypes = { role: RoleNode, customer: CustomerNode };
const GLIDE_MS = 420;
/** Room at the left for the tier labels, so they never cover a node after a fit. */
export const FIT_PADDING = { top: '56px', bottom: '56px', left: '150px', right: '48px' } as const;
/** Presenting enlarges every node (and its text) by this much. */
const PRESENT_SCALE = 1.35;
/** Past this many nodes only what is on screen is drawn (PERFORMANCE.md: 60 fps pan at 5k). */
const VIRTUALISE_FROM = 400;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

function miniMapColour(node: ChartFlowNode): string {
  if (node.type === 'customer') return '#14b8a6';
  return node.data.flags.includes('no-path') ? '#f87171' : '#cbd5e1';
}

/** The node id under a screen point, if any (a connection dropped on a node's body). */
function nodeAt(x: number, y: number): string | null {
  const element = document.elementFromPoint(x, y)?.closest('.react-flow__node');
  return element?.getAttribute('data-id') ?? null;
}

/**
 * The canvas: the chart as the layout places it, in the current view. Nodes
 * glide to their new place when the layout changes (a flip, an edit). Every
 * gesture here turns into domain commands; nothing is positioned by hand.
 */
export function OrgCanvas({
  registry,
  context,
}: {
  registry: CommandRegistry;
  context: CommandContext;
}) {
  const store = useEditorStore();
  const chart = useEditor((state) => state.chart);
  const view = useEditor((state) => state.view);
  const selection = useEditor((state) => state.selection);
  const editing = useEditor((state) => state.mode === 'editing');
  const { fitView } = useReactFlow();
  const drag = useNodeDrag(store);
  const [selectedLink, setSelectedLink] = useState<ChartEdgeData | null>(null);

  const layout = layoutOf(chart, view, editing ? 1 : PRESENT_SCALE);
  const analysis = analysisOf(chart);
  const selected = useMemo(() => new Set(selection), [selection]);
  const [cache] = useState(() => new FlowNodeCache());
  const baseNodes = useMemo(
    () => cache.build(chart, layout, analysis, view, selected),
    [cache, chart, layout, analysis, view, selected],
  );
  const nodes = useMemo(() => {
    if (drag.overrides.size === 0 && !drag.dropTarget) return baseNodes;
    return baseNodes.map((node) => {
      const position = drag.overrides.get(node.id);
      const target = node.id === drag.dropTarget;
      if (!position && !target) return node;
      return {
        ...node,
        position: position ?? node.position,
        className: target ? 'is-drop-target' : undefined,
        dragging: Boolean(position),
      };
    });
  }, [baseNodes, drag.overrides, drag.dropTarget]);
  const [edgeCache] = useState(() => new FlowEdgeCache());
  const edges = useMemo(() => edgeCache.build(chart, view), [edgeCache, chart, view]);

  // Glide: CSS transitions on node transforms while the layout changes; edges
  // fade out meanwhile, since they are drawn at the final positions at once.
  const [gliding, setGliding] = useState(false);
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    setGliding(true);
    const timer = window.setTimeout(() => setGliding(false), GLIDE_MS);
    return () => window.clearTimeout(timer);
  }, [layout]);

  // A flip turns the whole chart over: bring all of it back into view.
  const lastView = useRef(view);
  useEffect(() => {
    if (lastView.current === view) return;
    lastView.current = view;
    void fitView({ duration: GLIDE_MS, padding: FIT_PADDING });
  }, [view, fitView]);

  // A link that no longer exists (undo, delete) is no longer selected.
  const linkGone =
    selectedLink !== null &&
    !edges.some(
      (edge) =>
        edge.data?.from === selectedLink.from &&
        edge.data?.to === selectedLink.to &&
        edge.data?.kind === selectedLink.kind,
    );
  const shownLink = linkGone ? null : selectedLink;

  const onNodesChange = useCallback(
    (changes: NodeChange<ChartFlowNode>[]) => {
      drag.onPositionChanges(changes);
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      const next = new Set(store.getState().selection);
      for (const change of selects) {
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      store.getState().select([...next]);
      if (next.size > 0) setSelectedLink(null);
    },
    [store, drag],
  );

  const connect = useCallback(
    (source: string, sourceHandle: string | null | undefined, target: string) => {
      if (source === target) {
        store.getState().notify('Refused: a role cannot be linked to itself.', 'error');
        return;
      }
      const { chart: current, view: currentView } = store.getState();
      const command = linkCommand(current, currentView, source, sourceHandle, target);
      if (!command) {
        store.getState().notify('Refused: two customers cannot be linked.', 'error');
        return;
      }
      store.getState().run(command);
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) =>
      connect(connection.source, connection.sourceHandle, connection.target),
    [connect],
  );

  // A connection dropped on a node's body (not exactly on a handle) still counts.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const target = nodeAt(point.clientX, point.clientY);
      if (!target || target === state.fromNode.id) return;
      const fromHandle = state.fromHandle;
      if (fromHandle?.type === 'target') connect(target, null, state.fromNode.id);
      else connect(state.fromNode.id, fromHandle?.id, target);
    },
    [connect],
  );

  const onNodeDoubleClick: NodeMouseHandler<ChartFlowNode> = useCallback(
    (_event, node) => {
      if (store.getState().mode !== 'editing') return;
      store.getState().select([node.id]);
      store.getState().setRenaming(node.id);
    },
    [store],
  );

  const onEdgeClick: EdgeMouseHandler = useCallback(
    (_event, edge) => {
      const data = edge.data as ChartEdgeData | undefined;
      if (!data || store.getState().mode !== 'editing') return;
      setSelectedLink(data);
      store.getState().select([]);
    },
    [store],
  );

  // Double-click on empty canvas adds a role (zoom-on-double-click is off for this).
  const onDoubleClick = useCallback(
    (event: React.MouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest('.react-flow__pane')) return;
      registry.run('add-role', context);
    },
    [registry, context],
  );

  return (
    <div
      className={`upturn-canvas relative h-full w-full ${gliding ? 'is-gliding' : ''}`}
      data-view={view}
      data-mode={editing ? 'editing' : 'presenting'}
      data-testid="canvas"
      onDoubleClick={editing ? onDoubleClick : undefined}
    >
      <ReactFlow<ChartFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={drag.onNodeDrag}
        onNodeDragStop={drag.onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={() => setSelectedLink(null)}
        nodesDraggable={editing}
        nodesConnectable={editing}
        elementsSelectable={editing}
        connectionLineType={ConnectionLineType.Bezier}
        connectionRadius={36}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements={nodes.length > VIRTUALISE_FROM}
        fitView
        fitViewOptions={{ padding: FIT_PADDING, minZoom: 0.35 }}
        minZoom={0.05}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        aria-label="Org chart canvas"
      >
        <TierBands layout={layout} />
        <TierLabels layout={layout} />
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#e2e8f0" />
        {editing && <Controls position="bottom-left" showInteractive={false} />}
        {editing && (
          <MiniMap<ChartFlowNode>
            position="bottom-right"
            pannable
            zoomable
            nodeColor={miniMapColour}
            nodeStrokeWidth={0}
            maskColor="rgba(241,245,249,0.7)"
            style={{ width: 168, height: 112 }}
            ariaLabel="Mini map"
          />
        )}
        {shownLink && editing && (
          <EdgeBar
            link={shownLink}
            chart={chart}
            store={store}
            onDone={() => setSelectedLink(null)}
          />
        )}
      </ReactFlow>
    </div>
  );
}
