/**
 * Changes from an earlier session that could not be recovered (a damaged
 * journal entry, a chart that no longer reads): said plainly, with their raw
 * journal entries to download, until the user dismisses them. The charts
 * themselves are as they were last saved.
 */
import { useState } from 'react';
import type { ChartSession } from '../../editor/persistence/chart-library-session';
import { refusedMessage } from '../../editor/persistence/journal/recovery';
import { saveFile } from '../../files/export/download-browser';

export function UnrecoveredAlert({ session }: { session: ChartSession | null }) {
  const [refused, setRefused] = useState(() => session?.unrecovered() ?? []);
  if (!session || refused.length === 0) return null;
  return (
    <div
      role="alert"
      aria-label="Unrecovered changes"
      className="pointer-events-auto absolute top-3 left-1/2 z-30 flex w-[min(680px,92%)] -translate-x-1/2 flex-col gap-2 rounded-xl border border-flag-line/50 bg-flag-soft px-4 py-3 text-sm text-flag shadow-lg"
    >
      <p className="leading-snug">{refusedMessage(refused)}</p>
      <div className="flex justify-end gap-2">
        <button
          type="button"
          className="rounded-md border border-flag-line/60 bg-white/70 px-3 py-1 font-medium hover:bg-white"
          onClick={() =>
            saveFile(
              session.unrecoveredFile(),
              'upturn-unrecovered-changes.json',
              'application/json',
            )
          }
        >
          Download unrecovered changes
        </button>
        <button
          type="button"
          className="rounded-md px-3 py-1 text-flag/80 hover:bg-white/60 hover:text-flag"
          onClick={() => {
            session.dismissUnrecovered();
            setRefused([]);
          }}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
