import type { UserDataset } from './dataset';

/** Persistence failed; `quota` means the browser's storage is full. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: 'quota' | 'unavailable' | 'failed',
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

const DB_NAME = 'mztj-user-data';
const STORE = 'datasets';
const VERSION = 1;

function asStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') {
    return new StoreError('quota', 'browser storage is full: delete a dataset or free space', e);
  }
  return new StoreError('failed', e instanceof Error ? e.message : String(e), e);
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new StoreError('unavailable', 'this browser keeps no local data (IndexedDB is off)'));
      return;
    }
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(asStoreError(req.error));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(asStoreError(tx.error ?? req.error));
      tx.onabort = () => reject(asStoreError(tx.error ?? req.error));
    });
  } finally {
    db.close();
  }
}

/** Datasets kept in IndexedDB: survive reloads, local to this browser profile. */
export const datasetStore = {
  list: () => run<UserDataset[]>('readonly', (s) => s.getAll() as IDBRequest<UserDataset[]>),
  put: (ds: UserDataset) => run('readwrite', (s) => s.put(plainCopy(ds))).then(() => undefined),
  remove: (id: string) => run('readwrite', (s) => s.delete(id)).then(() => undefined),
};

/** IndexedDB clones with structuredClone: plain data only (no proxies). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
