import type { SqlQuery } from '../db/query';
import { scanMapAggSql } from './build-map-agg-sql';
import { createBinder } from './common';

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
 * Read from the map aggregate, whose cells are exactly these points (one winner per kind,
 * region and year, with its candidate count and conflict flag): at 10M facts a few dozen
 * rows of one indicator instead of a scan of every fact (~1.6 s natively).
 */
export function buildTrendSql({ indicator, region }: TrendInput): SqlQuery {
  const { bind, params } = createBinder();
  const scan = scanMapAggSql(bind, { indicator, region });
  const sql = `SELECT kind AS series, period_end AS year, value, qualifier, kind, period_start,
  fact_id, source_id, reliability, n_candidates, has_conflict
FROM (${scan}) g
ORDER BY CASE kind WHEN 'outturn' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, year`;
  return { sql, params };
}
