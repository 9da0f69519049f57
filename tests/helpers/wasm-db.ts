import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(
  new URL('../../node_modules/@duckdb/duckdb-wasm/dist/', import.meta.url),
);

/** DuckDB-WASM in Node, opened as lib/db/engine.ts opens it in the browser. */
export async function openWasm(): Promise<duckdb.DuckDBConnection> {
  const db = await duckdb.createDuckDB(
    {
      mvp: {
        mainModule: `${dist}duckdb-mvp.wasm`,
        mainWorker: `${dist}duckdb-node-mvp.worker.cjs`,
      },
      eh: { mainModule: `${dist}duckdb-eh.wasm`, mainWorker: `${dist}duckdb-node-eh.worker.cjs` },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const conn = db.connect();
  conn.query('SET autoinstall_known_extensions=false');
  conn.query('SET autoload_known_extensions=false');
  return conn;
}
