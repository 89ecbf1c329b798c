import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  MiniMap,
  ReactFlow,
  type EdgeMouseHandler,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { CommandContext } from '../editor/commands/command-registry';
import type { EditorRegistry } from '../editor/commands/editor-commands';
import { analysisOf, layoutOf } from '../editor/derived';
import { onRefined, refinedVersion } from '../editor/distance/distance-refiner';
import { treeOf, visibleChartOf } from '../editor/navigation';
import { useEditor, useEditorStore } from '../editor/use-editor';
import { CustomerNode } from './nodes/customer-node';
import { EdgeBar } from './flow/edge-bar';
import { FocusRequests } from './flow/focus-requests';
import { FlowEdgeCache } from './flow/flow-edges';
import { RoutedEdge } from './flow/routed-edge';
import { useDrawnLinks } from './flow/use-drawn-links';
import { LinksControl } from './viewport/links-control';
import {
  buildFlowNodes,
  type ChartEdgeData,
  type ChartFlowNode,
  type NodeReuse,
} from './flow/flow-model';
import { RoleNode } from './nodes/role-node';
import { BigChartLayers, ExtentNode } from './big-chart/scene-layer';
import { TierBands, TierLabels } from './viewport/tier-backdrop';
import { BranchBlocks } from './viewport/branch-blocks';
import { FIT_MARGINS, FLOW_FIT_OPTIONS, GLIDE_FIT, OPEN_FIT } from './viewport/fit-options';
import { backdropOf } from './viewport/distance-backdrop';
import { useBigChart } from './big-chart/use-big-chart';
import { useConnect } from './flow/use-connect';
import { useLayoutAspect } from './viewport/use-layout-aspect';
import { useCardDetail } from './viewport/use-card-detail';
import { chartTitlePx, LEGIBLE_PX, ROOM_LEGIBLE_PX } from './nodes/card-detail';
import { titleMeasure } from './nodes/measure-title';
import { useGlide } from './viewport/use-glide';
import { useKeptViewport } from './viewport/use-kept-viewport';
import { useDraggedNodes, useNodeDrag } from './flow/use-node-drag';
import { ZoomControls } from './viewport/zoom-controls';

/** Module level, so React Flow never sees a new object (CONVENTIONS.md habit 7). */
const nodeTypes = { role: RoleNode, customer: CustomerNode, extent: ExtentNode };
const edgeTypes = { routed: RoutedEdge };
/**
 * The minimap shows from this many drawn roles: a smaller chart is whole on
 * screen at its fit, where a minimap would only cover part of it.
 */
const MINIMAP_FROM = 40;
/** Presenting enlarges every node (and its text) by this much. */
const PRESENT_SCALE = 1.35;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** A press on a handle that moves less than this is a click, not a connection (nor a self-link). */
const CONNECT_THRESHOLD = 6;
const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;

function miniMapColour(node: ChartFlowNode): string {
  if (node.type === 'customer') return '#14b8a6';
  return node.data.flags.includes('no-path') ? '#f87171' : '#cbd5e1';
}

/**
 * The canvas: the chart as the layout places it, in the current view. Nodes
 * glide to their new place when the layout changes (a flip, an edit). Every
 * gesture here turns into domain commands; nothing is positioned by hand.
 */
