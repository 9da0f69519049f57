import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync, renameSync, rmSync } from 'node:fs';
import {
  DERIVED_TABLES,
  FACTS,
  FACT_SOURCES,
  INDICATORS,
  POPULATION,
  REGIONS,
  SOURCES,
  type Table,
  type ValidData,
} from '../../src/lib/schema';
import type { Region } from '../../src/lib/geo/types';
import { buildCreateIndicatorStatsSql } from '../../src/lib/sql/build-indicator-stats-sql';
import { buildCreateMapAggSql } from '../../src/lib/sql/build-map-agg-sql';
import { createTableSql, insertSql, paramTypes, quoteIdent, type EnumDomains } from './ddl';

export interface DatabaseInput extends ValidData {
  regions: Region[];
}

type Row = Record<string, unknown>;

async function insertRows(
  conn: DuckDBConnection,
  table: Table,
  rows: readonly Row[],
): Promise<void> {
  const stmt = await conn.prepare(insertSql(table));
  for (const row of rows) {
    stmt.bind(
      table.columns.map((c) => (row[c.name] ?? null) as DuckDBValue),
      paramTypes(table),
    );
    await stmt.run();
  }
}

/** Tables in the order they are written, with their rows sorted by key for stable bytes. */
function tableRows(input: DatabaseInput): [Table, Row[]][] {
  const by =
    <T>(key: (r: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return [
    [REGIONS, [...input.regions].sort(by((r: Region) => r.code)) as unknown as Row[]],
    [INDICATORS, [...input.indicators].sort(by((r) => r.indicator_id)) as unknown as Row[]],
    [SOURCES, [...input.sources].sort(by((r) => r.source_id)) as unknown as Row[]],
    [FACTS, [...input.facts].sort(by((r) => r.fact_id)) as unknown as Row[]],
    [
      FACT_SOURCES,
      [...input.factSources].sort(by((r) => `${r.fact_id} ${r.source_id}`)) as unknown as Row[],
    ],
    [POPULATION, [...input.population].sort(by((r) => r.region_code)) as unknown as Row[]],
  ];
}

/**
 * The derived tables (DERIVED_TABLES) from the facts already written: the map aggregate and
 * the indicator catalogue, so the browser never builds them. Shared with the bench
 * generator. Returns each one's row count (for the manifest).
 */
export async function writeDerivedTables(conn: DuckDBConnection): Promise<Record<string, number>> {
  await conn.run(buildCreateMapAggSql());
  await conn.run(buildCreateIndicatorStatsSql());
  const rows: Record<string, number> = {};
  for (const t of DERIVED_TABLES) {
    const count = await conn.runAndReadAll(`SELECT count(*)::INTEGER FROM ${quoteIdent(t.name)}`);
    rows[t.name] = Number(count.getRows()[0]?.[0]);
  }
  return rows;
}

/**
 * Writes the database file the app ATTACHes, plus one Parquet file per table for other
 * tools, then the derived tables (no Parquet). One thread and sorted inserts keep the
 * output byte-stable across runs. Returns the derived tables' row counts (for the manifest).
 */
export async function writeDatabase(
  input: DatabaseInput,
  dbPath: string,
  parquetDir: string,
): Promise<{ derivedRows: Record<string, number> }> {
  const tmp = `${dbPath}.tmp`;
  for (const p of [tmp, `${tmp}.wal`]) if (existsSync(p)) rmSync(p);
  const instance = await DuckDBInstance.create(tmp, { threads: '1' });
  const conn = await instance.connect();
  // Compressed segments differ from run to run (measured: same input, different bytes);
  // uncompressed ones are byte-stable, and at this size the file stays small.
  await conn.run("PRAGMA force_compression='uncompressed'");
  const domains: EnumDomains = {
    regionCodes: input.regions.map((r) => r.code).sort(),
    indicatorIds: input.indicators.map((i) => i.indicator_id).sort(),
  };
  for (const [table, rows] of tableRows(input)) {
    for (const sql of createTableSql(table, domains)) await conn.run(sql);
    await insertRows(conn, table, rows);
    const order = table.key.split(',').map(quoteIdent).join(', ');
    const out = `${parquetDir}/${table.name}.parquet`.replaceAll("'", "''");
    await conn.run(
      `COPY (SELECT * FROM ${quoteIdent(table.name)} ORDER BY ${order}) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`,
    );
  }
  const derivedRows = await writeDerivedTables(conn);
  await conn.run('CHECKPOINT');
  conn.closeSync();
  instance.closeSync();
  renameSync(tmp, dbPath);
  return { derivedRows };
}
