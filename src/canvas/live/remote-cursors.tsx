/**
 * The other people's cursors on the canvas, each with their name as visible
 * text, drawn in flow coordinates (so they stay on the role they point at
 * whatever the zoom); and this person's pointer sent to them. A person who
 * leaves drops out of the awareness states, and so off the canvas.
 */
import { useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEffect, useSyncExternalStore } from 'react';
import type { LiveSession } from '../../editor/live/live-session';

export function RemoteCursors({ session }: { session: LiveSession }) {
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const flow = useReactFlow();

  useEffect(() => {
    let frame = 0;
    let last: PointerEvent | null = null;
    const send = () => {
      frame = 0;
      if (!last) return;
      const onCanvas = last.target instanceof Element && last.target.closest('.upturn-canvas');
      session.setCursor(
        onCanvas ? flow.screenToFlowPosition({ x: last.clientX, y: last.clientY }) : null,
      );
    };
    const onMove = (event: PointerEvent) => {
      last = event;
      if (!frame) frame = requestAnimationFrame(send);
    };
    const onLeave = () => session.setCursor(null);
    // Capture: React Flow stops some pointer events on nodes from bubbling.
    window.addEventListener('pointermove', onMove, { capture: true });
    document.documentElement.addEventListener('pointerleave', onLeave);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', onMove, { capture: true });
      document.documentElement.removeEventListener('pointerleave', onLeave);
    };
  }, [session, flow]);

  return (
    <ViewportPortal>
      {snapshot.others.map((person) =>
        person.cursor ? (
          <div
            key={person.id}
            data-testid="remote-cursor"
            className="pointer-events-none absolute left-0 top-0 z-50"
            style={{ transform: `translate(${person.cursor.x}px, ${person.cursor.y}px)` }}
          >
            <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
              <path
                d="M1 1 L15 11 L8 12 L5 19 Z"
                fill={person.colour}
                stroke="white"
                strokeWidth="1.5"
              />
            </svg>
            <span
              className="ml-3 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold text-white shadow"
              style={{ backgroundColor: person.colour }}
            >
              {person.name}
            </span>
          </div>
        ) : null,
      )}
    </ViewportPortal>
  );
}
