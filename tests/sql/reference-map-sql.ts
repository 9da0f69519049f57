import type { SqlQuery } from '../../src/lib/db/query';
import type { MapInput, Measure, YearsInput } from '../../src/lib/sql';
import {
  CANDIDATE_COLUMNS,
  COUNTED,
  HAS_YEAR,
  PREFERENCE,
  T,
  kindOf,
  withArgs,
} from '../../src/lib/sql/common';

/*
 * The map query as it was before the map aggregate (issue #6): straight from the facts, every
 * filter through the joined `args` CTE. Kept as the reference the aggregate-based builders
 * must match row for row, on the fixture, the embedded data, user datasets and the bench's
 * synthetic sets. Slow on large data (it rescans every fact); never used by the app.
 */

const MEASURES: Record<Measure, { value: string; denominator: string }> = {
  absolute: { value: 'w.value', denominator: 'NULL::DOUBLE' },
  // Multiply first: exact for round populations, and the population table has provinces only.
  per_10m: { value: 'w.value * 1e7 / p.population', denominator: 'p.population' },
  share: { value: 'w.value / nullif(n.value, 0)', denominator: 'n.value' },
};

/** The map's CTEs, ending in `map_rows`; shared with the ranking. */
function referenceParts(input: MapInput, finalSelect: string): SqlQuery {
  const kind = kindOf(input.time, input.targets);
  // period: the year's rows; stock: each region's latest "as of" row up to the year.
  const inScope = input.time === 'stock' ? 'c.period_end <= y.year' : 'c.period_end = y.year';
  const m = MEASURES[input.measure];
  return withArgs(
    [
      ['indicator', 'VARCHAR', input.indicator],
      ['kind', 'VARCHAR', kind],
      ['req_year', 'INTEGER', input.year],
      ['level', 'VARCHAR', input.level],
      ['parent', 'VARCHAR', input.parent],
    ],
    `cand AS (
  SELECT ${CANDIDATE_COLUMNS}
  FROM args a
  JOIN ${T.facts} f ON f.indicator_id = a.indicator AND f.kind = a.kind
  LEFT JOIN ${T.sources} s ON s.source_id = f.source_id
  WHERE ${COUNTED} AND ${HAS_YEAR}
),
yr AS (SELECT coalesce(a.req_year, (SELECT max(period_end) FROM cand)) AS year FROM args a),
ranked AS (
  SELECT c.*,
    count(*) OVER per_period AS n_candidates,
    min(c.value) OVER per_period <> max(c.value) OVER per_period AS has_conflict,
    row_number() OVER (PARTITION BY c.region_code ORDER BY c.period_end DESC, ${PREFERENCE}) AS rn
  FROM cand c CROSS JOIN yr y CROSS JOIN args a
  WHERE c.region_level = a.level AND c.region_code IS NOT NULL AND ${inScope}
  WINDOW per_period AS (PARTITION BY c.region_code, c.period_end)
),
winners AS (SELECT * FROM ranked WHERE rn = 1),
nat AS (
  SELECT period_start, period_end, value,
    row_number() OVER (PARTITION BY period_end ORDER BY ${PREFERENCE}) AS rn
  FROM cand WHERE region_level = 'national'
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
  -- A stock is shared against the national stock as of the same year; a period figure only
  -- against a national figure over the same span (an annual count is no share of a 5-year one).
  LEFT JOIN nat n ON n.rn = 1 AND n.period_end = w.period_end
    AND (w.kind = 'cumulative' OR n.period_start IS NOT DISTINCT FROM w.period_start)
)
${finalSelect}`,
  );
}

/** Reference choropleth rows, ordered by code: what buildMapSql must return. */
export function buildReferenceMapSql(input: MapInput): SqlQuery {
  return referenceParts(input, 'SELECT * FROM map_rows ORDER BY code');
}

/** Reference ranking rows: what buildRankingSql must return. */
export function buildReferenceRankingSql(input: MapInput): SqlQuery {
  return referenceParts(
    input,
    `SELECT *,
  CASE WHEN value IS NULL THEN NULL ELSE rank() OVER (ORDER BY value DESC NULLS LAST) END::INTEGER AS rank
FROM map_rows
ORDER BY value DESC NULLS LAST, code`,
  );
}

/** Reference slider years, counted over the facts: what buildYearsSql must return. */
export function buildReferenceYearsSql({ indicator, time, targets }: YearsInput): SqlQuery {
  return withArgs(
    [
      ['indicator', 'VARCHAR', indicator],
      ['kind', 'VARCHAR', kindOf(time, targets)],
    ],
    `years AS (
  SELECT f.period_end AS year,
    count(DISTINCT f.region_code)::INTEGER AS n_regions,
    bool_or(f.region_level = 'national') AS has_national
  FROM args a
  JOIN ${T.facts} f ON f.indicator_id = a.indicator AND f.kind = a.kind
  WHERE ${COUNTED} AND ${HAS_YEAR}
  GROUP BY f.period_end
)
SELECT * FROM years ORDER BY year`,
  );
}
