/**
 * The other people's selections on the canvas: each role (or customer) they
 * have selected is outlined in their colour, with their name as visible text
 * (plain text: a name from a peer is never markup). Drawn in flow coordinates
 * from the nodes React Flow has measured, so an outline follows its node
 * through a pan, a zoom or a re-layout. A person who leaves drops out of the
 * awareness states, and their outlines with them. Nodes not drawn (a big
 * chart's overview) have no outline.
 */
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { LiveSession } from '../../editor/live/live-session';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Boxes = Record<string, Box>;

function sameBoxes(a: Boxes, b: Boxes): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const p = a[key];
    const q = b[key];
    return !!p && !!q && p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height;
  });
}

/** Room around a node for the outline, in flow units. */
const GAP = 4;

export function RemoteSelections({ session }: { session: LiveSession }) {
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const wanted = useMemo(
    () => [...new Set(snapshot.others.flatMap((person) => person.selection))],
    [snapshot.others],
  );
  // The smallest slice of React Flow's store: the boxes of the nodes someone has selected.
  const boxesOf = useCallback(
    (state: ReactFlowState): Boxes => {
      const boxes: Boxes = {};
      for (const id of wanted) {
        const node = state.nodeLookup.get(id);
        const width = node?.measured.width ?? node?.width;
        const height = node?.measured.height ?? node?.height;
        if (!node || !width || !height) continue;
        const { x, y } = node.internals.positionAbsolute;
        boxes[id] = { x, y, width, height };
      }
      return boxes;
    },
    [wanted],
  );
  const boxes = useStore(boxesOf, sameBoxes);

  return (
    <ViewportPortal>
      {snapshot.others.flatMap((person) =>
        person.selection.map((id) => {
          const box = boxes[id];
          if (!box) return null;
          return (
            <div
              key={`${person.id}:${id}`}
              data-testid="remote-selection"
              data-node-id={id}
              className="pointer-events-none absolute left-0 top-0 z-40 rounded-lg border-2"
              style={{
                transform: `translate(${box.x - GAP}px, ${box.y - GAP}px)`,
                width: box.width + 2 * GAP,
                height: box.height + 2 * GAP,
                borderColor: person.colour,
              }}
            >
              <span
                className="absolute -top-5 left-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold leading-none text-white"
                style={{ backgroundColor: person.colour }}
              >
                {person.name}
              </span>
            </div>
          );
        }),
      )}
    </ViewportPortal>
  );
}
