import type { SqlQuery } from '../db/query';
import { MAP_AGG } from './build-map-agg-sql';
import { FACTS } from '../schema';
import { SCHEMA_ALIAS, T, enumTypeOf, withArgs } from './common';

export interface RegionRanksInput {
  /** 6-digit code; peers are all regions of the same level nationwide. */
  region: string;
  /** null → per indicator and mode, the region's own latest year with a value. */
  year?: number | null;
}

export interface RegionRankRow {
  indicator_id: string;
  theme: string;
  name_zh: string;
  name_en: string;
  unit: string;
  /** period: outturns ending in `year`; stock: each region's latest stock up to `year`. */
  time: 'period' | 'stock';
  year: number;
  value: number;
  qualifier: string;
  period_end: number;
  fact_id: string;
  /** 1 = largest; ties share a rank. */
  rank: number;
  /** Regions of the level with a value (the rank's denominator). */
  n_regions: number;
  level: string;
}

/**
 * What a rank needs of the map aggregate's cells: the region's level, the kinds ranked,
 * ENUMs as VARCHAR. The level is compared as the ENUM (a scalar subquery cast once), so
 * the other levels' cells are dropped before any VARCHAR is made of them.
 */
function rankedCellsSql(): string {
  const cols = ['indicator_id', 'kind', 'region_code', 'qualifier'];
  const select = (cast: boolean) =>
    [
      ...cols.map((c) => (cast ? `${c}::VARCHAR AS ${c}` : c)),
      'period_end',
      'value',
      'fact_id',
    ].join(', ');
  const levelType = `${SCHEMA_ALIAS}.${enumTypeOf(FACTS.name, 'region_level')}`;
  const where = (level: string) =>
    `kind IN ('outturn', 'cumulative') AND region_code IS NOT NULL AND region_level = (${level})`;
  return `SELECT ${select(true)} FROM ${SCHEMA_ALIAS}.${MAP_AGG.embedded}
    WHERE ${where(`SELECT TRY_CAST(level AS ${levelType}) FROM me`)}
  UNION ALL SELECT ${select(false)} FROM ${MAP_AGG.user}
    WHERE ${where('SELECT level FROM me')}`;
}

/**
 * Where a region stands on each comparable indicator it has data for, in period (outturn)
 * and stock (cumulative) mode separately, among regions of its level with a value. Read
 * from the map aggregate: a region's winner for a year is its cell there, so its latest
 * figure up to a year is its latest cell, and every fact is never rescanned.
 */
export function buildRegionRanksSql({ region, year = null }: RegionRanksInput): SqlQuery {
  return withArgs(
    [
      ['region', 'VARCHAR', region],
      ['req_year', 'INTEGER', year],
    ],
    `me AS (SELECT r.code, r.level::VARCHAR AS level FROM args a JOIN ${T.regions} r ON r.code = a.region),
cand AS (
  SELECT g.*, CASE WHEN g.kind = 'cumulative' THEN 'stock' ELSE 'period' END AS time
  FROM (${rankedCellsSql()}) g
  JOIN ${T.indicators} i ON i.indicator_id = g.indicator_id
  WHERE i.comparable
),
in_year AS (
  SELECT c.*, a.req_year
  FROM cand c CROSS JOIN args a
  WHERE a.req_year IS NULL
    OR (c.time = 'period' AND c.period_end = a.req_year)
    OR (c.time = 'stock' AND c.period_end <= a.req_year)
),
sel AS (
  SELECT c.indicator_id, c.time, coalesce(any_value(c.req_year), max(c.period_end)) AS year
  FROM in_year c JOIN me ON c.region_code = me.code
  GROUP BY c.indicator_id, c.time
),
latest AS (
  -- One cell per region and year: a region's figure is its cell of the latest year in scope.
  SELECT c.indicator_id, c.time, c.region_code, sel.year, max(c.period_end) AS period_end,
    arg_max({value: c.value, qualifier: c.qualifier, fact_id: c.fact_id}, c.period_end) AS w
  FROM cand c JOIN sel USING (indicator_id, time)
  WHERE (c.time = 'period' AND c.period_end = sel.year)
    OR (c.time = 'stock' AND c.period_end <= sel.year)
  GROUP BY ALL
),
ranks AS (
  SELECT indicator_id, time, region_code, year, period_end, w.value AS value,
    w.qualifier AS qualifier, w.fact_id AS fact_id,
    rank() OVER (PARTITION BY indicator_id, time ORDER BY w.value DESC) AS rank,
    count(*) OVER (PARTITION BY indicator_id, time) AS n_regions
  FROM latest
)
SELECT k.indicator_id, i.theme::VARCHAR AS theme, i.name_zh, i.name_en, i.unit::VARCHAR AS unit,
  k.time, k.year, k.value, k.qualifier, k.period_end, k.fact_id, k.rank::INTEGER AS rank,
  k.n_regions::INTEGER AS n_regions, me.level
FROM ranks k
JOIN me ON k.region_code = me.code
JOIN ${T.indicators} i ON i.indicator_id = k.indicator_id
ORDER BY i.theme, k.indicator_id, k.time`,
  );
}
