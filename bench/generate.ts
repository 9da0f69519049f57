import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  FACTS,
  FACT_SOURCES,
  INDICATORS,
  POPULATION,
  REGIONS,
  SOURCES,
  THEMES,
} from '../src/lib/schema';
import type { Region } from '../src/lib/geo/types';
import { createTableSql, quoteIdent } from '../scripts/lib/ddl';
import { writeDerivedTables } from '../scripts/lib/write-database';
import { SCHEMA_VERSION } from '../src/lib/schema';
import { MAP_AGG } from '../src/lib/sql/build-map-agg-sql';
import { INDICATOR_COUNT, SOURCE_COUNT, factsSql, type LevelCounts } from './lib/synthetic';
import { peerColumnsSql, peerDictionaries } from './lib/peer-columns';
import { log } from './lib/log';

/** Bump when the synthetic data changes: cached datasets with another version are rebuilt. */
const GENERATOR_VERSION = 7;
export const OUT = 'bench/out';

export interface Dataset {
  label: string;
  rows: number;
  /** Served as <dir>/data/manifest.json + facts.duckdb, like the app's data/ folder. */
  dir: string;
  duckdb: string;
  peerParquet: string;
  peerDict: string;
  /** CSV and Parquet exports of the facts table (import measurements); only for some sizes. */
  csv?: string;
  parquet?: string;
}

const lit = (v: string | null): string => (v === null ? 'NULL' : `'${v.replaceAll("'", "''")}'`);

async function insertValues(conn: DuckDBConnection, table: string, rows: string[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await conn.run(`INSERT INTO ${quoteIdent(table)} VALUES ${rows.slice(i, i + 500).join(',')}`);
  }
}

async function writeDimensions(conn: DuckDBConnection, regions: Region[]): Promise<void> {
  const indicatorIds = Array.from(
    { length: INDICATOR_COUNT },
    (_, i) => `ind_${String(i).padStart(2, '0')}`,
  );
  const domains = { regionCodes: regions.map((r) => r.code).sort(), indicatorIds };
  for (const t of [REGIONS, INDICATORS, SOURCES, FACTS, FACT_SOURCES, POPULATION])
    for (const sql of createTableSql(t, domains)) await conn.run(sql);
  await insertValues(
    conn,
    'regions',
    regions.map(
      (r) =>
        `(${[r.code, r.name, r.short_name, r.name_en, r.level, r.parent_code].map(lit).join(',')},${r.lon ?? 'NULL'},${r.lat ?? 'NULL'})`,
    ),
  );
  await insertValues(
    conn,
    'indicators',
    indicatorIds.map(
      (id, i) =>
        `(${lit(id)},${lit(THEMES[i % 4]!)},${lit(`指标${i}`)},${lit(`Indicator ${i}`)},'个','synthetic',true,true)`,
    ),
  );
  const reliability = ['official', 'official', 'repost', 'low'];
  await insertValues(
    conn,
    'sources',
    Array.from(
      { length: SOURCE_COUNT },
      (_, i) =>
        `('src-${String(i).padStart(4, '0')}','synthetic ${i}','bench','2020',NULL,'zh-Hans','${reliability[i % 4]}',NULL)`,
    ),
  );
  const provinces = regions.filter((r) => r.level === 'province');
  await insertValues(
    conn,
    'population',
    provinces.map(
      (p, i) => `(${lit(p.code)},2020,${1_000_000 * (5 + ((i * 37) % 100))},'src-0000')`,
    ),
  );
}

async function writeFacts(conn: DuckDBConnection, rows: number, regions: Region[]): Promise<void> {
  await conn.run(`CREATE TEMP TABLE lvl_regions AS
    SELECT code, name, level::VARCHAR AS level,
      (row_number() OVER (PARTITION BY level ORDER BY code) - 1)::UBIGINT AS k
    FROM regions`);
  const counts: LevelCounts = { province: 0, prefecture: 0, county: 0 };
  for (const r of regions) if (r.level in counts) counts[r.level as keyof LevelCounts]++;
  await conn.run(factsSql(rows, counts));
  await conn.run('DROP TABLE lvl_regions');
}

function paths(label: string, exports: boolean): Dataset {
  const dir = `${OUT}/sets/${label}`;
  return {
    label,
    rows: 0,
    dir,
    duckdb: `${dir}/data/facts.duckdb`,
    peerParquet: `${dir}/peer.parquet`,
    peerDict: `${dir}/peer-dict.json`,
    ...(exports ? { csv: `${dir}/facts.csv`, parquet: `${dir}/facts.parquet` } : {}),
  };
}

/**
 * Writes one synthetic dataset: the .duckdb file the app would ATTACH (ENUM dimensions from
 * scripts/lib/ddl.ts, and the map aggregate built by the same builder as `npm run data`),
 * the peers' coded columns, and optionally CSV/Parquet exports.
 * Deterministic: every value is a hash of the row number.
 */
export async function generate(label: string, rows: number, exports: boolean): Promise<Dataset> {
  const ds = { ...paths(label, exports), rows };
  const stamp = `${ds.dir}/version.json`;
  const want = JSON.stringify({ GENERATOR_VERSION, rows, exports });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) {
    log(`dataset ${label}: cached in ${ds.dir}`);
    return ds;
  }
  rmSync(ds.dir, { recursive: true, force: true });
  mkdirSync(dirname(ds.duckdb), { recursive: true });
  const t0 = performance.now();
  const tmp = `${ds.duckdb}.tmp`;
  const instance = await DuckDBInstance.create(tmp, { threads: '2' });
  const conn = await instance.connect();
  const regions = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as Region[];
  await writeDimensions(conn, regions);
  await writeFacts(conn, rows, regions);
  // As `npm run data` does for the embedded data: the app never aggregates at load.
  const derived = await writeDerivedTables(conn);
  const aggRows = derived[MAP_AGG.embedded]!;
  await conn.run('CHECKPOINT');
  if (ds.csv) await conn.run(`COPY facts TO '${ds.csv}' (HEADER)`);
  if (ds.parquet) await conn.run(`COPY facts TO '${ds.parquet}' (FORMAT parquet)`);
  await conn.run(`COPY (${peerColumnsSql()}) TO '${ds.peerParquet}' (FORMAT parquet)`);
  writeFileSync(ds.peerDict, JSON.stringify(await peerDictionaries(conn)));
  conn.closeSync();
  instance.closeSync();
  renameSync(tmp, ds.duckdb);
  writeFileSync(
    `${ds.dir}/data/manifest.json`,
    JSON.stringify({
      schema_version: SCHEMA_VERSION,
      duckdb_version: 'v1.4.3',
      database: 'facts.duckdb',
      rows: { facts: rows, ...derived },
      files: {},
    }),
  );
  writeFileSync(stamp, want);
  log(
    `dataset ${label}: ${rows} rows (${aggRows} in ${MAP_AGG.embedded}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return ds;
}
