/**
 * The Import dialog's first step: choose a file (or drop one), or try one of
 * the example HRIS exports. While a file is read it says so, with a way out;
 * a refused file is named in an alert.
 */
import { useEffect, useId, useState } from 'react';
import { UploadIcon } from 'lucide-react';
import { EXAMPLE_FILES, type ExampleFile } from '../../files/import/example-files';
import { formatBytes } from '../../files/export/file-names';
import { MAX_IMPORT_BYTES } from '../../files/import/import-limits';

/** The file types the picker offers; the content decides what a file is, not its name. */
export const IMPORT_ACCEPT =
  '.csv,.tsv,.txt,.xlsx,.json,.upturn.json,.svg,.png,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json,image/svg+xml,image/png';

/** A progress bar, shown only once a read has taken half a second (a quick one never flickers). */
function SlowProgress({ progress }: { progress: { fraction: number; stage: string } | null }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), 500);
    return () => window.clearTimeout(timer);
  }, []);
  if (!slow) return null;
  return (
    <span className="flex w-40 flex-col gap-0.5 text-xs">
      <progress
        aria-label="Import progress"
        max={1}
        value={progress?.fraction ?? 0.1}
        className="h-1.5 w-full accent-brand"
      />
      {progress?.stage ?? 'Reading'}
    </span>
  );
}

function Spinner() {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-brand/25 border-t-brand"
    />
  );
}

export function ImportSource({
  onFile,
  onExample,
  reading,
  progress = null,
  onCancel,
  errors,
}: {
  onFile: (file: File) => void;
  onExample: (example: ExampleFile) => void;
  /** What is being read ("bamboohr-export.csv (9.3 KB)"), or null. */
  reading: string | null;
  /** How far the worker has got, once it has said. */
  progress?: { fraction: number; stage: string } | null;
  onCancel: () => void;
  /** Why the last file was refused (shown in an alert), or none. */
  errors: string[];
}) {
  const inputId = useId();
  return (
    <div className="flex flex-col gap-5">
      {errors.length > 0 && (
        <div
          role="alert"
          className="rounded-lg border border-flag-line/50 bg-flag-soft px-4 py-3 text-sm text-flag"
        >
          <p className="font-semibold">Nothing was imported: the chart on screen is unchanged.</p>
          <ul className="mt-1.5 flex list-disc flex-col gap-1 pl-5 leading-snug break-words">
            {errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </div>
      )}

      <div>
        <input
          id={inputId}
          type="file"
          aria-label="Import file"
          accept={IMPORT_ACCEPT}
          disabled={reading !== null}
          data-autofocus
          className="peer sr-only"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) reads it again.
            event.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
        <label
          htmlFor={inputId}
          onDragOver={(event) => {
            if (reading || !event.dataTransfer.types.includes('Files')) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
          }}
          onDrop={(event) => {
            if (reading || !event.dataTransfer.types.includes('Files')) return;
            event.preventDefault();
            const file = event.dataTransfer.files[0];
            if (file) onFile(file);
          }}
          className={`flex cursor-pointer flex-col items-center gap-2 rounded-xl border-2 border-dashed px-6 py-7 text-center transition peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand ${
            reading
              ? 'cursor-wait border-slate-200 bg-slate-50'
              : 'border-slate-300 bg-slate-50/60 hover:border-brand/60 hover:bg-brand-soft/50'
          }`}
        >
          <span className="flex h-10 w-10 items-center justify-center rounded-full bg-brand-soft text-brand">
            <UploadIcon size={18} />
          </span>
          <span className="text-sm font-semibold text-ink">Choose a file, or drop it here</span>
          <span className="max-w-md text-xs leading-relaxed text-ink-faint">
            A CSV from your HR system (BambooHR, Workday, Google Workspace…), an Upturn file
            (.upturn.json), or an SVG or PNG exported from Upturn. Up to{' '}
            {formatBytes(MAX_IMPORT_BYTES)}. Files dropped on the canvas open here too.
          </span>
        </label>
      </div>

      {reading && (
        <div
          role="status"
          className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-ink-soft"
        >
          <Spinner />
          <span className="min-w-0 flex-1 truncate">Reading {reading}…</span>
          <SlowProgress key={reading} progress={progress} />
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md px-2 py-1 text-sm font-medium text-ink-soft hover:bg-slate-100 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
          >
            Cancel
          </button>
        </div>
      )}

      <section aria-labelledby={`${inputId}-examples`}>
        <h3
          id={`${inputId}-examples`}
          className="text-xs font-semibold tracking-wide text-ink-soft uppercase"
        >
          Or start from an example
        </h3>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {EXAMPLE_FILES.map((example) => (
            <li key={example.path}>
              <button
                type="button"
                disabled={reading !== null}
                onClick={() => onExample(example)}
                className="flex h-full w-full flex-col items-start gap-0.5 rounded-lg border border-slate-200 bg-white px-3.5 py-2.5 text-left transition hover:border-brand/50 hover:bg-brand-soft/40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-50"
              >
                <span className="text-sm font-medium text-ink">{example.label}</span>
                <span className="text-xs text-ink-faint">CSV · with suggested customer groups</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
