/**
 * Will an import fit in this tab? DuckDB-WASM is wasm32: its heap tops out at 4 GiB, and a
 * single buffer over 2 GiB fails outright. The per-row figure is DuckDB's heap for a staged
 * long row plus the fact made of it (both alive during the add transaction): measured with
 * duckdb_memory() on a 1M-row Parquet import at 44 + 411 B (tests/e2e/import-large.test.ts
 * prints it), rounded up.
 */

const GiB = 2 ** 30;

/** Engine, embedded database and dashboard queries before any import. */
export const BASE_HEAP_BYTES = 256 * 2 ** 20;
/** One long row staged plus the fact made of it, in DuckDB's heap. */
export const HEAP_BYTES_PER_LONG_ROW = 500;
/** A whole text file read at once: bytes, text, cells and long rows (measured ~8× for a long CSV). */
export const WORKER_BYTES_PER_TEXT_BYTE = 8;

export const HEAP_LIMIT_BYTES = 4 * GiB;
export const BUFFER_LIMIT_BYTES = 2 * GiB;
/** Refused above this: the rest of the 4 GiB is the tab's working room. */
export const REFUSE_HEAP_BYTES = 3 * GiB;
/** Warned above this. */
export const WARN_HEAP_BYTES = 1.5 * GiB;
/** A row group decoded at once above this is slow and memory-hungry: warned. */
export const WARN_ROW_GROUP_BYTES = 512 * 2 ** 20;

export interface ImportSize {
  fileBytes: number;
  /** Long rows expected; null before anything is read (text files). */
  longRows: number | null;
  /** The largest single buffer the read needs (a whole text file, a Parquet column chunk). */
  largestBufferBytes: number;
  /** Uncompressed bytes decoded at once (a Parquet row group), when known. */
  decodedAtOnceBytes?: number;
}

export type MemoryVerdict =
  | { level: 'ok' }
  | {
      level: 'warn' | 'refuse';
      reason: 'heap' | 'buffer' | 'row_group';
      /** The estimate that tripped the limit, and the limit, in bytes. */
      estimateBytes: number;
      limitBytes: number;
      longRows: number | null;
    };

/** Bytes the import is expected to need: in DuckDB's heap, or in the worker for a text file. */
export function estimateBytes(size: ImportSize): number {
  if (size.longRows !== null) return BASE_HEAP_BYTES + size.longRows * HEAP_BYTES_PER_LONG_ROW;
  return size.fileBytes * WORKER_BYTES_PER_TEXT_BYTE;
}

export function judgeMemory(size: ImportSize): MemoryVerdict {
  const { longRows } = size;
  if (size.largestBufferBytes > BUFFER_LIMIT_BYTES)
    return {
      level: 'refuse',
      reason: 'buffer',
      estimateBytes: size.largestBufferBytes,
      limitBytes: BUFFER_LIMIT_BYTES,
      longRows,
    };
  const estimate = estimateBytes(size);
  if (estimate > REFUSE_HEAP_BYTES)
    return {
      level: 'refuse',
      reason: 'heap',
      estimateBytes: estimate,
      limitBytes: HEAP_LIMIT_BYTES,
      longRows,
    };
  if (estimate > WARN_HEAP_BYTES)
    return {
      level: 'warn',
      reason: 'heap',
      estimateBytes: estimate,
      limitBytes: HEAP_LIMIT_BYTES,
      longRows,
    };
  if ((size.decodedAtOnceBytes ?? 0) > WARN_ROW_GROUP_BYTES)
    return {
      level: 'warn',
      reason: 'row_group',
      estimateBytes: size.decodedAtOnceBytes ?? 0,
      limitBytes: WARN_ROW_GROUP_BYTES,
      longRows,
    };
  return { level: 'ok' };
}
