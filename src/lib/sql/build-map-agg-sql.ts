import { FACTS, MAP_AGG_TABLE, type Table } from '../schema';
import {
  COUNTED,
  HAS_YEAR,
  PREFERENCE,
  SCHEMA_ALIAS,
  enumTypeOf,
  type createBinder,
} from './common';

/**
 * The map aggregate: one row per (indicator, kind, level, region, year) holding the fact the
 * map shows there (the PREFERENCE winner), how many facts competed and whether they disagree.
 * The map reads it instead of the facts, so a filter touches one indicator's few thousand
 * rows instead of rescanning every fact: at 10M facts that is milliseconds, not seconds.
 * `npm run data` (and the bench generator) write the embedded one ahead of time; the user's
 * is filled per dataset when it is added.
 */
export const MAP_AGG = {
  embedded: MAP_AGG_TABLE.name,
  user: 'user_map_agg',
  all: 'all_map_agg',
} as const;

type AggType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/** Columns of a derived table as SQL types; `enum` ones keep the facts' ENUM types when embedded. */
export function derivedColumns(
  table: Table,
): readonly { name: string; type: AggType; enum?: true }[] {
  return table.columns.map((c) =>
    c.type === 'enum'
      ? { name: c.name, type: 'VARCHAR', enum: true }
      : { name: c.name, type: c.type.toUpperCase() as AggType },
  );
}

/** Columns in table order, as lib/schema declares them. */
export const MAP_AGG_COLUMNS = derivedColumns(MAP_AGG_TABLE);

/** The kinds a map can show (kindOf); policy parameters never reach it. */
const MAP_KINDS = `('outturn', 'target', 'cumulative')`;

/** Sort key of the embedded table: one indicator and kind sit together, so zone maps skip the rest. */
const ORDER = 'indicator_id, kind, region_level, region_code, period_end';

/** The columns a cell is grouped by; the rest come from its winning fact. */
const KEYS = ['indicator_id', 'kind', 'region_level', 'period_end'];

/**
 * The aggregate over `facts` joined to `sources` for reliability, as the map reads them:
 * counted totals with a year, of a kind the map shows. With `datasetColumn`, only the facts
 * whose `datasetColumn` equals the one parameter, and that column passed through last.
 *
 * One cell per region and year within a level; the national figures form one cell per year
 * whatever region code they carry, as the map's share picks the country's winner per year.
 * The winner is the first fact in PREFERENCE order: an ordered aggregate per group, half
 * the time of a window over the same partitions (1M imported rows: 1.9 s against 3.9 s in
 * DuckDB-WASM).
 */
