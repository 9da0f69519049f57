import { query, tableRows } from '../../../src/lib/db/query';
import type { SqlQuery } from '../../../src/lib/db/query';
import {
  buildMapRegionsSql,
  buildMapSql,
  buildMapViewSql,
  mapRowsOf,
  mapViewOf,
  type MapInput,
  type MapRegionRow,
  type MapRow,
  type MapViewRow,
} from '../../../src/lib/sql';
import { median, round } from '../../lib/stats';
import type { Grid } from './grid';

/** Median milliseconds of each step of a map update, over the sequence. */
export interface Breakdown {
  /** DuckDB's own time for the query in the worker (EXPLAIN ANALYZE's total time). */
  worker_ms: number;
  /** The rest of `query()`: statement round trips, Arrow IPC transfer and decode. */
  transfer_ms: number;
  /** Arrow table → plain row objects (lib/db tableRows). */
  rows_ms: number;
  /** Winners of the year and the measure applied in JS (mapRowsOf); 0 for the SQL path. */
  assemble_ms: number;
  render_ms: number;
  result_rows: number;
}

const now = () => performance.now();

/** Seconds DuckDB reports for a query it ran under EXPLAIN ANALYZE, in ms. */
async function workerMs(q: SqlQuery): Promise<number> {
  const plan = tableRows<{ explain_value: string }>(
    await query({ sql: `EXPLAIN ANALYZE ${q.sql}`, params: q.params }),
  );
  const total = /Total Time: ([\d.]+)s/.exec(plan.map((r) => r.explain_value).join('\n'));
  return total ? Number(total[1]) * 1000 : NaN;
}

async function timeQuery(q: SqlQuery) {
  const t0 = now();
  const table = await query(q);
  const t1 = now();
  const rows = tableRows<Record<string, unknown>>(table);
  const t2 = now();
  const worker = await workerMs(q);
  return { worker, transfer: t1 - t0 - worker, rows_ms: t2 - t1, rows };
}

/**
 * Where a map update's time goes, step by step and uncached: for the dashboard's path (the
 * view query, then mapRowsOf) and for the one-query-per-move path (buildMapSql).
 */
export async function measureBreakdown(
  inputs: readonly MapInput[],
  grid: Grid,
): Promise<{ view: Breakdown; sql: Breakdown }> {
  const steps = { view: [] as Breakdown[], sql: [] as Breakdown[] };
  for (const input of inputs) {
    const v = await timeQuery(buildMapViewSql(mapViewOf(input)));
    const regions = tableRows<MapRegionRow>(await query(buildMapRegionsSql(input)));
    const t0 = now();
    const rows = mapRowsOf(v.rows as unknown as MapViewRow[], regions, input);
    const t1 = now();
    grid.render(rows, 'breakdown');
    const t2 = now();
    steps.view.push({
      worker_ms: v.worker,
      transfer_ms: v.transfer,
      rows_ms: v.rows_ms,
      assemble_ms: t1 - t0,
      render_ms: t2 - t1,
      result_rows: v.rows.length,
    });
    const s = await timeQuery(buildMapSql(input));
    const t3 = now();
    grid.render(s.rows as unknown as MapRow[], 'breakdown');
    steps.sql.push({
      worker_ms: s.worker,
      transfer_ms: s.transfer,
      rows_ms: s.rows_ms,
      assemble_ms: 0,
      render_ms: now() - t3,
      result_rows: s.rows.length,
    });
  }
  const medians = (list: Breakdown[]): Breakdown =>
    Object.fromEntries(
      Object.keys(list[0]!).map((k) => [
        k,
        round(median(list.map((b) => b[k as keyof Breakdown])), 2),
      ]),
    ) as unknown as Breakdown;
  return { view: medians(steps.view), sql: medians(steps.sql) };
}
