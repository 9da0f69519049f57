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

/**
 * What IndexedDB holds: the metadata as plain JSON and the facts as Arrow IPC bytes. A
 * million facts as objects cost seconds to clone and ~0.5 KB each; as Arrow, one buffer with
 * repeated strings dictionary-encoded. Records written before this (`facts` as rows) load too.
 */
interface StoredDataset extends Omit<UserDataset, 'facts'> {
  facts: UserDataset['facts'];
  factsIpc?: Uint8Array;
}

// Arrow (~40 KiB gzip) loads only when a dataset is saved or restored, not with the page.
const arrow = () => import('./fact-arrow');

async function toStored(ds: UserDataset): Promise<StoredDataset> {
  const { facts, ...meta } = ds;
  return { ...plainCopy(meta), facts: [], factsIpc: (await arrow()).factsToIpc(facts) };
}

async function fromStored(s: StoredDataset): Promise<UserDataset> {
  const { factsIpc, ...ds } = s;
  return factsIpc ? { ...ds, facts: (await arrow()).factsFromIpc(factsIpc) } : ds;
}

/** Refuses up front when the estimate says the bytes will not fit: a clear message, no partial write. */
async function checkRoom(ds: UserDataset, bytes: number): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota || estimate.usage === undefined) return;
  const free = estimate.quota - estimate.usage;
  if (bytes > free)
    throw new StoreError(
      'quota',
      `browser storage is full: "${ds.name}" needs ${mb(bytes)} and ${mb(free)} is free; delete a dataset or free space`,
    );
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

async function put(ds: UserDataset): Promise<void> {
  const stored = await toStored(ds);
  await checkRoom(ds, stored.factsIpc?.byteLength ?? 0);
  try {
    await run('readwrite', (s) => s.put(stored));
  } catch (e) {
    if (e instanceof StoreError && e.kind === 'quota')
      throw new StoreError(
        'quota',
        `"${ds.name}" (${mb(stored.factsIpc?.byteLength ?? 0)}): ${e.message}`,
        e,
      );
    throw e;
  }
}

/** Datasets kept in IndexedDB: survive reloads, local to this browser profile. */
export const datasetStore = {
  list: () =>
    run<StoredDataset[]>('readonly', (s) => s.getAll() as IDBRequest<StoredDataset[]>).then((all) =>
      Promise.all(all.map(fromStored)),
    ),
  put,
  remove: (id: string) => run('readwrite', (s) => s.delete(id)).then(() => undefined),
};

/** IndexedDB clones with structuredClone: plain data only (no proxies). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
