import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Table } from 'apache-arrow';

export { openWasm } from '../../helpers/wasm-db';

/** The Arrow table DuckDB-WASM returns for `sql`. */
export function wasmTable(conn: duckdb.DuckDBConnection, sql: string): Table {
  return conn.query(sql) as unknown as Table;
}
