import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionRanksSql } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb } from './fixture-db';

describe('buildRegionRanksSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('ranks the region on each comparable indicator, per time mode', async () => {
    const rows = await db.rows(buildRegionRanksSql({ region: '530000' }));
    expect(rows.map((r) => [r.indicator_id, r.time, r.year, r.value, r.rank, r.n_regions])).toEqual(
      [
        ['demo_units_named', 'period', 2023, 50, 1, 3],
        ['demo_units_named', 'stock', 2023, 260, 1, 4],
        ['edu_bases', 'period', 2023, 12, 1, 1],
        ['funding_yuan', 'period', 2023, 2e8, 1, 1],
      ],
    );
    expect(rows.map((r) => r.indicator_id)).not.toContain('naming_validity');
  });

  it("uses the region's own latest year when year is null", async () => {
    const rows = await db.rows(buildRegionRanksSql({ region: '620000' }));
    expect(rows.map((r) => [r.time, r.year, r.value, r.rank, r.n_regions])).toEqual([
      ['period', 2019, 15, 2, 2],
      ['stock', 2020, 110, 1, 1],
    ]);
  });

  it('compares stocks as of a given year', async () => {
    const rows = await db.rows(buildRegionRanksSql({ region: '620000', year: 2021 }));
    expect(rows.map((r) => [r.time, r.year, r.period_end, r.value, r.rank, r.n_regions])).toEqual([
      ['stock', 2021, 2020, 110, 2, 2],
    ]);
  });

  it('ranks a prefecture among prefectures', async () => {
    const rows = await db.rows(buildRegionRanksSql({ region: '532300' }));
    expect(rows.map((r) => [r.time, r.value, r.rank, r.n_regions, r.level])).toEqual([
      ['period', 5, 1, 2, 'prefecture'],
      ['stock', 25, 1, 1, 'prefecture'],
    ]);
  });

  it('returns nothing for a region without data or a hostile code', async () => {
    expect(await db.rows(buildRegionRanksSql({ region: '540000' }))).toEqual([]);
    expect(await db.rows(buildRegionRanksSql({ region: "' OR 1=1 --", year: 2023 }))).toEqual([]);
  });
});
