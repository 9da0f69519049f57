import { COUNTED, HAS_YEAR, PREFERENCE } from './common';

/**
 * The map aggregate: one row per (indicator, kind, level, region, year) holding the fact the
 * map shows there (the PREFERENCE winner), how many facts competed and whether they disagree.
 * The map reads it instead of the facts, so a filter touches one indicator's few thousand
 * rows instead of rescanning every fact: at 10M facts that is milliseconds, not seconds.
 * `npm run data` (and the bench generator) write the embedded one ahead of time; the user's
 * is filled per dataset when it is added.
 */
export const MAP_AGG = {
  embedded: 'map_agg',
  user: 'user_map_agg',
  all: 'all_map_agg',
} as const;

type AggType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/** Columns in table order. `enum` ones keep the facts' ENUM types in the embedded table. */
export const MAP_AGG_COLUMNS: readonly { name: string; type: AggType; enum?: true }[] = [
  { name: 'indicator_id', type: 'VARCHAR', enum: true },
  { name: 'kind', type: 'VARCHAR', enum: true },
  { name: 'region_level', type: 'VARCHAR', enum: true },
  { name: 'region_code', type: 'VARCHAR', enum: true },
  { name: 'period_start', type: 'INTEGER' },
  { name: 'period_end', type: 'INTEGER' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'qualifier', type: 'VARCHAR', enum: true },
  { name: 'fact_id', type: 'VARCHAR' },
  { name: 'source_id', type: 'VARCHAR' },
  { name: 'reliability', type: 'VARCHAR', enum: true },
  { name: 'n_candidates', type: 'INTEGER' },
  { name: 'has_conflict', type: 'BOOLEAN' },
];

/** The kinds a map can show (kindOf); policy parameters never reach it. */
const MAP_KINDS = `('outturn', 'target', 'cumulative')`;

/**
 * One cell per region and year within a level; the national figures form one cell per year
 * whatever region code they carry, as the map's share picks the country's winner per year.
 */
const CELL = `indicator_id, kind, region_level,
    CASE WHEN region_level = 'national' THEN NULL ELSE region_code END, period_end`;

/** Sort key of the embedded table: one indicator and kind sit together, so zone maps skip the rest. */
const ORDER = 'indicator_id, kind, region_level, region_code, period_end';

/**
 * The aggregate over `facts` joined to `sources` for reliability, as the map reads them:
 * counted totals with a year, of a kind the map shows. With `datasetColumn`, only the facts
 * whose `datasetColumn` equals the one parameter, and that column passed through last.
 */
export function mapAggSelectSql(facts: string, sources: string, datasetColumn?: string): string {
  const names = MAP_AGG_COLUMNS.map((c) => c.name);
  const passed = names.slice(0, names.indexOf('reliability'));
  const own = datasetColumn ? `, f.${datasetColumn}` : '';
  return `WITH cand AS (
  SELECT ${passed.map((n) => `f.${n}`).join(', ')}, f.date, s.reliability${own}
  FROM ${facts} f LEFT JOIN ${sources} s ON s.source_id = f.source_id
  WHERE ${COUNTED} AND ${HAS_YEAR} AND f.kind IN ${MAP_KINDS}${datasetColumn ? ` AND f.${datasetColumn} = ?` : ''}
)
SELECT ${passed.join(', ')}, reliability,
  (count(*) OVER cell)::INTEGER AS n_candidates,
  min(value) OVER cell <> max(value) OVER cell AS has_conflict${datasetColumn ? `, ${datasetColumn}` : ''}
FROM cand
WINDOW cell AS (PARTITION BY ${CELL})
QUALIFY row_number() OVER (PARTITION BY ${CELL} ORDER BY ${PREFERENCE}) = 1`;
}

/**
 * Build time: writes `map_agg` into the database being built, from its own `facts` and
 * `sources` tables (ENUM types kept), sorted by indicator and kind. Deterministic: every
 * cell has one winner (PREFERENCE ends with the fact id) and the sort key is unique.
 */
export function buildCreateMapAggSql(): string {
  return `CREATE TABLE ${MAP_AGG.embedded} AS
${mapAggSelectSql('facts', 'sources')}
ORDER BY ${ORDER}`;
}
