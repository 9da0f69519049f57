import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMapSql, type MapInput } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb, type ResultRow } from './fixture-db';

const base: MapInput = {
  indicator: 'demo_units_named',
  time: 'period',
  year: 2023,
  level: 'province',
  parent: null,
  measure: 'absolute',
  targets: false,
};

const byCode = (rows: ResultRow[]) => Object.fromEntries(rows.map((r) => [r.code as string, r]));
const values = (rows: ResultRow[]) =>
  Object.fromEntries(rows.map((r) => [r.code as string, r.value]));

describe('buildMapSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('returns every province, with NULL (not 0) where there is no fact', async () => {
    const rows = await db.rows(buildMapSql(base));
    expect(rows.map((r) => r.code)).toEqual(['370000', '450000', '530000', '540000', '620000']);
    expect(values(rows)).toEqual({
      '370000': 20,
      '450000': 30,
      '530000': 50,
      '540000': null,
      '620000': null,
    });
    expect(byCode(rows)['540000']).toMatchObject({
      fact_id: null,
      n_candidates: 0,
      has_conflict: false,
    });
  });

  it('prefers the official figure over a later repost and flags the conflict', async () => {
    const yn = byCode(await db.rows(buildMapSql(base)))['530000'];
    expect(yn).toMatchObject({
      value: 50,
      raw_value: 50,
      fact_id: 'Y02',
      source_id: 'src-yn',
      reliability: 'official',
      n_candidates: 2,
      has_conflict: true,
      name: '云南省',
      short_name: '云南',
      name_en: 'Yunnan',
    });
  });

  it('prefers an exact figure over a later qualified one of equal reliability', async () => {
    const gx = byCode(await db.rows(buildMapSql(base)))['450000'];
    expect(gx).toMatchObject({ value: 30, qualifier: 'exact', fact_id: 'G01', n_candidates: 2 });
  });

  it('keeps the qualifier of a more_than figure', async () => {
    const sd = byCode(await db.rows(buildMapSql(base)))['370000'];
    expect(sd).toMatchObject({ value: 20, qualifier: 'more_than', kind: 'outturn' });
  });

  it('ignores type-split rows (unit_type other than all)', async () => {
    const rows = await db.rows(buildMapSql(base));
    expect(rows.map((r) => r.fact_id)).not.toContain('Y07');
  });

  it('shows the latest stock up to the year per region, never summed with batches', async () => {
    const rows = await db.rows(buildMapSql({ ...base, time: 'stock' }));
    expect(values(rows)).toEqual({
      '370000': 90,
      '450000': 150,
      '530000': 260,
      '540000': null,
      '620000': 110,
    });
    expect(byCode(rows)['370000']).toMatchObject({ period_end: 2022, kind: 'cumulative' });
    // Two stocks as of 2020: the later statement wins.
    expect(byCode(rows)['620000']).toMatchObject({ fact_id: 'U03', n_candidates: 2 });
  });

  it('does not see stocks reported after the year', async () => {
    const rows = await db.rows(buildMapSql({ ...base, time: 'stock', year: 2021 }));
    expect(values(rows)).toEqual({
      '370000': null,
      '450000': null,
      '530000': 200,
      '540000': null,
      '620000': 110,
    });
  });

  it('picks the latest year with data when year is null', async () => {
    const period = await db.rows(buildMapSql({ ...base, year: null }));
    expect(period[0]?.year).toBe(2023);
    expect(values(period)['530000']).toBe(50);
    const targets = await db.rows(buildMapSql({ ...base, year: null, targets: true }));
    expect(targets.map((r) => [r.code, r.value, r.kind, r.year])).toEqual([
      ['370000', null, null, 2025],
      ['450000', null, null, 2025],
      ['530000', 300, 'target', 2025],
      ['540000', null, null, 2025],
      ['620000', null, null, 2025],
    ]);
    const stock = await db.rows(buildMapSql({ ...base, year: null, time: 'stock' }));
    expect(stock[0]?.year).toBe(2023);
  });

  it('reads outturns of another year', async () => {
    const rows = await db.rows(buildMapSql({ ...base, year: 2019 }));
    expect(values(rows)).toEqual({
      '370000': null,
      '450000': null,
      '530000': 40,
      '540000': null,
      '620000': 15,
    });
  });

  it('computes per_10m from the population of provinces', async () => {
    const rows = byCode(await db.rows(buildMapSql({ ...base, measure: 'per_10m' })));
    expect(rows['530000']).toMatchObject({ value: 10, raw_value: 50, denominator: 50_000_000 });
    expect(rows['370000']).toMatchObject({ value: 2, raw_value: 20 });
    expect(rows['450000']).toMatchObject({ value: 12 });
    expect(rows['540000']).toMatchObject({ value: null, denominator: 3_600_000 });
  });

  it('computes share of the national figure of the same kind and period, NULL without one', async () => {
    const rows = byCode(await db.rows(buildMapSql({ ...base, measure: 'share' })));
    expect(rows['530000']).toMatchObject({ value: 0.0625, denominator: 800 });
    expect(rows['370000']?.value).toBeCloseTo(0.025, 12);
    const stock = byCode(await db.rows(buildMapSql({ ...base, time: 'stock', measure: 'share' })));
    expect(stock['450000']).toMatchObject({ value: 0.05, denominator: 3000 });
    // Shandong's stock is as of 2022; there is no national stock as of 2022.
    expect(stock['370000']).toMatchObject({ value: null, raw_value: 90, denominator: null });
    const targets = await db.rows(
      buildMapSql({ ...base, year: 2025, targets: true, measure: 'share' }),
    );
    expect(byCode(targets)['530000']).toMatchObject({ value: null, raw_value: 300 });
  });

  it("lists only the parent province's prefectures when drilling down, without county facts", async () => {
    const rows = await db.rows(buildMapSql({ ...base, level: 'prefecture', parent: '530000' }));
    expect(rows.map((r) => [r.code, r.value, r.fact_id])).toEqual([
      ['532300', 5, 'P01'],
      ['533100', null, null],
    ]);
    const stock = await db.rows(
      buildMapSql({ ...base, level: 'prefecture', parent: '530000', time: 'stock' }),
    );
    expect(values(stock)).toEqual({ '532300': 25, '533100': null });
  });

  it('has no per_10m denominator for prefectures', async () => {
    const rows = await db.rows(
      buildMapSql({ ...base, level: 'prefecture', parent: '530000', measure: 'per_10m' }),
    );
    expect(rows.map((r) => [r.code, r.value, r.raw_value])).toEqual([
      ['532300', null, 5],
      ['533100', null, null],
    ]);
  });

  it('returns no prefectures without a parent', async () => {
    expect(await db.rows(buildMapSql({ ...base, level: 'prefecture', parent: null }))).toEqual([]);
  });

  it('treats a hostile indicator as a plain value: all regions, no values', async () => {
    const q = buildMapSql({ ...base, year: null, indicator: "x' OR 1=1 --" });
    expect(q.sql).not.toContain('OR 1=1');
    const rows = await db.rows(q);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.value === null && r.year === null)).toBe(true);
  });

  it('treats a hostile parent as a plain value', async () => {
    const q = buildMapSql({ ...base, level: 'prefecture', parent: "530000' OR '1'='1" });
    expect(await db.rows(q)).toEqual([]);
  });
});
