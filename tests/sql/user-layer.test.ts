import type { DuckDBValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDeleteUserDatasetSql,
  buildIndicatorsSql,
  buildInsertUserAggregatesSql,
  buildInsertUserRowsSql,
  buildMapSql,
} from '../../src/lib/sql';
import type { SqlQuery } from '../../src/lib/db/query';
import { openFixtureDb, type FixtureDb } from './fixture-db';

const indicator = {
  indicator_id: 'u1_trainees',
  theme: 'trainings',
  name_zh: '培训人次（导入）',
  name_en: 'Trainees (imported)',
  unit: '人次',
  definition: 'imported',
  comparable: true,
  additive: true,
};
const source = {
  source_id: 'u1:src',
  title: '某统计年鉴',
  publisher: '用户导入',
  date: null,
  url: null,
  language: 'zh-Hans',
  reliability: 'official',
  notes: null,
};
const fact = (code: string, value: unknown) => ({
  fact_id: `u1:${code}`,
  theme: 'trainings',
  indicator_id: 'u1_trainees',
  region_code: code,
  region_name_raw: code,
  region_level: 'province',
  period_start: 2022,
  period_end: 2022,
  date: null,
  value,
  unit: '人次',
  qualifier: 'exact',
  kind: 'outturn',
  batch: null,
  unit_type: null,
  source_id: 'u1:src',
  conflict_group: null,
  evidence: 'row 2',
  notes: null,
});

async function runAll(db: FixtureDb, queries: SqlQuery[]) {
  for (const q of queries) await db.connection.run(q.sql, [...q.params] as DuckDBValue[]);
}

const mapInput = {
  indicator: 'u1_trainees',
  time: 'period' as const,
  year: 2022,
  level: 'province' as const,
  parent: null,
  measure: 'absolute' as const,
  targets: false,
};

describe('the user layer (user tables + all_* views)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('puts an imported indicator on the map beside the embedded data', async () => {
    await runAll(db, [
      ...buildInsertUserRowsSql('sources', 'u1', [source]),
      ...buildInsertUserRowsSql('indicators', 'u1', [indicator]),
      ...buildInsertUserRowsSql('facts', 'u1', [fact('530000', 1200), fact('620000', 800)]),
      ...buildInsertUserAggregatesSql('u1'),
    ]);
    const indicators = await db.rows(buildIndicatorsSql({ theme: 'trainings' }));
    expect(indicators.map((r) => r['indicator_id'])).toContain('u1_trainees');
    const map = await db.rows(buildMapSql(mapInput));
    const yunnan = map.find((r) => r['code'] === '530000');
    expect(yunnan?.['value']).toBe(1200);
    expect(map.find((r) => r['code'] === '370000')?.['value']).toBeNull();
  });

  it('rolls back a failing insert and keeps what was loaded before', async () => {
    await db.connection.run('BEGIN TRANSACTION');
    await runAll(db, [
      ...buildInsertUserRowsSql('facts', 'u3', [{ ...fact('450000', 5), fact_id: 'u3:1' }]),
      ...buildInsertUserAggregatesSql('u3'),
    ]);
    await expect(
      runAll(db, buildInsertUserRowsSql('facts', 'u3', [fact('450000', 'not a number')])),
    ).rejects.toThrow();
    await db.connection.run('ROLLBACK');
    const map = await db.rows(buildMapSql(mapInput));
    expect(map.filter((r) => r['value'] !== null)).toHaveLength(2);
    const agg = await db.rows({
      sql: 'SELECT count(*)::INT AS n FROM user_map_agg WHERE dataset_id = ?',
      params: ['u3'],
    });
    expect(agg[0]?.['n']).toBe(0);
  });

  it('splits large inserts into parameterised chunks and deletes exactly one dataset', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({
      ...fact('530000', i),
      fact_id: `u2:${i}`,
    }));
    const queries = buildInsertUserRowsSql('facts', 'u2', many);
    expect(queries).toHaveLength(3);
    for (const q of queries) expect(q.sql).not.toContain('u2:');
    await runAll(db, [...queries, ...buildInsertUserAggregatesSql('u2')]);
    const count = async (table: string) =>
      (await db.rows({ sql: `SELECT count(*)::INT AS n FROM ${table}`, params: [] }))[0]?.['n'];
    expect(await count('user_map_agg')).toBe(3);
    expect(await count('user_indicator_stats')).toBe(2);
    await runAll(db, buildDeleteUserDatasetSql('u2'));
    expect(await count('user_facts')).toBe(2);
    expect(await count('user_map_agg')).toBe(2);
    expect(await count('user_indicator_stats')).toBe(1);
  });
});
