import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Table, Vector } from 'apache-arrow';
import { getEngine } from './engine';
import { QueryError, messageOf } from './errors';

export type SqlParam = string | number | boolean | null;

export interface SqlQuery {
  sql: string;
  params: readonly SqlParam[];
}

/**
 * Prepared statements kept per SQL text. A builder's text is the same whatever its
 * parameters, so a filter change costs one round trip to the worker (bind and run) instead
 * of three (prepare, run, close), and DuckDB parses the text once. Least recently used first.
 */
const PREPARED_KEPT = 32;
const prepared = new Map<string, Promise<AsyncPreparedStatement>>();

function forget(sql: string, stmt: Promise<AsyncPreparedStatement>): void {
  if (prepared.get(sql) !== stmt) return;
  prepared.delete(sql);
  void stmt.then((s) => s.close()).catch(() => undefined);
}

function preparedFor(conn: AsyncDuckDBConnection, sql: string): Promise<AsyncPreparedStatement> {
  const kept = prepared.get(sql);
  if (kept) {
    prepared.delete(sql);
    prepared.set(sql, kept);
    return kept;
  }
  const stmt = conn.prepare(sql);
  prepared.set(sql, stmt);
  stmt.catch(() => prepared.delete(sql));
  if (prepared.size > PREPARED_KEPT) {
    const [oldest, old] = prepared.entries().next().value!;
    forget(oldest, old);
  }
  return stmt;
}

/** Runs a parameterised query (`?` placeholders) and returns the Arrow table. */
export async function query({ sql, params }: SqlQuery): Promise<Table> {
  const { conn } = await getEngine();
  try {
    if (params.length === 0) return await conn.query(sql);
    const stmt = preparedFor(conn, sql);
    try {
      return await (await stmt).query(...params);
    } catch (e) {
      // A statement that failed is not trusted again; the next call prepares afresh.
      forget(sql, stmt);
      throw e;
    }
  } catch (e) {
    throw new QueryError(messageOf(e), sql, e);
  }
}

/** Arrow's type ids (Schema.fbs) and float precisions; numbers, so Arrow's code stays lazy. */
const INT = 2;
const FLOAT = 3;
const UTF8 = 5;
const HALF = 0;
/** Longer strings go to TextDecoder, which is faster for them. */
const SHORT = 64;

/**
 * The typed array of a column whose values are exactly its elements (`get` gives the same):
 * no nulls, and 32-bit-or-narrower integers or single/double floats. Null otherwise.
 */
function plainNumbers(column: Vector): ArrayLike<number> | null {
  if (column.nullCount > 0) return null;
  const type = column.type as { typeId: number; bitWidth?: number; precision?: number };
  const plain =
    (type.typeId === INT && (type.bitWidth ?? 64) <= 32) ||
    (type.typeId === FLOAT && type.precision !== HALF);
  return plain ? (column.toArray() as ArrayLike<number>) : null;
}

/**
 * A reader of a UTF-8 column that builds short ASCII strings a character at a time:
 * TextDecoder costs about a microsecond a call (10× more for the map's codes, ids and
 * vocabulary words). Anything else is decoded as Arrow does. Null for other columns.
 */
function utf8Reader(column: Vector): ((i: number) => string | null) | null {
  if ((column.type as { typeId: number }).typeId !== UTF8 || column.data.length !== 1) return null;
  // As Arrow's own getter reads them: offsets of a sliced column are sliced with it.
  const { values, valueOffsets } = column.data[0] as unknown as {
    values: Uint8Array;
    valueOffsets: Int32Array;
  };
  const decoder = new TextDecoder('utf-8');
  return (i) => {
    if (column.nullCount > 0 && !column.isValid(i)) return null;
    const start = valueOffsets[i]!;
    const end = valueOffsets[i + 1]!;
    if (end - start > SHORT) return decoder.decode(values.subarray(start, end));
    let text = '';
    for (let k = start; k < end; k++) {
      const byte = values[k]!;
      if (byte > 0x7f) return decoder.decode(values.subarray(start, end));
      text += String.fromCharCode(byte);
    }
    return text;
  };
}

/**
 * Arrow rows as plain objects: what models hand to components. Read column by column (the
 * values `StructRow.toJSON` gives: `Vector.get`, or the same read faster), not through a row
 * proxy per row, which cost ~5 ms for the map's ~900 rows.
 */
export function tableRows<T>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name);
  const rows: Record<string, unknown>[] = [];
  for (const batch of table.batches) {
    const start = rows.length;
    for (let i = 0; i < batch.numRows; i++) rows.push({});
    names.forEach((name, c) => {
      const column = batch.getChildAt(c)!;
      const numbers = plainNumbers(column);
      const text = numbers ? null : utf8Reader(column);
      for (let i = 0; i < batch.numRows; i++)
        rows[start + i]![name] = numbers ? numbers[i] : text ? text(i) : column.get(i);
    });
  }
  return rows as T[];
}

export async function queryRows<T>(q: SqlQuery): Promise<T[]> {
  return tableRows<T>(await query(q));
}