export function OrgCanvas({
  registry,
  context,
  overlay,
}: {
  registry: EditorRegistry;
  context: CommandContext;
  /** Drawn inside the flow (a live room's remote cursors), if the app provides it. */
  overlay?: ReactNode;
}) {
  const store = useEditorStore();
  const chart = useEditor((state) => state.chart);
  const view = useEditor((state) => state.view);
  const selection = useEditor((state) => state.selection);
  // Teach draws over the editor: the canvas underneath stays as it was for editing.
  const editing = useEditor((state) => state.mode !== 'presenting');
  const drag = useNodeDrag(store);
  const kept = useKeptViewport(store, OPEN_FIT);

  // Folded branches are not drawn (nor laid out); the analysis always reads the whole chart.
  const collapsed = useEditor((state) => state.collapsed);
  const highlight = useEditor((state) => state.highlight);
  const drawn = visibleChartOf(chart, collapsed);
  const layoutAspect = useEditor((state) => state.layoutAspect);
  // Drawn again when the worker's service-distance layout arrives (layoutOf returns it then).
  useSyncExternalStore(onRefined, refinedVersion);
  const layout = layoutOf(drawn, view, editing ? 1 : PRESENT_SCALE, layoutAspect);
  const analysis = analysisOf(chart);
  const backdrop = useMemo(() => backdropOf(layout), [layout]);
  const titlePx = useMemo(() => chartTitlePx(drawn.roles, titleMeasure()), [drawn.roles]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const navigation = useMemo(
    () => ({ tree: treeOf(chart), collapsed, highlighted: highlight?.ids ?? null }),
    [chart, collapsed, highlight],
  );
  // A big chart: React Flow draws a window of it (`only`), a canvas the rest (all of it, zoomed out).
  const big = useBigChart({
    chart: drawn,
    layout,
    analysis,
    view,
    selection: selected,
    scale: editing ? 1 : PRESENT_SCALE,
    aspect: layoutAspect,
    minZoom: MIN_ZOOM,
  });
  // The nodes drawn last time, kept once committed, so a build reuses them without mutating
  // anything while rendering (a render may run twice).
  const lastBuilt = useRef<NodeReuse | null>(null);
  const built = useMemo(
    () =>
      buildFlowNodes(
        lastBuilt.current,
        chart,
        layout,
        analysis,
        view,
        selected,
        navigation,
        big.only,
      ),
    [chart, layout, analysis, view, selected, navigation, big.only],
  );
  useLayoutEffect(() => {
    lastBuilt.current = built.reuse;
  }, [built]);
  const nodes = useDraggedNodes(built.nodes, drag);
  const [edgeCache] = useState(() => new FlowEdgeCache());
  const edges = useMemo(
    () => edgeCache.build(drawn, view, highlight?.edges, big.only, layout),
    [edgeCache, drawn, view, highlight, big.only, layout],
  );

  // Glide, keep-in-view and the flip's fit (use-glide.ts).
  const { gliding, flipping, flipStyle, wrapper } = useGlide({
    layout,
    released: drag.released,
    view,
    editing,
    fit: GLIDE_FIT,
  });
  // The layout shapes the chart like the canvas (less the fit's margins).
  useLayoutAspect(wrapper, FIT_MARGINS);
  const detail = useCardDetail(editing ? 1 : PRESENT_SCALE, editing ? LEGIBLE_PX : ROOM_LEGIBLE_PX);
  const wrapperStyle = useMemo(
    () => ({ ...flipStyle, '--chart-title-px': `${titlePx}px` }) as CSSProperties,
    [flipStyle, titlePx],
  );

  // The selected link's bar, and the links drawn (Links: All / Selected / None).
  const { shownLink, drawnEdges } = useDrawnLinks(edges, selected);

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
      // Selecting a node drops the selected link (the store's `select`).
      store.getState().select([...next]);
    },
    [store, drag],
  );

  const { onConnect, onConnectEnd } = useConnect(store);

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
      store.getState().selectLink({ kind: data.kind, from: data.from, to: data.to });
    },
    [store],
  );

  // Double-click on empty canvas adds a role (zoom-on-double-click is off for this).
  // Only the pane itself counts: in React Flow 12 the pane wraps the viewport, so
  // `closest('.react-flow__pane')` would also match a double-click on a node (a rename).
  const onDoubleClick = useCallback(
    (event: React.MouseEvent) => {
      if (
        !(event.target instanceof Element) ||
        !event.target.classList.contains('react-flow__pane') ||
        // In the overview a double-click lands on the boxes drawn there, not on empty canvas.
        big.overview
      )
        return;
      registry.run('add-role', context);
    },
    [registry, context, big.overview],
  );

  const onFitView = useCallback(() => registry.run('fit-view', context), [registry, context]);

  // React Flow nudges a focused, selected node with the arrow keys; here positions are
  // always the layout's (a keyboard user moves a role with "Change manager…").
  const onKeyDownCapture = useCallback((event: React.KeyboardEvent) => {
    if (!ARROW_KEYS.has(event.key) || !(event.target instanceof Element)) return;
    if (!event.target.closest('.react-flow__node, .react-flow__nodesselection-rect')) return;
    event.stopPropagation();
    event.preventDefault();
  }, []);

  return (
    <div
      ref={wrapper}
      className={`upturn-canvas relative h-full w-full ${gliding ? 'is-gliding' : ''} ${
        flipping ? 'is-flipping' : ''
      } ${highlight ? 'has-highlight' : ''}`}
      style={wrapperStyle}
      data-view={view}
      data-mode={editing ? 'editing' : 'presenting'}
      data-lod={big.overview ? 'overview' : 'detail'}
      data-detail={detail}
      data-testid="canvas"
      onDoubleClick={editing ? onDoubleClick : undefined}
      onKeyDownCapture={onKeyDownCapture}
    >
      {/* The toolbar (and its heading) is hidden while presenting: the chart's name heads the page then. */}
      {!editing && <h1 className="sr-only">{chart.name}</h1>}
      <ReactFlow<ChartFlowNode>
        nodes={big.withExtent(nodes)}
        edges={drawnEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={drag.onNodeDrag}
        onNodeDragStop={drag.onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={(event) => {
          store.getState().selectLink(null);
          big.onPaneClick(event);
        }}
        onPaneMouseMove={big.onPaneMouseMove}
        onPaneMouseLeave={big.onPaneMouseLeave}
        nodesDraggable={editing}
        nodesConnectable={editing}
        elementsSelectable={editing}
        // Links are no Tab stops: Tab walks the roles, a role's links are in its panel.
        edgesFocusable={false}
        connectionLineType={ConnectionLineType.Bezier}
        connectionRadius={36}
        connectionDragThreshold={CONNECT_THRESHOLD}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements={big.active}
        fitView={kept.fitView}
        defaultViewport={kept.defaultViewport}
        onMoveEnd={kept.onMoveEnd}
        fitViewOptions={FLOW_FIT_OPTIONS}
        minZoom={big.minZoom}
        maxZoom={MAX_ZOOM}
        proOptions={{ hideAttribution: true }}
        aria-label="Org chart canvas"
      >
        {!big.active && <TierBands layout={backdrop} />}
        <TierLabels layout={backdrop} />
        <BranchBlocks
          chart={chart}
          layout={layout}
          analysis={analysis}
          titlePx={titlePx * (editing ? 1 : PRESENT_SCALE)}
        />
        {!big.overview && (
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#e2e8f0" />
        )}
        <FocusRequests />
        {overlay}
        <BigChartLayers big={big} gliding={gliding} minimap={editing} />
        {editing && <LinksControl />}
        {editing && (
          <ZoomControls
            minZoom={big.minZoom}
            maxZoom={MAX_ZOOM}
            onFitView={onFitView}
            fitShortcut={registry.shortcutLabel('fit-view')}
          />
        )}
        {editing && !big.active && drawn.roles.length >= MINIMAP_FROM && (
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
            onDone={() => store.getState().selectLink(null)}
          />
        )}
      </ReactFlow>
    </div>
  );
}
