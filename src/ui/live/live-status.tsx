/**
 * The live status in the toolbar: "Live · 3 people", "Reconnecting…",
 * "Offline: your changes are kept and will sync". A status element, so a
 * screen reader hears it change; the people here are listed beside it.
 */
import type { LiveSnapshot } from '../../editor/live/live-session';
import { LIVE_WORDS } from '../../theme/people';

function statusText(snapshot: LiveSnapshot): string {
  switch (snapshot.status) {
    case 'live':
      return LIVE_WORDS.live(snapshot.count);
    case 'reconnecting':
      return LIVE_WORDS.reconnecting;
    case 'offline':
      return LIVE_WORDS.offline;
    case 'refused':
      return LIVE_WORDS.refused;
    default:
      return LIVE_WORDS.connecting;
  }
}

export function LiveStatus({ snapshot }: { snapshot: LiveSnapshot }) {
  const tone =
    snapshot.status === 'live'
      ? 'bg-emerald-500'
      : snapshot.status === 'refused'
        ? 'bg-red-600'
        : 'bg-amber-500';
  return (
    <div className="flex min-w-0 items-center gap-2 px-1">
      <span className={`h-2 w-2 shrink-0 rounded-full ${tone}`} aria-hidden="true" />
      <span
        role="status"
        className="truncate text-xs font-medium text-ink-soft"
        data-testid="live-status"
      >
        {statusText(snapshot)}
        {snapshot.readOnly ? ` (${LIVE_WORDS.viewOnly})` : ''}
      </span>
      {snapshot.others.length > 0 && (
        <ul aria-label="People here" className="flex -space-x-1">
          {snapshot.others.slice(0, 5).map((person) => (
            <li
              key={person.id}
              title={person.name}
              className="flex h-6 w-6 items-center justify-center rounded-full border-2 border-white text-[10px] font-bold text-white"
              style={{ backgroundColor: person.colour }}
            >
              <span aria-hidden="true">{person.name.slice(0, 1).toUpperCase()}</span>
              <span className="sr-only">{person.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
