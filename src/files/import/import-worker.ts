/**
 * The import worker: reads an imported file (CSV preview, or a chart from
 * JSON, SVG or PNG) off the main thread, so a 20 MB export never freezes the
 * page. Started per request by `runImport` (import-worker-browser.ts), which
 * terminates it when the user cancels or asks again.
 */
import { listenToProgress } from './import-progress';
import { handleImport, type ImportRequest, type ImportResponse } from './import-request';

/** What the worker posts back: progress reports, then one answer. */
export type WorkerReply =
  | { progress: { fraction: number; stage: string } }
  | { ok: true; response: ImportResponse }
  | {
      ok: false;
      message: string;
    };

listenToProgress((fraction, stage) => {
  const report: WorkerReply = { progress: { fraction, stage } };
  self.postMessage(report);
});

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, response: await handleImport(event.data) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
