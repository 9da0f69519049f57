import type { SqlQuery } from '../../../src/lib/db/query';
import type { MapInput } from '../../../src/lib/sql';
import {
  CANDIDATE_COLUMNS,
  COUNTED,
  HAS_YEAR,
  PREFERENCE,
  T,
  kindOf,
  withArgs,
} from '../../../src/lib/sql/common';

/** The proposed design: one row per (indicator, kind, level, region, year), built at load. */
export const AGG = 'map_agg';

/**
 * Everything the map needs from the facts, aggregated once: the winning fact of each
 * region-year with its candidate count and conflict flag. Sorted so that DuckDB's zone maps
 * skip all but the row groups of one indicator and kind when the slider moves.
 */
export function buildMapAggSql(): string {
  const cell = 'c.indicator_id, c.kind, c.region_level, c.region_code, c.period_end';
  return `CREATE OR REPLACE TABLE ${AGG} AS
WITH cand AS (
  SELECT ${CANDIDATE_COLUMNS}
  FROM ${T.facts} f LEFT JOIN ${T.sources} s ON s.source_id = f.source_id
  WHERE ${COUNTED} AND ${HAS_YEAR} AND f.kind IN ('outturn', 'target', 'cumulative')
)
SELECT c.* EXCLUDE (conflict_group),
  count(*) OVER cell AS n_candidates,
  min(c.value) OVER cell <> max(c.value) OVER cell AS has_conflict
FROM cand c
WINDOW cell AS (PARTITION BY ${cell})
QUALIFY row_number() OVER (PARTITION BY ${cell} ORDER BY ${PREFERENCE}) = 1
ORDER BY c.indicator_id, c.kind, c.region_level, c.period_end, c.region_code`;
}

const MEASURES = {
  absolute: { value: 'w.value', denominator: 'NULL::DOUBLE' },
  per_10m: { value: 'w.value * 1e7 / p.population', denominator: 'p.population' },
  share: { value: 'w.value / nullif(n.value, 0)', denominator: 'n.value' },
} as const;

/**
 * Same rows as buildMapSql, read from the aggregate. Filters compare columns with constants
 * (not a join with `args`) so they reach the scan and its zone maps.
 */
export function buildAggMapSql(input: MapInput): SqlQuery {
  const kind = kindOf(input.time, input.targets);
  const m = MEASURES[input.measure];
  const scope = input.time === 'stock' ? 'g.period_end <= ?' : 'g.period_end = ?';
  const base = withArgs(
    [
      ['level', 'VARCHAR', input.level],
      ['parent', 'VARCHAR', input.parent],
    ],
    `yr AS (
  SELECT coalesce(CAST(? AS INTEGER), (SELECT max(period_end) FROM ${AGG}
    WHERE indicator_id = ? AND kind = ?)) AS year
),
winners AS (
  SELECT g.* FROM ${AGG} g, yr y
  WHERE g.indicator_id = ? AND g.kind = ? AND g.region_level = ? AND ${scope.replace('?', 'y.year')}
  QUALIFY row_number() OVER (PARTITION BY g.region_code ORDER BY g.period_end DESC) = 1
),
nat AS (
  SELECT g.period_start, g.period_end, g.value FROM ${AGG} g
  WHERE g.indicator_id = ? AND g.kind = ? AND g.region_level = 'national'
  QUALIFY row_number() OVER (PARTITION BY g.period_end ORDER BY ${PREFERENCE}) = 1
),
map_rows AS (
  SELECT r.code, r.name, r.short_name, r.name_en, y.year,
    ${m.value} AS value, w.value AS raw_value, ${m.denominator} AS denominator,
    w.qualifier, w.kind, w.period_start, w.period_end, w.fact_id, w.source_id, w.reliability,
    coalesce(w.n_candidates, 0)::INTEGER AS n_candidates,
    coalesce(w.has_conflict, false) AS has_conflict
  FROM args a CROSS JOIN yr y
  JOIN ${T.regions} r ON r.level = a.level AND (a.level = 'province' OR r.parent_code = a.parent)
  LEFT JOIN winners w ON w.region_code = r.code
  LEFT JOIN ${T.population} p ON p.region_code = r.code AND r.level = 'province'
  LEFT JOIN nat n ON n.period_end = w.period_end
    AND (w.kind = 'cumulative' OR n.period_start IS NOT DISTINCT FROM w.period_start)
)
SELECT * FROM map_rows ORDER BY code`,
  );
  const ind = input.indicator;
  return {
    sql: base.sql,
    params: [...base.params, input.year, ind, kind, ind, kind, input.level, ind, kind],
  };
}
