import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRankingSql, type RankingInput } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb } from './fixture-db';

const base: RankingInput = {
  indicator: 'demo_units_named',
  time: 'period',
  year: 2023,
  level: 'province',
  parent: null,
  measure: 'absolute',
  targets: false,
};

describe('buildRankingSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('sorts the map rows largest first, missing last by code, with ranks', async () => {
    const rows = await db.rows(buildRankingSql(base));
    expect(rows.map((r) => [r.code, r.value, r.rank])).toEqual([
      ['530000', 50, 1],
      ['450000', 30, 2],
      ['370000', 20, 3],
      ['540000', null, null],
      ['620000', null, null],
    ]);
  });

  it('ranks by the measure, not the raw value', async () => {
    const rows = await db.rows(buildRankingSql({ ...base, measure: 'per_10m' }));
    expect(rows.slice(0, 3).map((r) => [r.code, r.value, r.raw_value])).toEqual([
      ['450000', 12, 30],
      ['530000', 10, 50],
      ['370000', 2, 20],
    ]);
  });

  it('ranks stocks', async () => {
    const rows = await db.rows(buildRankingSql({ ...base, time: 'stock' }));
    expect(rows.map((r) => r.code)).toEqual(['530000', '450000', '620000', '370000', '540000']);
  });
});
