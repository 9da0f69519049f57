import type { SqlQuery } from '../db/query';
import { scanMapAggSql } from './build-map-agg-sql';
import { T, createBinder, kindOf, type TimeMode } from './common';

export type Measure = 'absolute' | 'per_10m' | 'share';
export type MapLevel = 'province' | 'prefecture';

export interface MapInput {
  indicator: string;
  time: TimeMode;
  /** null → the latest year with data for the indicator in this time mode. */
  year: number | null;
  level: MapLevel;
  /** Province whose prefectures are drawn when `level` is `prefecture`; ignored otherwise. */
  parent: string | null;
  measure: Measure;
  /** Period mode reads targets instead of outturns. */
  targets: boolean;
}

/** One row per region of the level, with or without a fact. */
export interface MapRow {
  code: string;
  name: string;
  short_name: string;
  name_en: string;
  /** The year actually shown (resolved when the input year was null). */
  year: number | null;
  /** After the measure; null when missing or when the measure has no denominator. */
  value: number | null;
  raw_value: number | null;
  /** Population (per_10m) or the national figure (share); null for absolute. */
  denominator: number | null;
  qualifier: string | null;
  kind: string | null;
  period_start: number | null;
  period_end: number | null;
  fact_id: string | null;
  source_id: string | null;
  reliability: string | null;
  n_candidates: number;
  has_conflict: boolean;
}

const MEASURES: Record<Measure, { value: string; denominator: string }> = {
  absolute: { value: 'w.value', denominator: 'NULL::DOUBLE' },
  // Multiply first: exact for round populations, and the population table has provinces only.
  per_10m: { value: 'w.value * 1e7 / p.population', denominator: 'p.population' },
  share: { value: 'w.value / nullif(n.value, 0)', denominator: 'n.value' },
};

/**
 * The map's CTEs, ending in `map_rows`; shared with the ranking. Reads the map aggregate
 * (build-map-agg-sql.ts: one winning fact per region and year, with its candidate count and
 * conflict flag); indicator and kind are compared with parameters in the scan's own WHERE,
 * so DuckDB filters while scanning and skips the row groups of other indicators.
 */
export function mapQueryParts(input: MapInput, finalSelect: string): SqlQuery {
  const { bind, params } = createBinder();
  const m = MEASURES[input.measure];
  // period: the year's rows; stock: each region's latest "as of" row up to the year.
  const inScope = input.time === 'stock' ? '<=' : '=';
  const filter = { indicator: input.indicator, kind: kindOf(input.time, input.targets) };
  const sql = `WITH agg AS (
  ${scanMapAggSql(bind, filter)}
),
yr AS (SELECT coalesce(${bind('INTEGER', input.year)}, (SELECT max(period_end) FROM agg)) AS year),
winners AS (
  SELECT g.* FROM agg g CROSS JOIN yr y
  WHERE g.region_level = ${bind('VARCHAR', input.level)} AND g.region_code IS NOT NULL
    AND g.period_end ${inScope} y.year
  QUALIFY row_number() OVER (PARTITION BY g.region_code ORDER BY g.period_end DESC) = 1
),
nat AS (SELECT period_start, period_end, value FROM agg WHERE region_level = 'national'),
shown AS (
  SELECT code, name, short_name, name_en, level FROM ${T.regions}
  WHERE level = ${bind('VARCHAR', input.level)}
    AND (level = 'province' OR parent_code = ${bind('VARCHAR', input.parent)})
),
map_rows AS (
  SELECT r.code, r.name, r.short_name, r.name_en, y.year,
    ${m.value} AS value, w.value AS raw_value, ${m.denominator} AS denominator,
    w.qualifier, w.kind, w.period_start, w.period_end, w.fact_id, w.source_id, w.reliability,
    coalesce(w.n_candidates, 0)::INTEGER AS n_candidates,
    coalesce(w.has_conflict, false) AS has_conflict
  FROM shown r CROSS JOIN yr y
  LEFT JOIN winners w ON w.region_code = r.code
  LEFT JOIN ${T.population} p ON p.region_code = r.code AND r.level = 'province'
  -- A stock is shared against the national stock as of the same year; a period figure only
  -- against a national figure over the same span (an annual count is no share of a 5-year one).
  LEFT JOIN nat n ON n.period_end = w.period_end
    AND (w.kind = 'cumulative' OR n.period_start IS NOT DISTINCT FROM w.period_start)
)
${finalSelect}`;
  return { sql, params };
}

/**
 * Choropleth rows: every region of `level` (a province's prefectures when drilling down),
 * regions without a fact included with value NULL. Ordered by code.
 */
export function buildMapSql(input: MapInput): SqlQuery {
  return mapQueryParts(input, 'SELECT * FROM map_rows ORDER BY code');
}
