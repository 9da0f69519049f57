import { getEngine } from '../../src/lib/db/engine';
import { queryRows } from '../../src/lib/db/query';
import { createRowSource } from '../../src/lib/db/row-source';
import { buildMapSql, loadMapRows, mapViewOf, type MapRow } from '../../src/lib/sql';
import { measureBreakdown } from './lib/breakdown';
import { PAGE_PANELS, panelQueries, type Panel } from './lib/panels';
import { createGrid } from './lib/grid';
import { checkpoint, now, param, progress, publish, useDataset } from './lib/page';
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

/** Median ms of each panel's queries (query and rows, no cache), as the dashboard asks them. */
async function timePanels(): Promise<Partial<Record<Panel, number>>> {
  const queries = panelQueries();
  const out: Partial<Record<Panel, number>> = {};
  for (const panel of PAGE_PANELS) {
    const ms: number[] = [];
    for (const q of queries[panel]) {
      const t0 = now();
      await queryRows(q);
      ms.push(now() - t0);
    }
    ms.sort((a, b) => a - b);
    out[panel] = ms[Math.floor(ms.length / 2)]!;
  }
  return out;
}

/**
 * DuckDB-WASM on a synthetic dataset through the app's own engine (self-hosted bundles,
 * registerFileBuffer + ATTACH, user-layer views) and the dashboard's own map path: a fresh
 * row source (its per-query cache starts empty, as in a new page) and loadMapRows. Then the
 * same sequence with one buildMapSql query per move and no cache, and a step-by-step
 * breakdown of where the time goes.
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
  progress('map: the dashboard path');
  const source = createRowSource(Promise.resolve(null));
  await source.ready;
  const app = await timeSequence(inputs, grid, (i) => loadMapRows(source.rows, i));
  const duckdb_mib = await duckdbMemoryMiB();
  await checkpoint('app');
  progress('map: one query per move, no cache');
  const sql = await timeSequence(inputs, grid, (i) => queryRows<MapRow>(buildMapSql(i)));
  progress('where the time goes');
  const breakdown = await measureBreakdown(inputs, grid);
  progress('trend, indicator list, region ranks');
  const panels_ms = await timePanels();
  progress('done');
  return {
    load_ms,
    app,
    sql,
    breakdown,
    panels_ms,
    // Moves that needed a view query; the others were a year or measure change of a view
    // already seen in the sequence, answered from the row source's cache.
    view_queries: new Set(inputs.map((i) => JSON.stringify(mapViewOf(i)))).size,
    moves: inputs.length,
    duckdb_mib,
  };
});
