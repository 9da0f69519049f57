import type { SqlQuery } from './query';

export type Row = Record<string, unknown>;

/**
 * Answers for the queries of the first view, written at build time, so the page paints
 * before DuckDB-WASM has started (≈ 2 s cold). Keyed by the exact SQL and parameters.
 * Kept free of the engine import so build scripts in Node can use it.
 */
export interface Snapshot {
  database_sha256: string;
  entries: Record<string, Row[]>;
}

export function queryKey(q: SqlQuery): string {
  return JSON.stringify([q.sql.replace(/\s+/g, ' ').trim(), q.params]);
}
