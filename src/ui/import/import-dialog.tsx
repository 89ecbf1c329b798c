/**
 * The Import dialog. A file (chosen, dropped on the canvas, or an example) is
 * read off the main thread: a CSV goes to the preview step, where the user
 * confirms it; an Upturn JSON file, or an SVG or PNG exported by Upturn, opens
 * at once. Either way it opens as a new chart, and a refused file changes
 * nothing on screen: the dialog names what is wrong in an alert.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Chart } from '../../domain/chart';
import { draftsFromRules, rulesFromDrafts } from '../../files/csv/customer-rule-drafts';
import type { ExampleFile } from '../../files/import/example-files';
import {
  chartNameFromExample,
  chartNameFromFileName,
  formatBytes,
} from '../../files/export/file-names';
import { sizeRefusal } from '../../files/import/import-limits';
import type { ImportResponse } from '../../files/import/import-request';
import { runImport } from '../../files/import/import-worker-browser';
import { CsvPreviewStep, type CsvResponse, type ImportSourceFile } from './import-csv-step';
import { DialogButton, Modal } from '../primitives/modal';
import { ImportSource } from './import-source';

/** A file handed to the dialog from outside (dropped on the canvas); a new object per drop. */
export interface PendingImport {
  file: File;
}

type Phase =
  | { step: 'choose'; errors: string[]; reading: string | null }
  | { step: 'preview'; source: ImportSourceFile; response: CsvResponse; id: number };

const CHOOSE: Extract<Phase, { step: 'choose' }> = { step: 'choose', errors: [], reading: null };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ImportDialog({
  pending,
  onOpenChart,
  onClose,
  replacesOpenChart,
}: {
  pending: PendingImport | null;
  /** Opens a chart read from a file as a new chart (never over the open one). */
  onOpenChart: (chart: Chart, warnings: readonly string[]) => Promise<void>;
  onClose: () => void;
  /** True when this browser keeps no charts, so an import replaces the chart on screen. */
  replacesOpenChart: boolean;
}) {
  const [phase, setPhase] = useState<Phase>(CHOOSE);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const previews = useRef(0);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setPhase(CHOOSE);
  }, []);

  const close = useCallback(() => {
    controller.current?.abort();
    onClose();
  }, [onClose]);

  const settle = useCallback(
    async (source: ImportSourceFile, response: ImportResponse) => {
      if (response.kind === 'refused') {
        setPhase({ ...CHOOSE, errors: [response.message] });
      } else if (response.kind === 'chart') {
        if (!response.result.ok) {
          setPhase({ ...CHOOSE, errors: response.result.errors.map((problem) => problem.message) });
          return;
        }
        await onOpenChart(response.result.chart, response.result.warnings);
        onClose();
      } else if (response.preview.headers.length === 0) {
        // Not a CSV at all, or an empty file: nothing to preview.
        const messages = response.preview.problems.map((problem) => problem.message);
        setPhase({ ...CHOOSE, errors: messages.length > 0 ? messages : ['This file is empty.'] });
      } else {
        previews.current += 1;
        setPhase({ step: 'preview', source, response, id: previews.current });
      }
    },
    [onOpenChart, onClose],
  );

  /** Reads a source the way Import does; `load` fetches its bytes (a file, an example). */
  const read = useCallback(
    async (
      name: string,
      size: number | null,
      load: () => Promise<Omit<ImportSourceFile, 'fileName'>>,
    ) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      const tooLarge = size === null ? null : sizeRefusal(name, size);
      if (tooLarge) {
        setPhase({ ...CHOOSE, errors: [tooLarge] });
        return;
      }
      setProgress(null);
      setPhase({ ...CHOOSE, reading: size === null ? name : `${name} (${formatBytes(size)})` });
      try {
        const source: ImportSourceFile = { fileName: name, ...(await load()) };
        if (current.signal.aborted) return;
        const options = { customerRules: rulesFromDrafts(source.drafts).rules };
        const response = await runImport(
          { fileName: name, bytes: source.bytes, options },
          current.signal,
          (fraction, stage) => setProgress({ fraction, stage }),
        );
        if (current.signal.aborted) return;
        await settle(source, response);
      } catch (error) {
        if (current.signal.aborted) return;
        setPhase({ ...CHOOSE, errors: [describe(error)] });
      }
    },
    [settle],
  );

  const readFile = useCallback(
    (file: File) =>
      void read(file.name, file.size, async () => ({
        bytes: new Uint8Array(await file.arrayBuffer()),
        chartName: chartNameFromFileName(file.name),
        drafts: [],
      })),
    [read],
  );

  const readExample = (example: ExampleFile) =>
    void read(example.path.split('/').pop() ?? example.path, null, async () => {
      const response = await fetch(`${import.meta.env.BASE_URL}${example.path}`);
      if (!response.ok)
        throw new Error(`The example could not be loaded (HTTP ${response.status}).`);
      return {
        bytes: new Uint8Array(await response.arrayBuffer()),
        chartName: chartNameFromExample(example.label),
        drafts: draftsFromRules(example.customerRules),
      };
    });

  // A file dropped on the canvas: read it as if chosen here.
  const handled = useRef<PendingImport | null>(null);
  useEffect(() => {
    if (!pending || handled.current === pending) return;
    handled.current = pending;
    readFile(pending.file);
  }, [pending, readFile]);

  // Nothing left running when the dialog closes.
  useEffect(() => () => controller.current?.abort(), []);

  if (phase.step === 'preview') {
    return (
      <CsvPreviewStep
        key={phase.id}
        source={phase.source}
        first={phase.response}
        replacesOpenChart={replacesOpenChart}
        onBack={() => setPhase(CHOOSE)}
        onClose={close}
        onOpen={async (chart) => {
          await onOpenChart(chart, []);
          onClose();
        }}
      />
    );
  }

  return (
    <Modal
      title="Import a chart"
      subtitle={
        replacesOpenChart
          ? 'This browser is not keeping charts: an import replaces the chart on screen.'
          : 'Opens as a new chart: the chart on screen stays as it is, in your chart list.'
      }
      onClose={close}
      footer={<DialogButton onClick={close}>Cancel</DialogButton>}
    >
      <ImportSource
        errors={phase.errors}
        reading={phase.reading}
        progress={progress}
        onCancel={cancel}
        onFile={readFile}
        onExample={readExample}
      />
    </Modal>
  );
}
