import { getEngine } from './engine';
import { queryRows, type SqlQuery } from './query';
import { queryKey, type Snapshot } from './snapshot';

export interface RowSource {
  rows<T>(q: SqlQuery): Promise<T[]>;
  /** True once live queries run on DuckDB. */
  readonly live: boolean;
  /** Resolves when DuckDB is ready (or rejects with a DataLoadError). */
  ready: Promise<void>;
}

export function createRowSource(snapshot: Promise<Snapshot | null>): RowSource {
  let live = false;
  const ready = getEngine().then(() => {
    live = true;
  });
  // An unhandled rejection here would be logged twice; models report it through `ready`.
  ready.catch(() => undefined);
  return {
    get live() {
      return live;
    },
    ready,
    async rows<T>(q: SqlQuery): Promise<T[]> {
      if (!live) {
        const snap = await snapshot.catch(() => null);
        const hit = snap?.entries[queryKey(q)];
        if (hit) return hit as T[];
      }
      return queryRows<T>(q);
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
