/**
 * Teach: the trainer's guided sequence, full screen, on the open chart. The
 * step's caption (the trainer's own, editable, kept with the chart) in a
 * region named "Teaching", the step's figure, the picture, and a bar with the
 * step counter and the controls, always visible. A presenter's keys drive it
 * (teach-keys.ts); "Export slides" writes the sequence as PPTX and PDF.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { analyseChart } from '../../domain/analysis/service-paths';
import type { Chart } from '../../domain/chart';
import type { Command } from '../../domain/commands/apply-command';
import { stepFocus } from '../../domain/teaching/step-focus';
import { CountingFigure } from './counting-figure';
import { captionOf, TEACH_STEPS } from '../../domain/teaching/teach-steps';
import { saveFile } from '../../files/export/download-browser';
import { slugify } from '../../files/export/file-names';
import { teachAction, type TeachAction } from './teach-keys';
import { TeachStage } from './teach-stage';

export interface TeachModeProps {
  chart: Chart;
  /** Runs a chart command (a caption edit) as one undo step; false when refused. */
  run: (command: Command) => boolean;
  onExit: () => void;
}

/** The size of an element on screen, kept current. */
function useSize<T extends HTMLElement>(): [
  React.RefObject<T | null>,
  { width: number; height: number },
] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function exportSlides(chart: Chart): Promise<void> {
  const [{ teachSlides }, { slidesToPptx }, { slidesToPdf }] = await Promise.all([
    import('../../files/slides/slide-scene'),
    import('../../files/slides/slides-pptx'),
    import('../../files/slides/slides-pdf'),
  ]);
  const slides = teachSlides(chart);
  const base = `${slugify(chart.name)}-teach`;
  saveFile(
    await slidesToPptx(chart, slides),
    `${base}.pptx`,
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  );
  saveFile(slidesToPdf(chart, slides), `${base}.pdf`, 'application/pdf');
}

