import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { SqlQuery } from '../../src/lib/db/query';
import {
  buildMapSql,
  loadMapRows,
  userLayerSql,
  type FetchRows,
  type MapInput,
  type MapRow,
} from '../../src/lib/sql';
import { buildReferenceMapSql } from '../../tests/sql/reference-map-sql';
import {
  buildReferenceIndicatorsSql,
  buildReferenceRegionRanksSql,
  buildReferenceTrendSql,
} from '../../tests/sql/reference-panels-sql';
import { PANEL_INPUTS, panelQueries, type Panel } from '../pages/lib/panels';
import type { Dataset } from '../generate';
import { log } from '../lib/log';
import { median, round, spread, type Spread } from '../lib/stats';
import { checksum, warmupInputs } from '../pages/lib/sequence';

export interface NativeResult {
  /** The dashboard's path (loadMapRows, fresh per-query cache), query only, one thread. */
  query_ms: Spread;
  /** One buildMapSql query per move, no cache. */
  sql_query_ms: Spread;
  /** The map over the facts as before the aggregate (tests/sql/reference-map-sql.ts). */
  reference_query_ms: Spread;
  checksums: string[];
  /** Both paths gave exactly the reference's rows for every input of the sequence. */
  same_rows_as_reference: boolean;
}

async function rows<T>(conn: DuckDBConnection, q: SqlQuery): Promise<T[]> {
  const reader = await conn.runAndReadAll(q.sql, [...q.params] as DuckDBValue[]);
  return reader.getRowObjectsJson() as unknown as T[];
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
  inputs: MapInput[],
  compute: (i: MapInput) => Promise<MapRow[]>,
): Promise<{ ms: number[]; results: MapRow[][] }> {
  for (const input of warmupInputs()) await compute(input);
  const ms: number[] = [];
  const results: MapRow[][] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    results.push(await compute(input));
    ms.push(performance.now() - t0);
  }
  return { ms, results };
}

/** As the dashboard's row source: each distinct query runs once, then answers from memory. */
function cachedRows(conn: DuckDBConnection): FetchRows {
  const cache = new Map<string, unknown[]>();
  return (async <T>(q: SqlQuery): Promise<T[]> => {
    const key = JSON.stringify(q);
    if (!cache.has(key)) cache.set(key, await rows(conn, q));
    return cache.get(key) as T[];
  }) as FetchRows;
}

/**
 * DuckDB in Node on one thread, the same file: the dashboard's path, one map query per
 * move, and the map computed from the facts as before the aggregate, compared row for row.
 */
export async function runNativeQueries(ds: Dataset, inputs: MapInput[]): Promise<NativeResult> {
  const { conn, close } = await open(ds.duckdb);
  try {
    const fetch = cachedRows(conn);
    const app = await timeAll(inputs, (i) => loadMapRows(fetch, i));
    const sql = await timeAll(inputs, (i) => rows<MapRow>(conn, buildMapSql(i)));
    const ref = await timeAll(inputs, (i) => rows<MapRow>(conn, buildReferenceMapSql(i)));
    const same = ref.results.every(
      (r, i) => isDeepStrictEqual(r, sql.results[i]) && isDeepStrictEqual(r, app.results[i]),
    );
    log(
      `native ${ds.label}: app path p50 ${median(app.ms).toFixed(1)} ms, one query per move ${median(sql.ms).toFixed(1)} ms, over the facts ${median(ref.ms).toFixed(1)} ms (same rows: ${same})`,
    );
    return {
      query_ms: spread(app.ms),
      sql_query_ms: spread(sql.ms),
      reference_query_ms: spread(ref.ms),
      checksums: app.results.map(checksum),
      same_rows_as_reference: same,
    };
  } finally {
    close();
  }
}

export interface NativePanels {
  /** Median ms per query of each panel as the app asks it (aggregates where it has them). */
  app_ms: Record<Panel, number>;
  /** The same panels computed from the facts, as before the aggregates (tests/sql). */
  over_facts_ms: Partial<Record<Panel, number>>;
  /** Every aggregate-based panel gave exactly the rows of its facts-based reference. */
  same_rows_as_over_facts: boolean;
}

/**
 * The trend, indicator list and region profile (ranks, facts list) in Node on one thread:
 * each query as the app builds it and, where it reads an aggregate now, as it was built over
 * the facts; rows compared one by one.
 */
export async function runNativePanels(ds: Dataset): Promise<NativePanels> {
  const { conn, close } = await open(ds.duckdb);
  const reference: Partial<Record<Panel, SqlQuery[]>> = {
    trend: PANEL_INPUTS.trend.map(buildReferenceTrendSql),
    indicators: PANEL_INPUTS.indicators.map(buildReferenceIndicatorsSql),
    region_ranks: PANEL_INPUTS.region_ranks.map(buildReferenceRegionRanksSql),
  };
  const timed = async (queries: SqlQuery[]) => {
    const ms: number[] = [];
    const results: unknown[][] = [];
    for (const q of queries) {
      const t0 = performance.now();
      results.push(await rows(conn, q));
      ms.push(performance.now() - t0);
    }
    return { ms: round(median(ms)), results };
  };
  try {
    const app = {} as Record<Panel, number>;
    const overFacts: Partial<Record<Panel, number>> = {};
    let same = true;
    for (const [panel, queries] of Object.entries(panelQueries()) as [Panel, SqlQuery[]][]) {
      const mine = await timed(queries);
      app[panel] = mine.ms;
      const ref = reference[panel];
      if (!ref) continue;
      const theirs = await timed(ref);
      overFacts[panel] = theirs.ms;
      same &&= isDeepStrictEqual(mine.results, theirs.results);
    }
    log(
      `native ${ds.label} panels (ms per query, aggregates / over the facts): ${Object.entries(app)
        .map(([p, ms]) => `${p} ${ms} / ${overFacts[p as Panel] ?? '—'}`)
        .join(', ')} (same rows: ${same})`,
    );
    return { app_ms: app, over_facts_ms: overFacts, same_rows_as_over_facts: same };
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
