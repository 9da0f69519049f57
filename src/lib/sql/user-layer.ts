import { FACTS, FACT_SOURCES, INDICATORS, SOURCES, type Table } from '../schema';
import { INDICATOR_STATS, INDICATOR_STATS_COLUMNS } from './build-indicator-stats-sql';
import { MAP_AGG, MAP_AGG_COLUMNS } from './build-map-agg-sql';
import { SCHEMA_ALIAS } from './common';

/**
 * The user's own data (imports, accepted extractions) lives in tables of the writable
 * in-memory catalog; views union them with the embedded read-only database, so every
 * builder reads one set of names. Run at engine start, in the snapshot build and in tests.
 */
export const USER_TABLES = {
  facts: 'user_facts',
  factSources: 'user_fact_sources',
  indicators: 'user_indicators',
  sources: 'user_sources',
} as const;

export const ALL_VIEWS = {
  facts: 'all_facts',
  factSources: 'all_fact_sources',
  indicators: 'all_indicators',
  sources: 'all_sources',
} as const;

/** Which import a user row came from: deleting a dataset deletes exactly its rows. */
export const DATASET_COLUMN = 'dataset_id';

const SQL_TYPES = {
  varchar: 'VARCHAR',
  integer: 'INTEGER',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
  enum: 'VARCHAR',
};

const LAYERS: [Table, keyof typeof USER_TABLES][] = [
  [FACTS, 'facts'],
  [FACT_SOURCES, 'factSources'],
  [INDICATORS, 'indicators'],
  [SOURCES, 'sources'],
];

function createUserTable(table: Table, name: string): string {
  const cols = table.columns.map((c) => `${c.name} ${SQL_TYPES[c.type]}`);
  return `CREATE TABLE IF NOT EXISTS ${name} (${[...cols, `${DATASET_COLUMN} VARCHAR NOT NULL`].join(', ')})`;
}

/** Enums become VARCHAR on both sides so the union has one type per column. */
function createView(table: Table, user: string, view: string): string {
  const select = table.columns
    .map((c) => (c.type === 'enum' ? `${c.name}::VARCHAR AS ${c.name}` : c.name))
    .join(', ');
  const plain = table.columns.map((c) => c.name).join(', ');
  return `CREATE OR REPLACE VIEW ${view} AS SELECT ${select} FROM ${SCHEMA_ALIAS}.${table.name} UNION ALL SELECT ${plain} FROM ${user}`;
}

/**
 * The map aggregate of the user's datasets (filled per dataset, build-user-rows-sql.ts) and
 * the view over it and the embedded one, ENUMs as VARCHAR. The map builders read the same
 * union with a filter on each part (scanMapAggSql), which keeps ENUM comparisons in the scan.
 *
 * Invariant: no indicator id of a user dataset equals a built-in one or another dataset's.
 * User ids are `<dataset id>_i<n>` (panels/import and panels/extract to-dataset.ts), dataset
 * ids `u` + 14 digits + 4 base36 characters (lib/store newDatasetId, isUserIndicator), and
 * `npm run data` refuses built-in ids of that form. So each cell of the aggregate holds facts
 * of one layer and one dataset, and the union of the parts' aggregates is the aggregate of
 * the union. Without it, a cell shared by two parts would show two winners.
 */
function mapAggLayerSql(): string[] {
  const cols = MAP_AGG_COLUMNS.map((c) => `${c.name} ${c.type}`);
  const embedded = MAP_AGG_COLUMNS.map((c) =>
    c.enum ? `${c.name}::VARCHAR AS ${c.name}` : c.name,
  );
  const plain = MAP_AGG_COLUMNS.map((c) => c.name).join(', ');
  return [
    `CREATE TABLE IF NOT EXISTS ${MAP_AGG.user} (${[...cols, `${DATASET_COLUMN} VARCHAR NOT NULL`].join(', ')})`,
    `CREATE OR REPLACE VIEW ${MAP_AGG.all} AS SELECT ${embedded.join(', ')} FROM ${SCHEMA_ALIAS}.${MAP_AGG.embedded} UNION ALL SELECT ${plain} FROM ${MAP_AGG.user}`,
  ];
}

/** The user's indicator catalogue, filled per dataset (build-user-rows-sql.ts). */
function indicatorStatsLayerSql(): string {
  const cols = INDICATOR_STATS_COLUMNS.map((c) => `${c.name} ${c.type}`);
  return `CREATE TABLE IF NOT EXISTS ${INDICATOR_STATS.user} (${[...cols, `${DATASET_COLUMN} VARCHAR NOT NULL`].join(', ')})`;
}

export function userLayerSql(): string[] {
  return [
    ...LAYERS.flatMap(([table, key]) => [
      createUserTable(table, USER_TABLES[key]),
      createView(table, USER_TABLES[key], ALL_VIEWS[key]),
    ]),
    ...mapAggLayerSql(),
    indicatorStatsLayerSql(),
  ];
}