export function TeachMode({ chart, run, onExit }: TeachModeProps) {
  const [index, setIndex] = useState(0);
  const [black, setBlack] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [stageRef, stageSize] = useSize<HTMLDivElement>();
  const wrapper = useRef<HTMLDivElement>(null);
  const step = TEACH_STEPS[index]!;
  const analysis = useMemo(() => analyseChart(chart), [chart]);
  const focus = useMemo(() => stepFocus(chart, analysis, step.id), [chart, analysis, step.id]);
  const caption = captionOf(chart, step);
  const last = TEACH_STEPS.length - 1;
  const motion = useMemo(() => !reducedMotion(), []);

  const exitRef = useRef(onExit);
  exitRef.current = onExit;

  // Full screen while teaching, where the browser allows it; leaving full
  // screen with the browser's own Escape ends Teach too.
  useEffect(() => {
    const element = wrapper.current;
    // Back where the keyboard was (the Teach button, a role) once Teach closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.focus();
    let entered = false;
    let closed = false;
    const onChange = () => {
      if (entered && !document.fullscreenElement && !closed) {
        entered = false;
        exitRef.current();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    if (element && typeof element.requestFullscreen === 'function' && !document.fullscreenElement) {
      element.requestFullscreen().then(
        () => (entered = true),
        () => undefined,
      );
    }
    return () => {
      closed = true;
      // The editor is inert until this render is committed: focus it on the next frame.
      if (before) requestAnimationFrame(() => before.focus());
      document.removeEventListener('fullscreenchange', onChange);
      if (entered && document.fullscreenElement)
        void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const act = (action: TeachAction) => {
    if (action === 'black') {
      setBlack((on) => !on);
      return;
    }
    setBlack(false);
    if (action === 'exit') onExit();
    else if (action === 'next') setIndex((i) => Math.min(last, i + 1));
    else if (action === 'previous') setIndex((i) => Math.max(0, i - 1));
    else if (action === 'first' || action === 'restart') setIndex(0);
    else if (action === 'last') setIndex(last);
  };
  const actRef = useRef(act);
  actRef.current = act;

  useEffect(() => {
    if (editing !== null) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // Enter and Space on a control press the control; typing goes where it is typed.
      const inControl = target?.closest('button, textarea, input, select') !== null;
      if (inControl && (event.key === 'Enter' || event.key === ' ')) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = teachAction(event.key, event.shiftKey);
      if (action === null) return;
      event.preventDefault();
      event.stopPropagation();
      actRef.current(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editing]);

  const saveCaption = () => {
    if (editing === null) return;
    if (run({ type: 'setTeachCaption', step: step.id, caption: editing })) setEditing(null);
  };

  return (
    <div
      ref={wrapper}
      tabIndex={-1}
      className="teach-mode fixed inset-0 z-50 flex flex-col bg-white text-slate-900 outline-none"
      data-step={index + 1}
      data-step-id={step.id}
      data-view={step.view}
      aria-label="Teach"
      // It covers the editor and takes the keyboard (the editor's shortcuts wait, see use-shortcuts).
      role="dialog"
      aria-modal="true"
      aria-roledescription="guided sequence"
    >
      <header className="shrink-0 px-[3vw] pt-[2.2vh]">
        <div className="flex items-baseline gap-6">
          <p className="shrink-0 text-[clamp(18px,2.6vh,40px)] font-bold tracking-wide text-indigo-700 uppercase">
            {step.title}
          </p>
          <p
            className={`teach-figure min-w-0 flex-1 text-right text-[clamp(18px,2.6vh,40px)] font-bold ${
              focus.tone === 'warn' ? 'text-red-700' : 'text-teal-800'
            }`}
          >
            <CountingFigure focus={focus} animate={motion} />
          </p>
        </div>
        {editing === null ? (
          // Three lines' room whatever the caption, so the stage (and its camera) keeps its size.
          <section
            aria-label="Teaching"
            className="teach-caption min-h-[3.36em] text-[clamp(28px,4.6vh,72px)]"
          >
            <p className="leading-[1.12] font-semibold text-slate-900">{caption}</p>
          </section>
        ) : (
          <form
            className="flex flex-col gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              saveCaption();
            }}
          >
            <label className="text-lg font-medium text-slate-700" htmlFor="teach-caption">
              Caption for “{step.title}”
            </label>
            <textarea
              id="teach-caption"
              className="rounded-md border border-slate-300 p-3 text-[clamp(20px,3vh,40px)]"
              rows={3}
              maxLength={400}
              value={editing}
              autoFocus
              onChange={(event) => setEditing(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  setEditing(null);
                } else if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  saveCaption();
                }
              }}
            />
            <div className="flex gap-3">
              <button type="submit" className="teach-button teach-button-primary">
                Save caption
              </button>
              <button type="button" className="teach-button" onClick={() => setEditing(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="teach-button"
                onClick={() => {
                  if (run({ type: 'setTeachCaption', step: step.id, caption: '' }))
                    setEditing(null);
                }}
              >
                Use the default
              </button>
            </div>
          </form>
        )}
      </header>
      <div ref={stageRef} className="relative mx-[2vw] mb-[1.5vh] min-h-0 flex-1">
        {stageSize.width > 0 && (
          <TeachStage
            chart={chart}
            step={step}
            focus={focus}
            width={stageSize.width}
            height={stageSize.height}
            reducedMotion={!motion}
          />
        )}
      </div>
      <nav
        aria-label="Teach controls"
        className="flex shrink-0 items-center gap-3 border-t-2 border-slate-200 bg-slate-50 px-[3vw] py-3 text-lg"
      >
        <button
          type="button"
          className="teach-button"
          onClick={() => act('previous')}
          disabled={index === 0}
        >
          Previous
        </button>
        <button
          type="button"
          className="teach-button teach-button-primary"
          onClick={() => act('next')}
          disabled={index === last}
        >
          Next
        </button>
        <span className="teach-counter ml-2 text-xl font-bold text-slate-800" aria-live="polite">
          Step {index + 1} of {TEACH_STEPS.length}
        </span>
        <span className="flex items-center gap-1.5" aria-hidden="true">
          {TEACH_STEPS.map((other, i) => (
            <span
              key={other.id}
              className={`h-2.5 rounded-full transition-all ${
                i === index
                  ? 'w-8 bg-indigo-600'
                  : i < index
                    ? 'w-2.5 bg-indigo-300'
                    : 'w-2.5 bg-slate-300'
              }`}
            />
          ))}
        </span>
        <span className="flex-1" />
        <button
          type="button"
          className="teach-button"
          onClick={() => setEditing(caption)}
          disabled={editing !== null}
        >
          Edit caption
        </button>
        <button
          type="button"
          className="teach-button"
          disabled={exporting}
          onClick={() => {
            setExporting(true);
            void exportSlides(chart).finally(() => setExporting(false));
          }}
        >
          {exporting ? 'Exporting…' : 'Export slides'}
        </button>
        <button type="button" className="teach-button" onClick={onExit}>
          Exit Teach
        </button>
      </nav>
      {black && (
        <div
          className="fixed inset-0 z-[60] bg-black"
          role="img"
          aria-label="Black screen: press B to bring the chart back"
          data-black="true"
          onClick={() => setBlack(false)}
        />
      )}
    </div>
  );
}
