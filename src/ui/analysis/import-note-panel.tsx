/**
 * The note an imported chart keeps of the repairs made on the way in: what
 * was imported, repaired and skipped, each kind with its rows. Shown in the
 * analysis panel until dismissed (one undoable step).
 */
import { IMPORT_NOTE_KEY, importNoteOf } from '../../files/csv/import-note';
import { useEditor, useEditorStore } from '../../editor/use-editor';

export function ImportNotePanel() {
  // The stored value (a stable reference), read into a note outside the selector.
  const stored = useEditor((state) => state.chart.extra?.[IMPORT_NOTE_KEY]);
  const note = importNoteOf({ extra: { [IMPORT_NOTE_KEY]: stored } });
  const store = useEditorStore();
  if (!note) return null;
  return (
    <section
      aria-label="Import repairs"
      className="rounded-lg border border-amber-200 bg-warn-soft px-3 py-2 text-sm text-warn"
    >
      <div className="flex items-start gap-2">
        <h3 className="flex-1 font-semibold">
          Imported {note.imported.toLocaleString('en')} roles
          {note.source ? ` from ${note.source}` : ''}: {note.repaired.toLocaleString('en')}{' '}
          repaired, {note.skipped.toLocaleString('en')} skipped
        </h3>
        <button
          type="button"
          onClick={() => store.getState().run({ type: 'dismissChartNote', key: IMPORT_NOTE_KEY })}
          className="rounded-md border border-amber-300 px-2 py-0.5 text-xs font-medium hover:bg-white/60"
        >
          Dismiss
        </button>
      </div>
      <ul className="mt-1 flex flex-col gap-0.5 pl-5 text-xs [list-style:disc]">
        {note.lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
