import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { importError, type Result } from './errors';
import { buildGrid, type Grid } from './grid';

/**
 * Parquet through hyparquet (pure JS, all codecs via hyparquet-compressors), so a user file
 * never has to reach DuckDB-WASM: the app's DuckDB bundle has no offline Parquet reader
 * (the parquet extension loads from the network), and this path must work offline.
 */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object')
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // PAR1

export function isParquet(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

export async function readParquet(
  bytes: Uint8Array,
  file: string,
  limits: { maxColumns: number; maxCells: number },
): Promise<Result<Grid>> {
  const n = bytes.length;
  const tail = n >= 8 && MAGIC.every((b, i) => bytes[n - 4 + i] === b);
  if (!isParquet(bytes) || !tail)
    return invalid(file, 'the file is truncated or not Parquet (PAR1 markers missing)');
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + n) as ArrayBuffer;
    const metadata = parquetMetadata(buffer);
    const names = parquetSchema(metadata).children.map((c) => c.element.name);
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
    if (Number(metadata.num_rows) * names.length > limits.maxCells)
      return {
        ok: false,
        error: importError(
          'too_large',
          `${metadata.num_rows} rows is more than we can hold.`,
          file,
        ),
      };
    const objects = await parquetReadObjects({ file: buffer, metadata, compressors });
    const rows = [names, ...objects.map((o) => names.map((name) => text(o[name])))];
    return {
      ok: true,
      value: buildGrid(
        rows,
        rows.map((_, i) => i + 1),
      ),
    };
  } catch (e) {
    return invalid(file, e instanceof Error ? e.message : String(e));
  }
}

function invalid(file: string, why: string): Result<Grid> {
  return { ok: false, error: importError('parquet_invalid', `Cannot read Parquet: ${why}.`, file) };
}
