import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { createTableSql, insertSql, paramTypes, type EnumDomains } from '../../scripts/lib/ddl';
import type { SqlQuery } from '../../src/lib/db/query';
import {
  FACTS,
  FACT_SOURCES,
  INDICATORS,
  POPULATION,
  REGIONS,
  SOURCES,
  type Table,
} from '../../src/lib/schema';
import type {
  FactRow,
  FactSourceRow,
  IndicatorRow,
  PopulationRow,
  SourceRow,
} from '../../src/lib/schema';
import type { Region } from '../../src/lib/geo/types';
import { FIXTURE } from './fixture-data';
import { userLayerSql } from '../../src/lib/sql/user-layer';
import { writeDerivedTables } from '../../scripts/lib/write-database';

/** Rows of every canonical table; what the build writes into the embedded database. */
export interface FixtureData {
  regions: Region[];
  indicators: IndicatorRow[];
  sources: SourceRow[];
  facts: FactRow[];
  factSources: FactSourceRow[];
  population: PopulationRow[];
}

export type ResultRow = Record<string, unknown>;

export interface FixtureDb {
  connection: DuckDBConnection;
  /** Runs a builder's `{sql, params}` (`?` placeholders bind positionally) → plain JSON-ish rows. */
  rows(q: SqlQuery): Promise<ResultRow[]>;
  close(): void;
}

async function insert(
  conn: DuckDBConnection,
  table: Table,
  rows: readonly object[],
): Promise<void> {
  const stmt = await conn.prepare(insertSql(table));
  for (const row of rows as Record<string, unknown>[]) {
    stmt.bind(
      table.columns.map((c) => (row[c.name] ?? null) as DuckDBValue),
      paramTypes(table),
    );
    await stmt.run();
  }
}

/**
 * An in-memory DuckDB shaped like the app's: the canonical tables (with their ENUM types)
 * live in a catalog ATTACHed as `mz`, and the session's default catalog is the empty main one.
 */
export async function openFixtureDb(data: FixtureData = FIXTURE): Promise<FixtureDb> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  await conn.run(`ATTACH ':memory:' AS mz`);
  await conn.run('USE mz');
  const domains: EnumDomains = {
    regionCodes: data.regions.map((r) => r.code).sort(),
    indicatorIds: data.indicators.map((i) => i.indicator_id).sort(),
  };
  const tables: [Table, readonly object[]][] = [
    [REGIONS, data.regions],
    [INDICATORS, data.indicators],
    [SOURCES, data.sources],
    [FACTS, data.facts],
    [FACT_SOURCES, data.factSources],
    [POPULATION, data.population],
  ];
  for (const [table, rows] of tables) {
    for (const sql of createTableSql(table, domains)) await conn.run(sql);
    await insert(conn, table, rows);
  }
  // As `npm run data` does: the map, trend and indicator list read these aggregates.
  await writeDerivedTables(conn);
  await conn.run('USE memory');
  for (const sql of userLayerSql()) await conn.run(sql);
  return wrap(instance, conn);
}

/** A database file as the app opens it: ATTACHed read-only as `mz`, user layer on top. */
export async function openDatabaseFile(path: string): Promise<FixtureDb> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  await conn.run(`ATTACH '${path.replaceAll("'", "''")}' AS mz (READ_ONLY)`);
  for (const sql of userLayerSql()) await conn.run(sql);
  return wrap(instance, conn);
}

function wrap(instance: DuckDBInstance, conn: DuckDBConnection): FixtureDb {
  return {
    connection: conn,
    async rows({ sql, params }) {
      const reader = await conn.runAndReadAll(sql, [...params] as DuckDBValue[]);
      return reader.getRowObjectsJson() as ResultRow[];
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
