/**
 * The trend, indicator list and region ranks computed from the facts, as the app did before
 * they read the build-time aggregates (map_agg, indicator_stats), and a region's facts list
 * through the all_facts view, as before it matched ENUM codes. Kept verbatim as the
 * reference the aggregate builders are compared with (tests/sql/panel-agg-parity.test.ts)
 * and measured against (bench, native DuckDB).
 */
import type { SqlQuery } from '../../src/lib/db/query';
import type {
  IndicatorsInput,
  RegionFactsInput,
  RegionRanksInput,
  TrendInput,
} from '../../src/lib/sql';
import {
  CANDIDATE_COLUMNS,
  COUNTED,
  HAS_YEAR,
  PREFERENCE,
  T,
  withArgs,
} from '../../src/lib/sql/common';

export function buildReferenceTrendSql({ indicator, region }: TrendInput): SqlQuery {
  return withArgs(
    [
      ['indicator', 'VARCHAR', indicator],
      ['region', 'VARCHAR', region],
    ],
    `cand AS (
  SELECT ${CANDIDATE_COLUMNS}
  FROM args a
  JOIN ${T.facts} f ON f.indicator_id = a.indicator
  LEFT JOIN ${T.sources} s ON s.source_id = f.source_id
  WHERE ${COUNTED} AND f.period_end IS NOT NULL
    AND f.kind IN ('outturn', 'target', 'cumulative')
    AND CASE WHEN a.region IS NULL THEN f.region_level = 'national' ELSE f.region_code = a.region END
),
ranked AS (
  SELECT *,
    count(*) OVER per_year AS n_candidates,
    min(value) OVER per_year <> max(value) OVER per_year AS has_conflict,
    row_number() OVER (PARTITION BY kind, period_end ORDER BY ${PREFERENCE}) AS rn
  FROM cand
  WINDOW per_year AS (PARTITION BY kind, period_end)
)
SELECT kind AS series, period_end AS year, value, qualifier, kind, period_start, fact_id,
  source_id, reliability, n_candidates::INTEGER AS n_candidates, has_conflict
FROM ranked
WHERE rn = 1
ORDER BY CASE kind WHEN 'outturn' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, year`,
  );
}

export function buildReferenceIndicatorsSql({ theme }: IndicatorsInput): SqlQuery {
  const shown = `${COUNTED} AND ${HAS_YEAR} AND f.kind IN ('outturn', 'target', 'cumulative')`;
  return withArgs(
    [['theme', 'VARCHAR', theme]],
    `stats AS (
  SELECT f.indicator_id::VARCHAR AS indicator_id,
    count(*)::INTEGER AS n_facts,
    count(DISTINCT f.region_code)::INTEGER AS n_regions,
    min(f.period_end) FILTER (WHERE ${shown}) AS year_min,
    max(f.period_end) FILTER (WHERE ${shown}) AS year_max,
    coalesce(bool_or(f.kind IN ('outturn', 'target')) FILTER (WHERE ${shown}), false) AS has_period,
    coalesce(bool_or(f.kind = 'target') FILTER (WHERE ${shown}), false) AS has_target,
    coalesce(bool_or(f.kind = 'cumulative') FILTER (WHERE ${shown}), false) AS has_stock
  FROM ${T.facts} f
  GROUP BY f.indicator_id
)
SELECT i.indicator_id, i.name_zh, i.name_en, i.unit::VARCHAR AS unit, i.comparable, i.additive,
  s.n_facts, s.n_regions, s.year_min, s.year_max, s.has_period, s.has_target, s.has_stock
FROM args a
JOIN ${T.indicators} i ON i.theme = a.theme
JOIN stats s ON s.indicator_id = i.indicator_id
ORDER BY i.comparable DESC, s.n_regions DESC, s.n_facts DESC, i.indicator_id`,
  );
}

