/**
 * Browser only: runs an import request in a module Web Worker (import-worker.ts),
 * one worker per request, so cancelling (or asking again with other choices)
 * simply terminates it. Where workers are unavailable the request runs on the
 * main thread instead.
 */
import type { WorkerReply } from './import-worker';
import type { ImportRequest, ImportResponse } from './import-request';

function cancelled(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

async function onMainThread(request: ImportRequest): Promise<ImportResponse> {
  const { handleImport } = await import('./import-request');
  return handleImport(request);
}

/**
 * Reads `request` off the main thread. Rejects with an `AbortError` when
 * `signal` aborts, and with an Error when the worker itself fails (bad input
 * never does: it is an answer).
 */
export function runImport(
  request: ImportRequest,
  signal?: AbortSignal,
  onProgress?: (fraction: number, stage: string) => void,
): Promise<ImportResponse> {
  if (signal?.aborted) return Promise.reject(cancelled());
  if (typeof Worker === 'undefined') return onMainThread(request);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(request);
  }
  return new Promise<ImportResponse>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if ('progress' in reply) {
        onProgress?.(reply.progress.fraction, reply.progress.stage);
        return;
      }
      finish();
      if (reply.ok) resolve(reply.response);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'The file could not be read.'));
    };
    // A copy, not a transfer: the preview keeps the bytes to read again with other choices.
    worker.postMessage(request);
  });
}
