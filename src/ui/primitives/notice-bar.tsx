import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../../editor/use-editor';

/** Errors in an alert (role="alert"); quieter news in a status line. Info fades after a few seconds. */
export function NoticeBar() {
  const notice = useEditor((state) => state.notice);
  const store = useEditorStore();
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = window.setTimeout(() => {
      if (store.getState().notice?.id === notice.id) store.getState().dismissNotice();
    }, 3500);
    return () => window.clearTimeout(timer);
  }, [notice, store]);

  return (
    <div className="pointer-events-none absolute top-16 left-1/2 z-20 w-[min(640px,90%)] -translate-x-1/2">
      {notice?.tone === 'error' && (
        <div
          role="alert"
          className="pointer-events-auto flex items-start gap-3 rounded-xl border border-flag-line/50 bg-flag-soft px-4 py-3 text-sm text-flag shadow-lg"
        >
          <span className="flex-1 leading-snug">{notice.message}</span>
          <button
            type="button"
            className="rounded px-1.5 text-flag/80 hover:bg-white/60 hover:text-flag"
            onClick={() => store.getState().dismissNotice()}
            aria-label="Dismiss message"
          >
            ✕
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" className="flex justify-center">
        {notice?.tone === 'info' && (
          <span className="rounded-full bg-ink/85 px-4 py-1.5 text-xs text-white shadow-lg">
            {notice.message}
          </span>
        )}
      </div>
    </div>
  );
}
