import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportStaging } from '../../src/lib/db/import-staging';
import type { StagedRow } from '../../src/lib/import';
import { buildFactsFromStagingSql } from '../../src/lib/sql/build-import-staging-sql';
import { userLayerSql } from '../../src/lib/sql/user-layer';
import type { StagedChoice, StagedRegionRow } from '../../src/lib/store';
import { stagedRowsToIpc } from '../../src/lib/store/staged-arrow';
import { openWasm } from '../helpers/wasm-db';

const ID = 'u20261122100000abcd';
const row = (over: Partial<StagedRow>): StagedRow => ({
  row: 0,
  source_name: '云  南',
  year: 2022,
  indicator: '年末常住人口',
  value: 4693,
  unit: '万人',
  line: 7,
  column: 3,
  ...over,
});

const ROWS: StagedRow[] = [
  row({}),
  row({ row: 1, source_name: '甘肃', value: null }),
  row({ row: 2, source_name: '全国', value: 141175, line: 8 }),
  row({ row: 3, source_name: '现役军人', value: 200, line: 9 }),
  row({ row: 4, source_name: '火星', value: 1, line: 10 }),
  row({ row: 5, indicator: '未选指标', value: 2, line: 11 }),
];
const REGIONS: StagedRegionRow[] = [
  { source_name: '云  南', region_code: '530000', region_name: '云南省', region_level: 'province' },
  { source_name: '甘肃', region_code: '620000', region_name: '甘肃省', region_level: 'province' },
  { source_name: '全国', region_code: null, region_name: '全国', region_level: 'national' },
  { source_name: '现役军人', region_code: null, region_name: '现役军人', region_level: null },
  { source_name: '火星', region_code: null, region_name: '火星', region_level: null },
];
const CHOICES: StagedChoice[] = [
  { indicator: '年末常住人口', indicator_id: `${ID}_i0`, theme: 'context', unit: '万人' },
];

let conn: duckdb.DuckDBConnection;
let staging: ImportStaging;

async function stagedFacts() {
  await staging.setRegions(REGIONS);
  await staging.setChoices(CHOICES);
  for (const q of buildFactsFromStagingSql(staging.tables, {
    datasetId: ID,
    sourceId: `${ID}:src`,
    file: 'nbs.csv',
  })) {
    const stmt = conn.prepare(q.sql);
    stmt.query(...q.params);
    stmt.close();
  }
  return conn
    .query(`SELECT * FROM user_facts ORDER BY fact_id`)
    .toArray()
    .map((r) => ({ ...r.toJSON() }));
}

const tables = () =>
  conn
    .query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'import_staging_%'`)
    .toArray()
    .map((r) => String(r.table_name));

beforeEach(async () => {
  conn = await openWasm();
  for (const sql of userLayerSql()) if (sql.startsWith('CREATE TABLE')) conn.query(sql);
  staging = new ImportStaging(conn, ID);
  await staging.create();
});

describe('buildFactsFromStagingSql(tables, dataset)', () => {
  it('makes facts from Arrow-staged rows: missing stays missing, only coded places and the national total', async () => {
    await staging.addRows(stagedRowsToIpc(ROWS.slice(0, 3)));
    await staging.addRows(stagedRowsToIpc(ROWS.slice(3)));
    const facts = await stagedFacts();
    expect(facts.map((f) => [f.fact_id, f.region_code, f.region_level, f.value])).toEqual([
      [`${ID}:0`, '530000', 'province', 4693],
      [`${ID}:2`, null, 'national', 141175],
    ]);
    expect(facts[0]).toMatchObject({
      theme: 'context',
      indicator_id: `${ID}_i0`,
      region_name_raw: '云  南',
      period_start: 2022,
      period_end: 2022,
      unit: '万人',
      qualifier: 'exact',
      kind: 'outturn',
      source_id: `${ID}:src`,
      evidence: 'nbs.csv:7:3',
      dataset_id: ID,
    });
    const links = conn.query(
      'SELECT fact_id, source_id, is_primary FROM user_fact_sources ORDER BY 1',
    );
    expect(links.toArray().map((r) => ({ ...r.toJSON() }))).toEqual([
      { fact_id: `${ID}:0`, source_id: `${ID}:src`, is_primary: true },
      { fact_id: `${ID}:2`, source_id: `${ID}:src`, is_primary: true },
    ]);
  });

  it('leaves nothing behind when an import is dropped', async () => {
    await staging.addRows(stagedRowsToIpc(ROWS));
    expect(tables()).toHaveLength(3);
    await staging.drop();
    expect(tables()).toEqual([]);
    expect(Number(conn.query('SELECT count(*) AS n FROM user_facts').get(0)?.n)).toBe(0);
  });
});
