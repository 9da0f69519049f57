import type { SqlQuery } from '../db/query';
import type { Theme } from '../schema';
import { COUNTED, HAS_YEAR, T, withArgs } from './common';

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
 * comparable ones first, then the most regions, the most facts, the id.
 */
export function buildIndicatorsSql({ theme }: IndicatorsInput): SqlQuery {
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
