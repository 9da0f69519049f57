import type { SqlQuery } from '../db/query';
import { COUNTED, HAS_YEAR, T, kindOf, withArgs, type TimeMode } from './common';

export interface YearsInput {
  indicator: string;
  time: TimeMode;
  targets: boolean;
}

export interface YearRow {
  year: number;
  /** Distinct coded regions with a row ending that year. */
  n_regions: number;
  has_national: boolean;
}

/**
 * Years (period_end) with data for the indicator in the time mode: the slider's stops.
 * The map's default year (input year null) is the last of these.
 */
export function buildYearsSql({ indicator, time, targets }: YearsInput): SqlQuery {
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
