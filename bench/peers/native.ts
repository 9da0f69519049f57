import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { statSync } from 'node:fs';
import type { SqlQuery } from '../../src/lib/db/query';
import { buildMapSql, userLayerSql, type MapInput, type MapRow } from '../../src/lib/sql';
import type { Dataset } from '../generate';
import { log } from '../lib/log';
import { median, round, spread, type Spread } from '../lib/stats';
import { buildAggMapSql, buildMapAggSql } from '../pages/lib/preagg-sql';
import { WARMUP, checksum } from '../pages/lib/sequence';

export interface NativeResult {
  /** Map query only (no render), the app's SQL through the same views, one thread. */
  query_ms: Spread;
  preagg_query_ms: Spread;
  preagg_build_ms: number;
  checksums: string[];
  /** The aggregate gave exactly the rows of buildMapSql for every input of the sequence. */
  preagg_matches: boolean;
}

async function rows(conn: DuckDBConnection, q: SqlQuery): Promise<MapRow[]> {
  const reader = await conn.runAndReadAll(q.sql, [...q.params] as DuckDBValue[]);
  return reader.getRowObjectsJson() as unknown as MapRow[];
}

async function open(path: string): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  if (path) {
    await conn.run(`ATTACH '${path}' AS mz (READ_ONLY)`);
    for (const sql of userLayerSql()) await conn.run(sql);
  }
  return { conn, close: () => (conn.closeSync(), instance.closeSync()) };
}

async function timeAll(
  conn: DuckDBConnection,
  inputs: MapInput[],
  build: (i: MapInput) => SqlQuery,
): Promise<{ ms: number[]; results: MapRow[][] }> {
  for (const input of inputs.slice(-WARMUP)) await rows(conn, build(input));
  const ms: number[] = [];
  const results: MapRow[][] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    results.push(await rows(conn, build(input)));
    ms.push(performance.now() - t0);
  }
  return { ms, results };
}

/** DuckDB in Node on one thread: the same map SQL over the same file, raw and pre-aggregated. */
export async function runNativeQueries(ds: Dataset, inputs: MapInput[]): Promise<NativeResult> {
  const { conn, close } = await open(ds.duckdb);
  try {
    const raw = await timeAll(conn, inputs, buildMapSql);
    const t0 = performance.now();
    await conn.run(buildMapAggSql());
    const build = performance.now() - t0;
    const agg = await timeAll(conn, inputs, buildAggMapSql);
    const same = raw.results.every((r, i) => JSON.stringify(r) === JSON.stringify(agg.results[i]));
    log(
      `native ${ds.label}: map p50 ${median(raw.ms).toFixed(1)} ms, pre-aggregated ${median(agg.ms).toFixed(1)} ms (same rows: ${same})`,
    );
    return {
      query_ms: spread(raw.ms),
      preagg_query_ms: spread(agg.ms),
      preagg_build_ms: round(build),
      checksums: raw.results.map(checksum),
      preagg_matches: same,
    };
  } finally {
    close();
  }
}

/** MB/s (10^6 bytes of file per second) loading a file into a table, median of `runs`. */
export async function runNativeLoad(file: string, reader: string, runs: number): Promise<number> {
  const { conn, close } = await open('');
  const mb = statSync(file).size / 1e6;
  const rates: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await conn.run(`CREATE TABLE t AS SELECT * FROM ${reader}('${file}')`);
      rates.push(mb / ((performance.now() - t0) / 1000));
      await conn.run('DROP TABLE t');
    }
  } finally {
    close();
  }
  return round(median(rates));
}
