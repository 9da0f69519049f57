import type { SqlQuery } from '../db/query';
import type { MapInput, MapLevel } from './build-map-sql';
import { scanMapAggSql } from './build-map-agg-sql';
import { T, createBinder, kindOf } from './common';

/**
 * What the map's rows depend on apart from year, measure and time mode: one query per view.
 * Every kind the map can show comes in the one answer (about three times a single kind's
 * rows, still a few thousand at most), so switching period / stock / targets is answered
 * in memory like a year move.
 */
export interface MapViewInput {
  indicator: string;
  level: MapLevel;
  parent: string | null;
}

export function mapViewOf(input: MapInput): MapViewInput {
  return { indicator: input.indicator, level: input.level, parent: input.parent };
}

/** What the latest-year query depends on: the indicator and the kind the time mode reads. */
export interface MapKindInput {
  indicator: string;
  kind: 'outturn' | 'target' | 'cumulative';
}

export function mapKindOf(input: MapInput): MapKindInput {
  return { indicator: input.indicator, kind: kindOf(input.time, input.targets) };
}

/** A winning fact of the map aggregate: a region of the view's level, or the country. */
export interface MapViewRow {
  kind: string;
  national: boolean;
  region_code: string | null;
  period_start: number | null;
  period_end: number;
  value: number;
  qualifier: string;
  fact_id: string;
  source_id: string;
  reliability: string | null;
  n_candidates: number;
  has_conflict: boolean;
}

/** A region the view draws, with its population where the measure can use one. */
export interface MapRegionRow {
  code: string;
  name: string;
  short_name: string;
  name_en: string;
  /** Provinces only (the census table has no prefectures); null otherwise. */
  population: number | null;
}

/**
 * Every kind's and year's winners of one view (indicator, level, parent) and the national ones
 * (share denominators), so the year slider and the measure are answered in memory
 * (map-rows.ts) without another query. A plain filtered scan of the aggregate (the filters
 * reach the scan, see scanMapAggSql), with little to plan: on small data planning costs more
 * than scanning. No ORDER BY (it cost more than the rest of the query; mapRowsOf needs no
 * order, and DuckDB keeps the table's order, so the snapshot's bytes stay stable). The
 * parent test is a pre-filter on the code's first two digits (GB/T 2260 prefectures begin
 * with their province's); the exact set of regions drawn is the regions query's.
 */
export function buildMapViewSql(view: MapViewInput): SqlQuery {
  const { bind, params } = createBinder();
  const filter = { ...view, parent: view.level === 'province' ? undefined : view.parent };
  const sql = `SELECT kind, region_level = 'national' AS national, region_code, period_start, period_end,
  value, qualifier, fact_id, source_id, reliability, n_candidates, has_conflict
FROM (${scanMapAggSql(bind, filter)}) g`;
  return { sql, params };
}

/**
 * The last year with data at any level: the map's year when none is asked for (null). The
 * dashboard always asks for one when the indicator has years, so this runs rarely.
 */
export function buildMapLatestYearSql({ indicator, kind }: MapKindInput): SqlQuery {
  const { bind, params } = createBinder();
  const sql = `SELECT max(period_end) AS year FROM (${scanMapAggSql(bind, { indicator, kind })}) g`;
  return { sql, params };
}

/** The regions a view draws, ordered by code: a province's prefectures, or all provinces. */
export function buildMapRegionsSql({
  level,
  parent,
}: Pick<MapInput, 'level' | 'parent'>): SqlQuery {
  const { bind, params } = createBinder();
  const sql = `SELECT r.code, r.name, r.short_name, r.name_en, p.population
FROM ${T.regions} r
LEFT JOIN ${T.population} p ON p.region_code = r.code AND r.level = 'province'
WHERE r.level = ${bind('VARCHAR', level)}
  AND (r.level = 'province' OR r.parent_code = ${bind('VARCHAR', parent)})
ORDER BY r.code`;
  return { sql, params };
}
