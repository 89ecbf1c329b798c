/**
 * Wraps the canvas so a file dropped anywhere on it is imported (the same way
 * as one chosen in the Import dialog). While a file is dragged over, a calm
 * overlay says what a drop will do. Drags that carry no file (a node being
 * moved, text) pass through untouched.
 */
import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { UploadIcon } from 'lucide-react';

function carriesFile(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function ImportDropZone({
  onFile,
  disabled,
  children,
}: {
  onFile: (file: File) => void;
  /** While presenting, a drop does nothing. */
  disabled?: boolean;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them.
  const depth = useRef(0);

  // A file dropped anywhere else (a panel, a dialog's backdrop) must not make the
  // browser leave the editor to show the file.
  useEffect(() => {
    const guard = (event: globalThis.DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files') || event.defaultPrevented) return;
      event.preventDefault();
      if (event.type === 'dragover' && event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);

  const reset = () => {
    depth.current = 0;
    setOver(false);
  };

  return (
    <div
      className="relative h-full w-full"
      data-testid="canvas-drop-zone"
      onDragEnter={(event) => {
        if (disabled || !carriesFile(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (disabled || !carriesFile(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (disabled || !carriesFile(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (disabled || !carriesFile(event)) return;
        event.preventDefault();
        reset();
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
      {over && (
        <div className="pointer-events-none absolute inset-3 z-30 flex items-center justify-center rounded-2xl border-2 border-dashed border-brand/60 bg-brand-soft/70 backdrop-blur-[1px]">
          <div className="flex flex-col items-center gap-2 rounded-xl bg-white/90 px-6 py-4 text-center shadow-lg">
            <span className="flex h-10 w-10 items-center justify-center rounded-full bg-brand-soft text-brand">
              <UploadIcon size={18} />
            </span>
            <span className="text-sm font-semibold text-ink">Drop to import</span>
            <span className="text-xs text-ink-faint">
              CSV, Upturn JSON, or an SVG or PNG from Upturn. Opens as a new chart.
            </span>
          </div>
        </div>
      )}
    </div>
  );
}
