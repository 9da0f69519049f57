import type { SqlParam, SqlQuery } from '../db/query';
import { FACTS, FACT_SOURCES, INDICATORS, SOURCES, type Table } from '../schema';
import {
  INDICATOR_STATS,
  INDICATOR_STATS_COLUMNS,
  indicatorStatsSelectSql,
} from './build-indicator-stats-sql';
import { MAP_AGG, MAP_AGG_COLUMNS, mapAggSelectSql } from './build-map-agg-sql';
import { ALL_VIEWS, DATASET_COLUMN, USER_TABLES } from './user-layer';

const TABLES = {
  facts: [FACTS, USER_TABLES.facts],
  factSources: [FACT_SOURCES, USER_TABLES.factSources],
  indicators: [INDICATORS, USER_TABLES.indicators],
  sources: [SOURCES, USER_TABLES.sources],
} as const satisfies Record<string, readonly [Table, string]>;

export type UserTable = keyof typeof TABLES;

/** Rows per statement: keeps parameter lists well under engine limits. */
export const USER_ROWS_PER_STATEMENT = 250;

/**
 * INSERTs of a dataset's rows into a user table, every value a parameter, in chunks.
 * Column names come from the schema, never from the file.
 */
export function buildInsertUserRowsSql(
  table: UserTable,
  datasetId: string,
  rows: readonly Record<string, unknown>[],
): SqlQuery[] {
  const [schema, name] = TABLES[table];
  const columns = [...schema.columns.map((c) => c.name), DATASET_COLUMN];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const out: SqlQuery[] = [];
  for (let i = 0; i < rows.length; i += USER_ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + USER_ROWS_PER_STATEMENT);
    const params: SqlParam[] = [];
    for (const row of chunk) {
      for (const c of schema.columns) params.push((row[c.name] ?? null) as SqlParam);
      params.push(datasetId);
    }
    out.push({
      sql: `INSERT INTO ${name} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      params,
    });
  }
  return out;
}

/**
 * Adds one dataset's map aggregate, from that dataset's facts alone (see the invariant in
 * user-layer.ts). Run after its facts and sources, in the same transaction, so the map never
 * sees facts without their aggregate or the other way round.
 */
export function buildInsertUserMapAggSql(datasetId: string): SqlQuery {
  const columns = [...MAP_AGG_COLUMNS.map((c) => c.name), DATASET_COLUMN].join(', ');
  return {
    sql: `INSERT INTO ${MAP_AGG.user} (${columns})\n${mapAggSelectSql(USER_TABLES.facts, ALL_VIEWS.sources, DATASET_COLUMN)}`,
    params: [datasetId],
  };
}

/** Adds one dataset's indicator catalogue rows, from its facts alone, like its map aggregate. */
export function buildInsertUserIndicatorStatsSql(datasetId: string): SqlQuery {
  const columns = [...INDICATOR_STATS_COLUMNS.map((c) => c.name), DATASET_COLUMN].join(', ');
  return {
    sql: `INSERT INTO ${INDICATOR_STATS.user} (${columns})\n${indicatorStatsSelectSql(USER_TABLES.facts, DATASET_COLUMN)}`,
    params: [datasetId],
  };
}

/**
 * Everything derived from one dataset's facts: its map aggregate and its indicator
 * catalogue. Run after its facts and sources, in the same transaction.
 */
export function buildInsertUserAggregatesSql(datasetId: string): SqlQuery[] {
  return [buildInsertUserMapAggSql(datasetId), buildInsertUserIndicatorStatsSql(datasetId)];
}

/** Deletes exactly one dataset's rows from every user table, its aggregates included. */
export function buildDeleteUserDatasetSql(datasetId: string): SqlQuery[] {
  const derived = [MAP_AGG.user, INDICATOR_STATS.user];
  return [...Object.values(TABLES).map(([, name]) => name), ...derived].map((name) => ({
    sql: `DELETE FROM ${name} WHERE ${DATASET_COLUMN} = ?`,
    params: [datasetId],
  }));
}
