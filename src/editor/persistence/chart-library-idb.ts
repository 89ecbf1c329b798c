/**
 * The raw IndexedDB plumbing under the chart library: opening (and creating)
 * the "upturn" database, a request as a promise, and a transaction that
 * resolves only once it has committed.
 */

/** Bump with a new `onupgradeneeded` step when the stores change; never edit an old step. */
const DB_VERSION = 1;
/** Chart records, keyed by their `id`. */
export const CHARTS = 'charts';
/** Small values under fixed keys (the chart opened last). */
export const META = 'meta';

export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      // Some private modes throw on open instead of failing the request.
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(CHARTS)) db.createObjectStore(CHARTS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer Upturn in another tab wants to upgrade the database: let it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open.'));
    request.onblocked = () =>
      reject(new Error('The chart store is being upgraded by another Upturn tab.'));
  });
}

export function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });
}

/**
 * Runs `work` in one transaction and resolves with its result once the
 * transaction has committed (not merely when the last request succeeded), so
 * a resolved save is really on disk, and a failed commit (quota) rejects.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let result: { value: T } | null = null;
    let failure: unknown = null;
    tx.oncomplete = () => {
      if (result) resolve(result.value);
      else reject(failure ?? new Error('The IndexedDB transaction ended before its work did.'));
    };
    tx.onerror = () => {
      failure ??= tx.error ?? new Error('IndexedDB transaction failed.');
    };
    tx.onabort = () => reject(failure ?? tx.error ?? new Error('IndexedDB transaction aborted.'));
    work(tx).then(
      (value) => {
        result = { value };
      },
      (error: unknown) => {
        failure = error;
        try {
          tx.abort();
        } catch {
          // Already finished: onabort or oncomplete reports.
        }
      },
    );
  });
}
