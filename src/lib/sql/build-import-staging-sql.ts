import type { SqlParam, SqlQuery } from '../db/query';
import { FACTS, FACT_SOURCES } from '../schema';
import { STAGED_COLUMNS, type StagedChoice, type StagedRegionRow } from '../schema';
import { withArgs } from './common';
import { USER_ROWS_PER_STATEMENT } from './build-user-rows-sql';
import { DATASET_COLUMN, USER_TABLES } from './user-layer';

/**
 * An import waits in three staging tables until the user confirms it: its long rows (filled
 * from Arrow batches while the file is still being read), its region names and what they
 * matched, and the indicator choices. Facts are made from them in SQL, in the add
 * transaction, and again from the kept chunks on every reload.
 */
export interface StagingTables {
  rows: string;
  regions: string;
  choices: string;
}

/** Dataset ids are `u` + digits + base36; anything else is squashed so names stay identifiers. */
export function stagingTables(datasetId: string): StagingTables {
  const base = `import_staging_${datasetId.replace(/\W/g, '_')}`;
  return { rows: `${base}_rows`, regions: `${base}_regions`, choices: `${base}_choices` };
}

export function buildCreateStagingSql(t: StagingTables): SqlQuery[] {
  const rows = STAGED_COLUMNS.map((c) => `${c.name} ${c.type}`).join(', ');
  return [
    `CREATE OR REPLACE TABLE ${t.rows} (${rows})`,
    `CREATE OR REPLACE TABLE ${t.regions} (source_name VARCHAR, region_code VARCHAR, region_level VARCHAR)`,
    `CREATE OR REPLACE TABLE ${t.choices} (indicator VARCHAR, indicator_id VARCHAR, theme VARCHAR, unit VARCHAR)`,
  ].map((sql) => ({ sql, params: [] }));
}

function batchedInsert(table: string, columns: string[], rows: SqlParam[][]): SqlQuery[] {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const out: SqlQuery[] = [];
  for (let i = 0; i < rows.length; i += USER_ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + USER_ROWS_PER_STATEMENT);
    out.push({
      sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      params: chunk.flat(),
    });
  }
  return out;
}

export function buildInsertStagedRegionsSql(
  t: StagingTables,
  regions: readonly StagedRegionRow[],
): SqlQuery[] {
  return batchedInsert(
    t.regions,
    ['source_name', 'region_code', 'region_level'],
    regions.map((r) => [r.source_name, r.region_code, r.region_level]),
  );
}

export function buildInsertStagedChoicesSql(
  t: StagingTables,
  choices: readonly StagedChoice[],
): SqlQuery[] {
  return batchedInsert(
    t.choices,
    ['indicator', 'indicator_id', 'theme', 'unit'],
    choices.map((c) => [c.indicator, c.indicator_id, c.theme, c.unit]),
  );
}

/** Each fact column's expression over staged row `r`, choice `c`, region `g` and `a` (args). */
const FACT_EXPRESSIONS: Record<string, string> = {
  fact_id: `a.dataset_id || ':' || r.row_index`,
  theme: 'c.theme',
  indicator_id: 'c.indicator_id',
  region_code: 'g.region_code',
  region_name_raw: 'r.source_name',
  region_level: `coalesce(g.region_level, 'national')`,
  period_start: 'r.year',
  period_end: 'r.year',
  date: 'NULL',
  value: 'r.value',
  unit: 'c.unit',
  qualifier: `'exact'`,
  kind: `'outturn'`,
  batch: 'NULL',
  unit_type: 'NULL',
  source_id: 'a.source_id',
  conflict_group: 'NULL',
  evidence: `a.file || ':' || r.line || ':' || r.col`,
  notes: 'NULL',
};

/**
 * Staged rows → the dataset's facts and fact_sources rows. Missing values stay missing
 * (no fact); rows without a code are kept only for the national total; every fact cites
 * its cell as `file:line:column` and is numbered by its row in the long table.
 */
export function buildFactsFromStagingSql(
  t: StagingTables,
  ds: { datasetId: string; sourceId: string; file: string },
): SqlQuery[] {
  const columns = FACTS.columns.map((c) => c.name);
  const select = columns.map((name) => {
    const expr = FACT_EXPRESSIONS[name];
    if (!expr) throw new Error(`no staging expression for facts.${name}`);
    return expr;
  });
  const facts = withArgs(
    [
      ['dataset_id', 'VARCHAR', ds.datasetId],
      ['source_id', 'VARCHAR', ds.sourceId],
      ['file', 'VARCHAR', ds.file],
    ],
    `staged AS (SELECT ${select.join(', ')}, a.dataset_id
  FROM ${t.rows} r
  JOIN ${t.choices} c ON c.indicator = r.indicator
  JOIN ${t.regions} g ON g.source_name = r.source_name
  CROSS JOIN args a
  WHERE r.value IS NOT NULL AND (g.region_code IS NOT NULL OR g.region_level = 'national'))
SELECT * FROM staged`,
  );
  const links = FACT_SOURCES.columns.map((c) => c.name);
  return [
    {
      sql: `INSERT INTO ${USER_TABLES.facts} (${[...columns, DATASET_COLUMN].join(', ')}) ${facts.sql}`,
      params: facts.params,
    },
    {
      sql: `INSERT INTO ${USER_TABLES.factSources} (${[...links, DATASET_COLUMN].join(', ')}) SELECT fact_id, source_id, true, ${DATASET_COLUMN} FROM ${USER_TABLES.facts} WHERE ${DATASET_COLUMN} = ?`,
      params: [ds.datasetId],
    },
  ];
}

export function buildCountDatasetFactsSql(datasetId: string): SqlQuery {
  return {
    sql: `SELECT count(*)::INTEGER AS facts FROM ${USER_TABLES.facts} WHERE ${DATASET_COLUMN} = ?`,
    params: [datasetId],
  };
}

export function buildDropStagingSql(t: StagingTables): SqlQuery[] {
  return [t.rows, t.regions, t.choices].map((name) => ({
    sql: `DROP TABLE IF EXISTS ${name}`,
    params: [],
  }));
}
