import type { SqlQuery } from '../db/query';
import type { MapInput, MapRow } from './build-map-sql';
import {
  buildMapLatestYearSql,
  buildMapRegionsSql,
  buildMapViewSql,
  mapKindOf,
  mapViewOf,
  type MapRegionRow,
  type MapViewRow,
} from './build-map-view-sql';

/** Runs a query and returns its rows: the dashboard's row source, or a script's connection. */
export type FetchRows = <T>(q: SqlQuery) => Promise<T[]>;

/**
 * The choropleth's rows for `input` from one view's winners of every kind and year (and, when the
 * input has no year, the latest year with data at any level): the same rows, in the same
 * order, as `buildMapSql(input)` (tests/sql compare them row for row). The year and the
 * measure are applied here, so moving the slider or switching absolute / per 10 million /
 * share needs no query. Arithmetic is DuckDB's, step for step (IEEE doubles).
 */
export function mapRowsOf(
  view: readonly MapViewRow[],
  regions: readonly MapRegionRow[],
  input: MapInput,
  latestYear: number | null = null,
): MapRow[] {
  const year = input.year ?? latestYear;
  const stock = input.time === 'stock';
  const { kind } = mapKindOf(input);
  const national = new Map<number, MapViewRow>();
  const winners = new Map<string, MapViewRow>();
  for (const r of view) {
    if (r.kind !== kind) continue;
    if (r.national) national.set(r.period_end, r);
    else if (r.region_code === null || year === null) continue;
    // period: the year's row; stock: each region's latest "as of" row up to the year.
    else if (stock ? r.period_end <= year : r.period_end === year) {
      const best = winners.get(r.region_code);
      if (!best || r.period_end > best.period_end) winners.set(r.region_code, r);
    }
  }
  return regions.map((g) => {
    const w = winners.get(g.code);
    // As the SQL: a stock shares the national stock of its year, a period figure only a
    // national figure over the same span.
    const n = w ? national.get(w.period_end) : undefined;
    const nat = n && (kind === 'cumulative' || n.period_start === w!.period_start) ? n : null;
    let value = w ? w.value : null;
    let denominator: number | null = null;
    if (input.measure === 'per_10m') {
      denominator = g.population;
      value = value === null || denominator === null ? null : (value * 1e7) / denominator;
    } else if (input.measure === 'share') {
      denominator = nat ? nat.value : null;
      value =
        value === null || denominator === null || denominator === 0 ? null : value / denominator;
    }
    return {
      code: g.code,
      name: g.name,
      short_name: g.short_name,
      name_en: g.name_en,
      year,
      value,
      raw_value: w ? w.value : null,
      denominator,
      qualifier: w ? w.qualifier : null,
      kind: w ? kind : null,
      period_start: w ? w.period_start : null,
      period_end: w ? w.period_end : null,
      fact_id: w ? w.fact_id : null,
      source_id: w ? w.source_id : null,
      reliability: w ? w.reliability : null,
      n_candidates: w ? w.n_candidates : 0,
      has_conflict: w ? w.has_conflict : false,
    };
  });
}

/**
 * The map's rows through `rows` (which may cache per query): the view's winners and its
 * regions, queries that a year, measure or time-mode change repeats exactly, then `mapRowsOf`.
 */
export async function loadMapRows(rows: FetchRows, input: MapInput): Promise<MapRow[]> {
  const view = mapViewOf(input);
  // One after the other: a connection runs one statement at a time anyway.
  const winners = await rows<MapViewRow>(buildMapViewSql(view));
  const regions = await rows<MapRegionRow>(buildMapRegionsSql(input));
  const latest =
    input.year === null
      ? ((await rows<{ year: number | null }>(buildMapLatestYearSql(mapKindOf(input))))[0]?.year ??
        null)
      : null;
  return mapRowsOf(winners, regions, input, latest);
}