export function mapAggSelectSql(facts: string, sources: string, datasetColumn?: string): string {
  const names = MAP_AGG_COLUMNS.map((c) => c.name);
  const fromWinner = names.filter(
    (n) => !KEYS.includes(n) && n !== 'n_candidates' && n !== 'has_conflict',
  );
  const own = datasetColumn ? `, f.${datasetColumn}` : '';
  const winner = fromWinner.map((n) => `${n}: ${n}`).join(', ');
  const column = (n: string) => {
    if (KEYS.includes(n)) return n;
    if (n === 'n_candidates') return 'n::INTEGER AS n_candidates';
    if (n === 'has_conflict') return 'lo <> hi AS has_conflict';
    return `struct_extract(w, '${n}') AS ${n}`;
  };
  return `WITH cand AS (
  SELECT ${names
    .filter((n) => n !== 'reliability' && n !== 'n_candidates' && n !== 'has_conflict')
    .map((n) => `f.${n}`)
    .join(', ')}, f.date, s.reliability${own}
  FROM ${facts} f LEFT JOIN ${sources} s ON s.source_id = f.source_id
  WHERE ${COUNTED} AND ${HAS_YEAR} AND f.kind IN ${MAP_KINDS}${datasetColumn ? ` AND f.${datasetColumn} = ?` : ''}
),
cells AS (
  SELECT ${KEYS.join(', ')}${datasetColumn ? `, ${datasetColumn}` : ''},
    CASE WHEN region_level = 'national' THEN NULL ELSE region_code END AS cell_code,
    count(*) AS n, min(value) AS lo, max(value) AS hi,
    first({${winner}} ORDER BY ${PREFERENCE}) AS w
  FROM cand
  GROUP BY ALL
)
SELECT ${names.map(column).join(', ')}${datasetColumn ? `, ${datasetColumn}` : ''}
FROM cells`;
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

type Bind = ReturnType<typeof createBinder>['bind'];

/**
 * What a map query reads: one indicator, and one kind or (without `kind`) every kind the
 * aggregate holds; with `level`, that level and the country; with `parent` too, of that
 * level only the regions whose code starts as the parent's does.
 */
export interface MapAggFilter {
  indicator: string;
  kind?: string;
  level?: string;
  parent?: string | null;
  /**
   * Instead of `level`: one region's cells (a code of a level below the country's: a code
   * has one level), or with null the country's. A national figure that carries a code
   * stays in the country's cells, never in a region's.
   */
  region?: string | null;
}

/**
 * The aggregate's rows for `filter`, ENUMs as VARCHAR: the embedded table and the user's
 * each read with their own WHERE, then unioned as the `all_map_agg` view does. Not through
 * that view: there the ENUMs are cast to VARCHAR first, so a filter casts every row of the
 * table. Here the parameters are cast to the ENUM types instead (TRY_CAST: an id the
 * embedded data does not know matches nothing), DuckDB compares codes in the scan and skips
 * the row groups of other indicators by their min/max. Every condition is one the scan
 * applies itself (an IN list or an OR is applied after it, once every column of all levels'
 * rows is fetched: 63,000 rows instead of 910 at 10M facts), and each scan costs: provinces
 * and the country are one range of the level ENUM (`national` < `province`, in the order of
 * REGION_LEVELS); a drill-down reads the country and the parent's prefectures apart.
 * Binds in the order of the text.
 */
export function scanMapAggSql(bind: Bind, filter: MapAggFilter): string {
  const enumType = (column: string) => `${SCHEMA_ALIAS}.${enumTypeOf(FACTS.name, column)}`;
  const asEnum = (column: string, value: string) =>
    `TRY_CAST(${bind('VARCHAR', value)} AS ${enumType(column)})`;
  const embedded = MAP_AGG_COLUMNS.map((c) =>
    c.enum ? `${c.name}::VARCHAR AS ${c.name}` : c.name,
  ).join(', ');
  const plain = MAP_AGG_COLUMNS.map((c) => c.name).join(', ');
  const prefix = (code: string) =>
    `left(${code}, 2) = left(${bind('VARCHAR', filter.parent ?? null)}, 2)`;
  // Each piece binds its parameters when built: build them in the order they appear.
  const scan = (level: (() => string) | null) => {
    const where = [
      `indicator_id = ${asEnum('indicator_id', filter.indicator)}`,
      ...(filter.kind === undefined ? [] : [`kind = ${asEnum('kind', filter.kind)}`]),
      ...(level ? [level()] : []),
    ];
    return `SELECT ${embedded} FROM ${SCHEMA_ALIAS}.${MAP_AGG.embedded} WHERE ${where.join(' AND ')}`;
  };
  const { level, region } = filter;
  const regionWhere = (is: (column: string, value: string) => string) =>
    region === null
      ? is('region_level', 'national')
      : `${is('region_code', region!)} AND NOT ${is('region_level', 'national')}`;
  const scans =
    region !== undefined
      ? [scan(() => regionWhere((column, value) => `${column} = ${asEnum(column, value)}`))]
      : level === undefined
        ? [scan(null)]
        : level === 'province'
          ? [scan(() => `region_level <= ${asEnum('region_level', level)}`)]
          : [
              scan(() => `region_level = ${asEnum('region_level', 'national')}`),
              scan(
                () =>
                  `region_level = ${asEnum('region_level', level)}` +
                  (filter.parent === undefined ? '' : ` AND ${prefix('region_code::VARCHAR')}`),
              ),
            ];
  const userWhere = [
    `indicator_id = ${bind('VARCHAR', filter.indicator)}`,
    ...(filter.kind === undefined ? [] : [`kind = ${bind('VARCHAR', filter.kind)}`]),
    ...(level === undefined ? [] : [`region_level IN (${bind('VARCHAR', level)}, 'national')`]),
    ...(level === undefined || level === 'province' || filter.parent === undefined
      ? []
      : [`(region_level = 'national' OR ${prefix('region_code')})`]),
    ...(region === undefined
      ? []
      : [regionWhere((column, value) => `${column} = ${bind('VARCHAR', value)}`)]),
  ];
  return [...scans, `SELECT ${plain} FROM ${MAP_AGG.user} WHERE ${userWhere.join(' AND ')}`].join(
    '\n  UNION ALL\n  ',
  );
}
