import type { SqlQuery } from '../db/query';
import { scanMapAggSql } from './build-map-agg-sql';
import { createBinder, kindOf, type TimeMode } from './common';

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
 * The map's default year (input year null) is the last of these. Read from the map
 * aggregate, not the facts: it holds one row per (level, region, year) cell of exactly the
 * facts the map counts, so the distinct regions per year are the same, and the scan is the
 * map's (one indicator and kind, ENUM filters): ~1 s less per indicator change at 10M facts.
 */
export function buildYearsSql({ indicator, time, targets }: YearsInput): SqlQuery {
  const { bind, params } = createBinder();
  const scan = scanMapAggSql(bind, { indicator, kind: kindOf(time, targets) });
  const sql = `SELECT period_end AS year,
  count(DISTINCT region_code)::INTEGER AS n_regions,
  bool_or(region_level = 'national') AS has_national
FROM (${scan}) g
GROUP BY period_end
ORDER BY year`;
  return { sql, params };
}
