import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { ParquetFile } from 'parquet-wasm/esm';
import { getEngine } from '../../src/lib/db/engine';
import { median } from '../lib/stats';
import { now, param, progress, publish, useDataset } from './lib/page';
import { parquetReady } from './lib/peer-data';

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** A CSV file in memory (as a user's File would be) → DuckDB table via read_csv. */
async function importCsv(
  db: AsyncDuckDB,
  conn: AsyncDuckDBConnection,
  file: Uint8Array,
): Promise<number> {
  const t0 = now();
  await db.registerFileBuffer('import.csv', file);
  await conn.query(`CREATE TABLE t_csv AS SELECT * FROM read_csv('import.csv')`);
  const ms = now() - t0;
  await conn.query('DROP TABLE t_csv');
  await db.dropFile('import.csv');
  return ms;
}

/**
 * Parquet → Arrow IPC with parquet-wasm, one row group at a time, inserted while the next
 * row group decodes (the decode runs here, the insert in DuckDB's worker).
 */
async function importParquet(
  conn: AsyncDuckDBConnection,
  file: Uint8Array<ArrayBuffer>,
): Promise<number> {
  const t0 = now();
  const parquet = await ParquetFile.fromFile(new Blob([file]));
  const count = parquet.metadata().numRowGroups();
  let pending: Promise<unknown> = Promise.resolve();
  for (let g = 0; g < count; g++) {
    const ipc = (await parquet.read({ rowGroups: [g] })).intoIPCStream();
    await pending;
    pending = conn.insertArrowFromIPCStream(ipc, { name: 't_pq', create: g === 0 });
  }
  await pending;
  parquet.free();
  const ms = now() - t0;
  await conn.query('DROP TABLE t_pq');
  return ms;
}

/** DuckDB's own Parquet reader, if this build has it without an extension download. */
async function importParquetNative(
  db: AsyncDuckDB,
  conn: AsyncDuckDBConnection,
  file: Uint8Array,
): Promise<number | null> {
  const t0 = now();
  await db.registerFileBuffer('import.parquet', file);
  try {
    await conn.query(`CREATE TABLE t_pq2 AS SELECT * FROM read_parquet('import.parquet')`);
  } catch {
    return null;
  } finally {
    await db.dropFile('import.parquet');
  }
  const ms = now() - t0;
  await conn.query('DROP TABLE t_pq2');
  return ms;
}

/** Import throughput in MB/s (10^6 bytes of file per second), median of `runs`. */
publish(async () => {
  useDataset(param('set', '1M'));
  const runs = Number(param('runs', '3'));
  const { db, conn } = await getEngine();
  await parquetReady();
  const base = new URL(`../sets/${param('set', '1M')}/`, location.href);
  const csvRates: number[] = [];
  const pqRates: number[] = [];
  const pqDuckdbRates: number[] = [];
  for (let r = 0; r < runs; r++) {
    progress(`csv run ${r + 1}`);
    // registerFileBuffer transfers the buffer to the worker, so each run gets its own copy.
    const csv = await fetchBytes(new URL('facts.csv', base).href);
    csvRates.push(csv.byteLength / 1e6 / ((await importCsv(db, conn, csv)) / 1000));
    progress(`parquet run ${r + 1}`);
    const pq = await fetchBytes(new URL('facts.parquet', base).href);
    pqRates.push(pq.byteLength / 1e6 / ((await importParquet(conn, pq)) / 1000));
    const ms = await importParquetNative(db, conn, pq.slice());
    if (ms !== null) pqDuckdbRates.push(pq.byteLength / 1e6 / (ms / 1000));
  }
  progress('done');
  return {
    csv_mb_s: median(csvRates),
    parquet_mb_s: median(pqRates),
    csvRates,
    pqRates,
    /** Empty when this DuckDB-WASM build cannot read Parquet offline. */
    pqDuckdbRates,
  };
});
