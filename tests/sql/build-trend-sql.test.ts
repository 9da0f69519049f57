import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTrendSql } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb } from './fixture-db';

describe('buildTrendSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('gives outturn, target and cumulative as separate series for a region', async () => {
    const rows = await db.rows(buildTrendSql({ indicator: 'demo_units_named', region: '530000' }));
    expect(rows.map((r) => [r.series, r.year, r.value, r.fact_id])).toEqual([
      ['outturn', 2019, 40, 'Y01'],
      ['outturn', 2023, 50, 'Y02'],
      ['target', 2025, 300, 'Y06'],
      ['cumulative', 2021, 200, 'Y04'],
      ['cumulative', 2023, 260, 'Y05'],
    ]);
    expect(rows[1]).toMatchObject({ n_candidates: 2, has_conflict: true, reliability: 'official' });
    expect(rows[2]).toMatchObject({ period_start: 2021, kind: 'target' });
  });

  it('reads national rows when region is null', async () => {
    const rows = await db.rows(buildTrendSql({ indicator: 'demo_units_named', region: null }));
    expect(rows.map((r) => [r.series, r.year, r.value])).toEqual([
      ['outturn', 2019, 1000],
      ['outturn', 2023, 800],
      ['cumulative', 2023, 3000],
    ]);
  });

  it('keeps qualifiers and applies the exact-first rule', async () => {
    const sd = await db.rows(buildTrendSql({ indicator: 'demo_units_named', region: '370000' }));
    expect(sd.map((r) => [r.series, r.year, r.value, r.qualifier])).toEqual([
      ['outturn', 2023, 20, 'more_than'],
      ['cumulative', 2022, 90, 'exact'],
    ]);
    const gx = await db.rows(buildTrendSql({ indicator: 'demo_units_named', region: '450000' }));
    expect(gx[0]).toMatchObject({ value: 30, fact_id: 'G01' });
  });

  it('returns nothing for a hostile indicator or region', async () => {
    expect(await db.rows(buildTrendSql({ indicator: "x' OR 1=1 --", region: null }))).toEqual([]);
    expect(
      await db.rows(buildTrendSql({ indicator: 'demo_units_named', region: "' OR 1=1 --" })),
    ).toEqual([]);
  });
});
