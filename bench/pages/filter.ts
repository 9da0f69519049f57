import { getEngine } from '../../src/lib/db/engine';
import { query, queryRows } from '../../src/lib/db/query';
import { buildMapSql, type MapRow } from '../../src/lib/sql';
import { createGrid } from './lib/grid';
import { checkpoint, now, param, progress, publish, useDataset } from './lib/page';
import { buildAggMapSql, buildMapAggSql } from './lib/preagg-sql';
import { filterSequence } from './lib/sequence';
import { timeSequence } from './lib/timed';
import { installWasmMemoryProbe } from './lib/wasm-memory';

async function duckdbMemoryMiB(): Promise<number> {
  const [row] = await queryRows<{ bytes: number }>({
    sql: 'SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()',
    params: [],
  });
  return (row?.bytes ?? 0) / 2 ** 20;
}

/**
 * DuckDB-WASM on a synthetic dataset through the app's own engine (self-hosted bundles,
 * registerFileBuffer + ATTACH, user-layer views) and map query builder; then the same
 * sequence over a pre-aggregated table built at load.
 */
publish(async () => {
  useDataset(param('set', '1M'));
  installWasmMemoryProbe();
  const inputs = filterSequence(Number(param('n', '40')));
  progress('starting DuckDB');
  const t0 = now();
  await getEngine();
  const load_ms = now() - t0;
  const codes = await queryRows<{ code: string }>({
    sql: 'SELECT code FROM mz.regions ORDER BY code',
    params: [],
  });
  const grid = createGrid(
    document.querySelector('svg')!,
    codes.map((c) => c.code),
  );
  progress('map queries');
  const raw = await timeSequence(inputs, grid, (i) => queryRows<MapRow>(buildMapSql(i)));
  const duckdb_mib_raw = await duckdbMemoryMiB();
  await checkpoint('raw');
  progress('pre-aggregating');
  const t1 = now();
  await query({ sql: buildMapAggSql(), params: [] });
  const preagg_build_ms = now() - t1;
  const [agg] = await queryRows<{ n: number }>({
    sql: 'SELECT count(*) AS n FROM map_agg',
    params: [],
  });
  progress('pre-aggregated map queries');
  const pre = await timeSequence(inputs, grid, (i) => queryRows<MapRow>(buildAggMapSql(i)));
  const duckdb_mib = await duckdbMemoryMiB();
  progress('done');
  return {
    load_ms,
    raw,
    preagg: pre,
    preagg_build_ms,
    preagg_rows: agg?.n ?? 0,
    duckdb_mib_raw,
    duckdb_mib,
  };
});
