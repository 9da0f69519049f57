import { userLayerSql } from '../../src/lib/sql/user-layer';
import { buildCreateIndicatorStatsSql } from '../../src/lib/sql/build-indicator-stats-sql';
import { buildCreateMapAggSql } from '../../src/lib/sql/build-map-agg-sql';
import { openWasm as openWasmConnection } from '../helpers/wasm-db';
import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTableSql, insertSql } from '../../scripts/lib/ddl';
import type { SqlQuery } from '../../src/lib/db/query';
import {
  FACTS,
  FACT_SOURCES,
  INDICATORS,
  POPULATION,
  REGIONS,
  SOURCES,
} from '../../src/lib/schema';
import * as build from '../../src/lib/sql';
import { tableRows } from '../../src/lib/db/query';
import { FIXTURE } from './fixture-data';
import { openFixtureDb, type FixtureDb } from './fixture-db';

/** The fixture in DuckDB-WASM, bound the way lib/db/query.ts binds: prepare + positional `?`. */
async function openWasm(): Promise<duckdb.DuckDBConnection> {
  const conn = await openWasmConnection();
  conn.query(`ATTACH ':memory:' AS mz`);
  conn.query('USE mz');
  const domains = {
    regionCodes: FIXTURE.regions.map((r) => r.code).sort(),
    indicatorIds: FIXTURE.indicators.map((i) => i.indicator_id).sort(),
  };
  const tables = [
    [REGIONS, FIXTURE.regions],
    [INDICATORS, FIXTURE.indicators],
    [SOURCES, FIXTURE.sources],
    [FACTS, FIXTURE.facts],
    [FACT_SOURCES, FIXTURE.factSources],
    [POPULATION, FIXTURE.population],
  ] as const;
  for (const [table, rows] of tables) {
    for (const sql of createTableSql(table, domains)) conn.query(sql);
    const stmt = conn.prepare(insertSql(table));
    for (const row of rows as readonly object[]) {
      const r = row as Record<string, unknown>;
      stmt.query(...table.columns.map((c) => r[c.name] ?? null));
    }
    stmt.close();
  }
  conn.query(buildCreateMapAggSql());
  conn.query(buildCreateIndicatorStatsSql());
  conn.query('USE memory');
  for (const sql of userLayerSql()) conn.query(sql);
  return conn;
}

function runWasm(conn: duckdb.DuckDBConnection, { sql, params }: SqlQuery): unknown[] {
  const stmt = conn.prepare(sql);
  try {
    const rows = stmt.query(...params).toArray() as { toJSON(): object }[];
    return JSON.parse(JSON.stringify(rows.map((r) => ({ ...r.toJSON() })))) as unknown[];
  } finally {
    stmt.close();
  }
}

const map = {
  indicator: 'demo_units_named',
  time: 'period',
  year: null,
  level: 'province',
  parent: null,
  measure: 'share',
  targets: false,
} as const;

const queries: [string, SqlQuery][] = [
  ['map', build.buildMapSql(map)],
  [
    'map stock per_10m',
    build.buildMapSql({ ...map, time: 'stock', measure: 'per_10m', year: 2023 }),
  ],
  ['map prefectures', build.buildMapSql({ ...map, level: 'prefecture', parent: '530000' })],
  ['ranking', build.buildRankingSql(map)],
  ['map view', build.buildMapViewSql(build.mapViewOf(map))],
  [
    'map view prefectures',
    build.buildMapViewSql(build.mapViewOf({ ...map, level: 'prefecture', parent: '530000' })),
  ],
  ['map regions', build.buildMapRegionsSql(map)],
  ['map latest year', build.buildMapLatestYearSql(build.mapKindOf(map))],
  ['trend', build.buildTrendSql({ indicator: 'demo_units_named', region: null })],
  ['indicators', build.buildIndicatorsSql({ theme: 'coverage' })],
  ['years', build.buildYearsSql({ indicator: 'demo_units_named', time: 'stock', targets: false })],
  ['region facts', build.buildRegionFactsSql({ region: '530000', includeDescendants: true })],
  ['region ranks', build.buildRegionRanksSql({ region: '620000' })],
  ['sources', build.buildSourcesForFactsSql({ factIds: ['Y02', 'N02'] })],
  ['fact list', build.buildFactListSql({ theme: 'coverage', year: 2019 })],
  ['hostile', build.buildTrendSql({ indicator: "x' OR 1=1 --", region: null })],
];

describe('builders on DuckDB-WASM', () => {
  let wasm: duckdb.DuckDBConnection;
  let node: FixtureDb;
  beforeAll(async () => {
    [wasm, node] = await Promise.all([openWasm(), openFixtureDb()]);
  });
  afterAll(() => {
    wasm?.close();
    node?.close();
  });

  it.each(queries)('%s gives the same rows as @duckdb/node-api', async (_, q) => {
    expect(runWasm(wasm, q)).toEqual(await node.rows(q));
  });

  it('reads every column type into the values of a row proxy, nulls included (tableRows)', () => {
    const table = wasm.query(`SELECT * FROM (VALUES
      (1::INTEGER, NULL::DOUBLE, DATE '2020-01-02', TIMESTAMP '2020-01-02 03:04:05',
       12345678901::BIGINT, 1.5::FLOAT, 2::TINYINT, 3::UTINYINT, 'x', true, 1.25::DECIMAL(9, 2)),
      (NULL, 2.5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
      (3, 3.5, NULL, NULL, NULL, NULL, NULL, NULL, '云南 é', NULL, NULL),
      (4, 4.5, NULL, NULL, NULL, NULL, NULL, NULL, repeat('ab', 100), NULL, NULL),
      (5, 5.5, NULL, NULL, NULL, NULL, NULL, NULL, '', NULL, NULL)) t`);
    const byRow = table.toArray().map((r: { toJSON(): object }) => ({ ...r.toJSON() }));
    expect(tableRows(table)).toStrictEqual(byRow);
  });

  it.each(queries)('%s reads into the same objects column by column (tableRows)', (_, q) => {
    const stmt = wasm.prepare(q.sql);
    try {
      const table = stmt.query(...q.params);
      const byRow = table.toArray().map((r: { toJSON(): object }) => ({ ...r.toJSON() }));
      expect(tableRows(table)).toStrictEqual(byRow);
    } finally {
      stmt.close();
    }
  });
});
