import { getEngine } from './engine';
import { queryRows, type SqlQuery } from './query';
import { queryKey, type Snapshot } from './snapshot';

export interface RowSource {
  rows<T>(q: SqlQuery): Promise<T[]>;
  /** True once live queries run on DuckDB. */
  readonly live: boolean;
  /** Resolves when DuckDB is ready (or rejects with a DataLoadError). */
  ready: Promise<void>;
  /** Forgets cached answers: call when the user's own data changes. */
  invalidate(): void;
  /**
   * Starts DuckDB (idempotent). The page calls it once its first chart is on screen: DuckDB's
   * JS, worker and 34 MB of wasm then load without competing with that first paint. A query
   * the snapshot cannot answer waits for it; a missing snapshot starts it at once.
   */
  start(): void;
}

/** Answers kept per query; the embedded data never change, so only user data invalidate. */
const CACHE_ENTRIES = 500;

export function createRowSource(snapshot: Promise<Snapshot | null>): RowSource {
  let live = false;
  let start: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (start = resolve));
  const ready = started.then(getEngine).then(() => {
    live = true;
  });
  // Without a snapshot nothing paints before DuckDB: no reason to wait.
  void snapshot.then((s) => s ?? start(), start);
  // An unhandled rejection here would be logged twice; models report it through `ready`.
  ready.catch(() => undefined);
  // A slider moved back and forth, or played twice, answers from memory (a map query costs
  // ~100–200 ms in DuckDB-WASM even on the small embedded data).
  const cache = new Map<string, unknown[]>();
  return {
    get live() {
      return live;
    },
    ready,
    start,
    invalidate: () => cache.clear(),
    async rows<T>(q: SqlQuery): Promise<T[]> {
      const key = queryKey(q);
      const cached = cache.get(key);
      if (cached) return cached as T[];
      if (!live) {
        const snap = await snapshot.catch(() => null);
        const hit = snap?.entries[key];
        if (hit) return hit as T[];
        // Not in the snapshot: answered by DuckDB once the page has started it.
        await started;
      }
      const rows = await queryRows<T>(q);
      if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
      cache.set(key, rows);
      return rows;
    },
  };
}

export async function fetchSnapshot(): Promise<Snapshot | null> {
  try {
    const res = await fetch(new URL('data/snapshot.json', document.baseURI));
    return res.ok ? ((await res.json()) as Snapshot) : null;
  } catch {
    return null;
  }
}
