import type { SqlParam, SqlQuery } from '../db/query';
import { POPULATION, REGIONS, type Table } from '../schema';

/**
 * Alias the embedded database is ATTACHed under. Mirrors `EMBEDDED` in lib/db/engine.ts,
 * which cannot be imported here: that module pulls in DuckDB-WASM, and builders stay pure.
 */
export const SCHEMA_ALIAS = 'mz';

const qualified = (table: Table): string => `${SCHEMA_ALIAS}.${table.name}`;

/**
 * The only place builders get table names from. Facts, sources and indicators are views
 * over the embedded data and the user's own (user-layer.ts); regions and population are
 * embedded only.
 */
export const T = {
  facts: 'all_facts',
  factSources: 'all_fact_sources',
  indicators: 'all_indicators',
  sources: 'all_sources',
  regions: qualified(REGIONS),
  population: qualified(POPULATION),
} as const;

/**
 * Name of the ENUM type of an enum column in the embedded database (written by
 * scripts/lib/ddl.ts). Builders cast parameters to it so that filters compare ENUM codes.
 */
export function enumTypeOf(table: string, column: string): string {
  return `${table}_${column}_t`;
}

export type ArgType = 'VARCHAR' | 'INTEGER' | 'BOOLEAN';

/**
 * Every parameter goes once, typed, into a one-row `args` CTE at the top of the query, and
 * the body refers to `a.<name>`. Placeholder order then can never drift from `params`.
 */
export function withArgs(
  args: readonly (readonly [name: string, type: ArgType, value: SqlParam])[],
  body: string,
): SqlQuery {
  const cols = args.map(([name, type]) => `CAST(? AS ${type}) AS ${name}`).join(', ');
  return { sql: `WITH args AS (SELECT ${cols}),\n${body}`, params: args.map(([, , v]) => v) };
}

/**
 * Placeholders for filters that must reach the scan (`column = ?`, not a join with `args`):
 * each call returns a typed `?` and records its value. Use it inside one template literal,
 * whose substitutions run left to right, so `params` follow the placeholders' order.
 */
export function createBinder(): {
  bind: (type: ArgType, value: SqlParam) => string;
  params: SqlParam[];
} {
  const params: SqlParam[] = [];
  return {
    params,
    bind(type, value) {
      params.push(value);
      return `CAST(? AS ${type})`;
    },
  };
}

/** Only totals count: rows split by unit type are detail. */
export const COUNTED = `(f.unit_type IS NULL OR f.unit_type = 'all')`;

/** Rows that carry a year and describe a coded region or the whole country. */
export const HAS_YEAR = `f.period_end IS NOT NULL AND (f.region_code IS NOT NULL OR f.region_level = 'national')`;

/**
 * When facts compete for one region and period: official over repost over low reliability,
 * then exact over qualified figures, then the latest date, then the id (deterministic).
 * Expects `reliability`, `qualifier`, `date`, `fact_id` columns in scope.
 */
export const PREFERENCE = `CASE reliability WHEN 'official' THEN 0 WHEN 'repost' THEN 1 ELSE 2 END,
    CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END, date DESC NULLS LAST, fact_id`;

/** Columns of a candidate fact with enums as VARCHAR and the primary source's reliability. */
export const CANDIDATE_COLUMNS = `f.fact_id, f.indicator_id::VARCHAR AS indicator_id,
    f.region_code::VARCHAR AS region_code, f.region_level::VARCHAR AS region_level,
    f.period_start, f.period_end, f.date, f.value, f.qualifier::VARCHAR AS qualifier,
    f.kind::VARCHAR AS kind, f.source_id, s.reliability::VARCHAR AS reliability, f.conflict_group`;

export type TimeMode = 'period' | 'stock';

/** The one fact kind a time mode reads (never mix per-period rows with stocks). */
export function kindOf(time: TimeMode, targets: boolean): 'outturn' | 'target' | 'cumulative' {
  if (time === 'stock') return 'cumulative';
  return targets ? 'target' : 'outturn';
}

/** One placeholder per value, for `IN (…)` / `VALUES` lists; never concatenated values. */
export function placeholders(n: number, type: ArgType = 'VARCHAR'): string[] {
  return Array.from({ length: n }, () => `CAST(? AS ${type})`);
}
