import type { SqlQuery } from '../db/query';
import { CANDIDATE_COLUMNS, COUNTED, PREFERENCE, T, withArgs } from './common';

export interface TrendInput {
  indicator: string;
  /** 6-digit code, or null for national rows. */
  region: string | null;
}

export interface TrendRow {
  series: 'outturn' | 'target' | 'cumulative';
  /** period_end of the figure. */
  year: number;
  value: number;
  qualifier: string;
  kind: string;
  period_start: number | null;
  fact_id: string;
  source_id: string;
  reliability: string | null;
  n_candidates: number;
  has_conflict: boolean;
}

/**
 * One point per series and year for a region (or the country): outturns, targets and
 * cumulative stocks stay separate series, one winning fact per year under the usual rules.
 */
export function buildTrendSql({ indicator, region }: TrendInput): SqlQuery {
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
