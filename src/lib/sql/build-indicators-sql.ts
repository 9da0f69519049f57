import type { SqlQuery } from '../db/query';
import type { Theme } from '../schema';
import { indicatorStatsSql } from './build-indicator-stats-sql';
import { T, withArgs } from './common';

export interface IndicatorsInput {
  theme: Theme;
}

export interface IndicatorListRow {
  indicator_id: string;
  name_zh: string;
  name_en: string;
  unit: string;
  comparable: boolean;
  additive: boolean;
  /** Every fact of the indicator, whatever its kind or type split. */
  n_facts: number;
  /** Distinct coded regions (any level) with a fact. */
  n_regions: number;
  /** Range of period_end over rows the map or trend can show (not policy); null when none. */
  year_min: number | null;
  year_max: number | null;
  /** Outturn or target rows exist (period mode). */
  has_period: boolean;
  has_target: boolean;
  /** Cumulative rows exist (stock mode). */
  has_stock: boolean;
}

/**
 * Indicators of a theme that have at least one fact. The first row is the best default:
 * comparable ones first, then the most regions, the most facts, the id. The figures come
 * from the indicator catalogue (build-indicator-stats-sql.ts), never from the facts.
 */
export function buildIndicatorsSql({ theme }: IndicatorsInput): SqlQuery {
  return withArgs(
    [['theme', 'VARCHAR', theme]],
    `stats AS (
  ${indicatorStatsSql()}
)
SELECT i.indicator_id, i.name_zh, i.name_en, i.unit::VARCHAR AS unit, i.comparable, i.additive,
  s.n_facts, s.n_regions, s.year_min, s.year_max, s.has_period, s.has_target, s.has_stock
FROM args a
JOIN ${T.indicators} i ON i.theme = a.theme
JOIN stats s ON s.indicator_id = i.indicator_id
ORDER BY i.comparable DESC, s.n_regions DESC, s.n_facts DESC, i.indicator_id`,
  );
}
