import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
import type { SqlQuery } from '../../src/lib/db/query';
import { queryKey, type Row, type Snapshot } from '../../src/lib/db/snapshot';
import {
  userLayerSql,
  buildFactListSql,
  buildIndicatorsSql,
  loadMapRows,
  buildSourcesForFactsSql,
  buildTrendSql,
  buildYearsSql,
  type IndicatorListRow,
  type TrendRow,
  type YearRow,
} from '../../src/lib/sql';
import {
  DEFAULT_VIEW,
  factIdsOf,
  mapInputOf,
  resolveIndicator,
  resolveTime,
  resolveYear,
  trendInputOf,
} from '../../src/lib/state';

/** bigint → number as DuckDB-WASM does with castBigIntToDouble, so both sources agree. */
function plain(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return out;
}

/**
 * Runs the default view's queries — built by the same pure steps the dashboard model
 * uses — on the built database, so the first paint needs no DuckDB in the browser.
 */
export async function writeSnapshot(
  dbPath: string,
  outPath: string,
  sha256: string,
): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  await conn.run(`ATTACH '${dbPath.replaceAll("'", "''")}' AS mz (READ_ONLY)`);
  for (const sql of userLayerSql()) await conn.run(sql);
  const entries: Record<string, Row[]> = {};
  const run = async <T>(q: SqlQuery): Promise<T[]> => {
    const reader = await conn.runAndReadAll(q.sql, [...q.params]);
    const rows = reader.getRowObjectsJS().map(plain);
    entries[queryKey(q)] = rows;
    return rows as T[];
  };
  const view = DEFAULT_VIEW;
  const indicators = await run<IndicatorListRow>(buildIndicatorsSql({ theme: view.theme }));
  const indicator = resolveIndicator(view, indicators);
  let mapIds: string[] = [];
  let trendIds: string[] = [];
  if (indicator) {
    const time = resolveTime(view, indicator);
    const years = await run<YearRow>(
      buildYearsSql({ indicator: indicator.indicator_id, time, targets: view.targets }),
    );
    // The dashboard's own map path, so the snapshot holds the very queries it will ask.
    const map = await loadMapRows(run, mapInputOf(view, indicator, resolveYear(view, years, time)));
    const trend = await run<TrendRow>(buildTrendSql(trendInputOf(view, indicator)));
    mapIds = factIdsOf(map);
    trendIds = factIdsOf(trend);
  }
  await run(buildSourcesForFactsSql({ factIds: mapIds }));
  await run(buildSourcesForFactsSql({ factIds: trendIds }));
  await run(buildFactListSql({ theme: view.theme }));
  conn.closeSync();
  instance.closeSync();
  const snapshot: Snapshot = { database_sha256: sha256, entries };
  writeFileSync(outPath, JSON.stringify(snapshot));
  return Object.keys(entries).length;
}
