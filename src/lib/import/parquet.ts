import {
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type AsyncBuffer,
  type DecodedArray,
  type FileMetaData,
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { importError, type Result } from './errors';

/**
 * Parquet through hyparquet (pure JS, every codec via hyparquet-compressors), one row group
 * at a time: the app's DuckDB-WASM has no offline Parquet reader (the extension loads from
 * a CDN), and a whole 1M-row file decoded at once is held several times over. A File is
 * read by byte range (footer, then each row group's column chunks), never as one buffer.
 */

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // PAR1

export function isParquet(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** What the file is read from: a File/Blob (the browser) or bytes already in memory. */
export type ParquetSource = Blob | Uint8Array;

export interface RowGroupInfo {
  index: number;
  /** 0-based index of the group's first row in the file. */
  firstRow: number;
  rows: number;
  /** Uncompressed bytes of the group: what decoding it holds at once. */
  bytes: number;
  /** Largest compressed column chunk: the biggest single buffer read from the file. */
  largestChunkBytes: number;
}

export interface ParquetInfo {
  file: string;
  byteLength: number;
  names: string[];
  rows: number;
  rowGroups: RowGroupInfo[];
  buffer: AsyncBuffer;
  metadata: FileMetaData;
}

function asyncBuffer(source: ParquetSource): AsyncBuffer {
  if (source instanceof Uint8Array) {
    const { buffer, byteOffset, byteLength } = source;
    return {
      byteLength,
      slice: (start, end = byteLength) =>
        buffer.slice(byteOffset + start, byteOffset + end) as ArrayBuffer,
    };
  }
  return { byteLength: source.size, slice: (start, end) => source.slice(start, end).arrayBuffer() };
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

function invalid<T>(file: string, reason: string): Result<T> {
  return {
    ok: false,
    error: importError('parquet_invalid', `Cannot read Parquet: ${reason}.`, file),
  };
}

function rowGroupsOf(metadata: FileMetaData): RowGroupInfo[] {
  let firstRow = 0;
  return metadata.row_groups.map((g, index) => {
    const rows = Number(g.num_rows);
    const info = {
      index,
      firstRow,
      rows,
      bytes: Number(g.total_byte_size),
      largestChunkBytes: Math.max(
        0,
        ...g.columns.map((c) => Number(c.meta_data?.total_compressed_size ?? 0)),
      ),
    };
    firstRow += rows;
    return info;
  });
}

/**
 * Reads the footer only: column names, row count, row groups. A file without both PAR1
 * markers (truncated, or not Parquet) is refused before anything is decoded.
 */
export async function openParquet(
  source: ParquetSource,
  file: string,
  limits: { maxColumns: number },
): Promise<Result<ParquetInfo>> {
  const buffer = asyncBuffer(source);
  const n = buffer.byteLength;
  if (n < 12) return invalid(file, 'the file is truncated or not Parquet (PAR1 markers missing)');
  const head = new Uint8Array(await buffer.slice(0, 4));
  const tail = new Uint8Array(await buffer.slice(n - 4, n));
  if (!isParquet(head) || !isParquet(tail))
    return invalid(file, 'the file is truncated or not Parquet (PAR1 markers missing)');
  let metadata: FileMetaData;
  let names: string[];
  try {
    metadata = await parquetMetadataAsync(buffer);
    names = parquetSchema(metadata).children.map((c) => c.element.name);
  } catch (e) {
    return invalid(file, `the footer is damaged (${why(e)})`);
  }
  if (names.length > limits.maxColumns)
    return {
      ok: false,
      error: importError(
        'too_many_columns',
        `${names.length} columns; the limit is ${limits.maxColumns}.`,
        file,
        { line: 1, column: limits.maxColumns + 1 },
      ),
    };
  const rowGroups = rowGroupsOf(metadata);
  return {
    ok: true,
    value: {
      file,
      byteLength: n,
      names,
      rows: Number(metadata.num_rows),
      rowGroups,
      buffer,
      metadata,
    },
  };
}

/** Decodes one row group: one array per column, each `group.rows` long. Throws on damage. */
export async function readRowGroup(
  info: ParquetInfo,
  group: RowGroupInfo,
): Promise<DecodedArray[]> {
  const columns = info.names.map(() => new Array<unknown>(group.rows));
  const at = new Map(info.names.map((name, i) => [name, i]));
  await parquetRead({
    file: info.buffer,
    metadata: info.metadata,
    compressors,
    rowStart: group.firstRow,
    rowEnd: group.firstRow + group.rows,
    onChunk: ({ columnName, columnData, rowStart }) => {
      const column = columns[at.get(columnName) ?? -1];
      if (!column) return;
      for (let i = 0; i < columnData.length; i++) {
        const row = rowStart - group.firstRow + i;
        if (row >= 0 && row < group.rows) column[row] = columnData[i];
      }
    },
  });
  return columns;
}

/** A decoded value as the text a CSV cell would hold (dates as YYYY-MM-DD, no bigint `n`). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object')
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

/** Rows `from`…`to` (exclusive) of decoded columns as text cells. */
export function textRows(columns: readonly DecodedArray[], from: number, to: number): string[][] {
  const rows = new Array<string[]>(to - from);
  for (let r = from; r < to; r++) rows[r - from] = columns.map((c) => cellText(c[r]));
  return rows;
}
