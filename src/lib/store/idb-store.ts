import type { DatasetInfo, UserDataset, UserFact } from './dataset';

/** Persistence failed; `quota` means the browser's storage is full. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: 'quota' | 'unavailable' | 'failed',
    message: string,
    override readonly cause?: unknown,
    /** For `quota`: bytes the write needed and bytes free, when the browser says. */
    readonly figures?: { needed: number; free: number | null },
  ) {
    super(message);
  }
}

const DB_NAME = 'mztj-user-data';
const DATASETS = 'datasets';
/** Staged long-table chunks of imports, keyed [dataset id, n]: one IndexedDB value each. */
const CHUNKS = 'chunks';
const VERSION = 2;

function asStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError')
    return new StoreError('quota', 'browser storage is full: delete a dataset or free space', e);
  return new StoreError('failed', e instanceof Error ? e.message : String(e), e);
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new StoreError('unavailable', 'this browser keeps no local data (IndexedDB is off)'));
      return;
    }
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(DATASETS))
        db.createObjectStore(DATASETS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(CHUNKS))
        db.createObjectStore(CHUNKS, { keyPath: ['id', 'n'] });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(asStoreError(req.error));
  });
}

/** Runs `work` in one transaction over both stores; resolves when it commits, with work's result. */
async function transact<T>(
  mode: IDBTransactionMode,
  work: (stores: { datasets: IDBObjectStore; chunks: IDBObjectStore }) => () => T,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction([DATASETS, CHUNKS], mode);
      const result = work({ datasets: tx.objectStore(DATASETS), chunks: tx.objectStore(CHUNKS) });
      tx.oncomplete = () => resolve(result());
      tx.onerror = () => reject(asStoreError(tx.error));
      tx.onabort = () => reject(asStoreError(tx.error));
    });
  } finally {
    db.close();
  }
}

/**
 * A record of the datasets store. Imports keep `staged` (chunks beside it); extractions keep
 * their facts as Arrow IPC; records of the first version kept `facts` as rows and no `rows`.
 */
interface StoredRecord extends Omit<DatasetInfo, 'rows'> {
  rows?: number;
  facts?: UserFact[];
  factsIpc?: Uint8Array;
}

/** A kept dataset as listed: its info, and its facts when they are kept in the record itself. */
export interface KeptDataset {
  info: DatasetInfo;
  /** Facts kept in the record (extractions, older imports); decoded only when asked. */
  facts: (() => Promise<UserFact[]>) | null;
}

// Arrow (~40 KiB gzip) loads only when facts are saved or read, not with the page.
const arrow = () => import('./fact-arrow');

function kept(record: StoredRecord): KeptDataset {
  const { facts, factsIpc, rows, ...meta } = record;
  const count = rows ?? facts?.length ?? 0;
  const info: DatasetInfo = { ...meta, rows: count };
  if (meta.staged) return { info, facts: null };
  if (factsIpc) return { info, facts: async () => (await arrow()).factsFromIpc(factsIpc) };
  return { info, facts: () => Promise.resolve(facts ?? []) };
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** Refuses up front when the estimate says the bytes will not fit: a clear message, no partial write. */
async function checkRoom(name: string, bytes: number): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota || estimate.usage === undefined) return;
  const free = Math.max(0, estimate.quota - estimate.usage);
  if (bytes > free)
    throw new StoreError(
      'quota',
      `browser storage is full: "${name}" needs ${mb(bytes)} and ${mb(free)} is free; delete a dataset or free space`,
      undefined,
      { needed: bytes, free },
    );
}

/** Writes in one transaction after the room check; a quota failure names the dataset and size. */
async function write(
  name: string,
  bytes: number,
  work: (stores: { datasets: IDBObjectStore; chunks: IDBObjectStore }) => void,
): Promise<void> {
  await checkRoom(name, bytes);
  try {
    await transact('readwrite', (stores) => {
      work(stores);
      return () => undefined;
    });
  } catch (e) {
    if (e instanceof StoreError && e.kind === 'quota')
      throw new StoreError('quota', `"${name}" (${mb(bytes)}): ${e.message}`, e, {
        needed: bytes,
        free: null,
      });
    throw e;
  }
}

/** IndexedDB clones with structuredClone: plain data only (no proxies). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const chunkRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** Datasets kept in IndexedDB: survive reloads, local to this browser profile. */
export const datasetStore = {
  /** Every kept dataset's info; facts and chunks stay where they are until asked for. */
  list: (): Promise<KeptDataset[]> =>
    transact('readonly', ({ datasets }) => {
      const req = datasets.getAll() as IDBRequest<StoredRecord[]>;
      return () => req.result.map(kept);
    }),

  /** A dataset with its facts as rows (extractions): one record, facts as Arrow IPC. */
  async put(ds: UserDataset): Promise<DatasetInfo> {
    const { facts, ...meta } = ds;
    const factsIpc = (await arrow()).factsToIpc(facts);
    const record: StoredRecord = { ...plainCopy(meta), rows: facts.length, factsIpc };
    await write(ds.name, factsIpc.byteLength, ({ datasets }) => datasets.put(record));
    return { ...meta, rows: facts.length };
  },

  /** An import: its info and its staged long-table chunks, all or nothing. */
  async putStaged(info: DatasetInfo, chunks: readonly Uint8Array[]): Promise<void> {
    if (!info.staged || info.staged.chunks !== chunks.length)
      throw new StoreError('failed', 'staged chunks do not match the dataset record');
    const bytes = chunks.reduce((n, c) => n + c.byteLength, 0);
    const record: StoredRecord = plainCopy(info);
    await write(info.name, bytes, ({ datasets, chunks: store }) => {
      store.delete(chunkRange(info.id));
      chunks.forEach((bytes, n) => store.put({ id: info.id, n, bytes }));
      datasets.put(record);
    });
  },

  /** The staged long-table chunks of an import, in order. */
  chunks: (id: string): Promise<Uint8Array[]> =>
    transact('readonly', ({ chunks }) => {
      const req = chunks.getAll(chunkRange(id)) as IDBRequest<{ n: number; bytes: Uint8Array }[]>;
      return () => req.result.sort((a, b) => a.n - b.n).map((c) => c.bytes);
    }),

  /** Renames in place: the facts or chunks are not rewritten. */
  rename: (id: string, name: string): Promise<void> =>
    transact('readwrite', ({ datasets }) => {
      const req = datasets.get(id) as IDBRequest<StoredRecord | undefined>;
      req.onsuccess = () => {
        if (req.result) datasets.put({ ...req.result, name });
      };
      return () => undefined;
    }),

  remove: (id: string): Promise<void> =>
    transact('readwrite', ({ datasets, chunks }) => {
      datasets.delete(id);
      chunks.delete(chunkRange(id));
      return () => undefined;
    }),
};
