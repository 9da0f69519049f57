import { INDICATOR_STATS_TABLE } from '../schema';
import { derivedColumns } from './build-map-agg-sql';
import { COUNTED, HAS_YEAR, SCHEMA_ALIAS } from './common';

/**
 * The indicator catalogue's figures (INDICATOR_STATS_TABLE): written by `npm run data` and
 * the bench generator into the database, filled per dataset for the user's, so the
 * indicator list reads a few rows per indicator instead of every fact (~3 s at 10M facts).
 */
export const INDICATOR_STATS = {
  embedded: INDICATOR_STATS_TABLE.name,
  user: 'user_indicator_stats',
} as const;

export const INDICATOR_STATS_COLUMNS = derivedColumns(INDICATOR_STATS_TABLE);

/** Rows the map or the trend can show: counted totals with a year, of a map kind. */
const SHOWN = `${COUNTED} AND ${HAS_YEAR} AND f.kind IN ('outturn', 'target', 'cumulative')`;

/**
 * One row per indicator of `facts`, in INDICATOR_STATS_COLUMNS order. With `datasetColumn`,
 * only the facts whose `datasetColumn` equals the one parameter, that column passed last.
 */
export function indicatorStatsSelectSql(facts: string, datasetColumn?: string): string {
  const own = datasetColumn ? `, f.${datasetColumn}` : '';
  return `SELECT f.indicator_id,
  count(*)::INTEGER AS n_facts,
  count(DISTINCT f.region_code)::INTEGER AS n_regions,
  min(f.period_end) FILTER (WHERE ${SHOWN}) AS year_min,
  max(f.period_end) FILTER (WHERE ${SHOWN}) AS year_max,
  coalesce(bool_or(f.kind IN ('outturn', 'target')) FILTER (WHERE ${SHOWN}), false) AS has_period,
  coalesce(bool_or(f.kind = 'target') FILTER (WHERE ${SHOWN}), false) AS has_target,
  coalesce(bool_or(f.kind = 'cumulative') FILTER (WHERE ${SHOWN}), false) AS has_stock${own}
FROM ${facts} f${datasetColumn ? `\nWHERE f.${datasetColumn} = ?` : ''}
GROUP BY f.indicator_id${own}`;
}

/** Build time: writes `indicator_stats` from the database's own facts (ENUM type kept). */
export function buildCreateIndicatorStatsSql(): string {
  return `CREATE TABLE ${INDICATOR_STATS.embedded} AS
${indicatorStatsSelectSql('facts')}
ORDER BY indicator_id`;
}

/**
 * The embedded and the user's figures as one relation, indicator ids as VARCHAR. Each
 * indicator is in one of them only (the invariant in user-layer.ts), so the union is the
 * catalogue of the union.
 */
export function indicatorStatsSql(): string {
  const names = INDICATOR_STATS_COLUMNS.map((c) => c.name);
  const embedded = INDICATOR_STATS_COLUMNS.map((c) =>
    c.enum ? `${c.name}::VARCHAR AS ${c.name}` : c.name,
  );
  return `SELECT ${embedded.join(', ')} FROM ${SCHEMA_ALIAS}.${INDICATOR_STATS.embedded}
  UNION ALL SELECT ${names.join(', ')} FROM ${INDICATOR_STATS.user}`;
}