export function buildReferenceRegionRanksSql({ region, year = null }: RegionRanksInput): SqlQuery {
  return withArgs(
    [
      ['region', 'VARCHAR', region],
      ['req_year', 'INTEGER', year],
    ],
    `me AS (SELECT r.code, r.level::VARCHAR AS level FROM args a JOIN ${T.regions} r ON r.code = a.region),
cand AS (
  SELECT ${CANDIDATE_COLUMNS},
    CASE WHEN f.kind = 'cumulative' THEN 'stock' ELSE 'period' END AS time
  FROM me
  JOIN ${T.facts} f ON f.region_level = me.level
  JOIN ${T.indicators} i ON i.indicator_id = f.indicator_id::VARCHAR
  LEFT JOIN ${T.sources} s ON s.source_id = f.source_id
  WHERE i.comparable AND f.kind IN ('outturn', 'cumulative') AND ${COUNTED}
    AND f.period_end IS NOT NULL AND f.region_code IS NOT NULL
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
ranked AS (
  SELECT c.*, sel.year,
    row_number() OVER (PARTITION BY c.indicator_id, c.time, c.region_code
      ORDER BY c.period_end DESC, ${PREFERENCE}) AS rn
  FROM cand c JOIN sel USING (indicator_id, time)
  WHERE (c.time = 'period' AND c.period_end = sel.year)
    OR (c.time = 'stock' AND c.period_end <= sel.year)
),
ranks AS (
  SELECT *, rank() OVER (PARTITION BY indicator_id, time ORDER BY value DESC) AS rank,
    count(*) OVER (PARTITION BY indicator_id, time) AS n_regions
  FROM ranked WHERE rn = 1
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

/** Every fact about a region (optionally its descendants) with indicator and source details. */
export function buildReferenceRegionFactsSql({
  region,
  includeDescendants,
}: RegionFactsInput): SqlQuery {
  return withArgs(
    [
      ['region', 'VARCHAR', region],
      ['descendants', 'BOOLEAN', includeDescendants],
    ],
    `me AS (SELECT r.code, r.level::VARCHAR AS level FROM args a JOIN ${T.regions} r ON r.code = a.region),
sel AS (
  SELECT f.*, f.region_code::VARCHAR = me.code AS is_self
  FROM args a CROSS JOIN me
  JOIN ${T.facts} f ON f.region_code::VARCHAR = me.code OR (a.descendants AND (
    (me.level = 'province' AND left(f.region_code::VARCHAR, 2) = left(me.code, 2))
    OR (me.level = 'prefecture' AND left(f.region_code::VARCHAR, 4) = left(me.code, 4))))
),
links AS (
  SELECT DISTINCT fact_id, source_id, is_primary FROM (
    SELECT fs.fact_id, fs.source_id, fs.is_primary FROM ${T.factSources} fs JOIN sel USING (fact_id)
    UNION ALL
    SELECT fact_id, source_id, true FROM sel
  )
),
agg AS (
  SELECT fact_id,
    string_agg(source_id, ';' ORDER BY is_primary DESC, source_id) AS source_ids,
    count(*)::INTEGER AS n_sources
  FROM (SELECT fact_id, source_id, bool_or(is_primary) AS is_primary FROM links GROUP BY ALL)
  GROUP BY fact_id
)
SELECT f.fact_id, f.theme::VARCHAR AS theme, f.indicator_id::VARCHAR AS indicator_id,
  i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en, i.comparable,
  f.unit::VARCHAR AS unit, f.region_code::VARCHAR AS region_code, f.is_self,
  r.name AS region_name, r.short_name AS region_short_name, r.name_en AS region_name_en,
  f.region_level::VARCHAR AS region_level, f.region_name_raw,
  f.period_start, f.period_end, f.date, f.value, f.qualifier::VARCHAR AS qualifier,
  f.kind::VARCHAR AS kind, f.batch, f.unit_type::VARCHAR AS unit_type, f.conflict_group,
  f.evidence, f.notes, f.source_id, s.title AS source_title, s.publisher AS source_publisher,
  s.date AS source_date, s.url AS source_url, s.reliability::VARCHAR AS reliability,
  g.source_ids, g.n_sources
FROM sel f
LEFT JOIN ${T.indicators} i ON i.indicator_id = f.indicator_id::VARCHAR
LEFT JOIN ${T.regions} r ON r.code = f.region_code::VARCHAR
LEFT JOIN ${T.sources} s ON s.source_id = f.source_id
LEFT JOIN agg g ON g.fact_id = f.fact_id
ORDER BY f.theme, f.indicator_id::VARCHAR, f.period_end NULLS LAST, f.period_start NULLS LAST,
  f.is_self DESC, f.region_code::VARCHAR, f.fact_id`,
  );
}
