import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegionFactsSql } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb } from './fixture-db';

describe('buildRegionFactsSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('lists every fact of the region itself, ordered by theme, indicator and period', async () => {
    const rows = await db.rows(
      buildRegionFactsSql({ region: '530000', includeDescendants: false }),
    );
    expect(rows.map((r) => r.fact_id)).toEqual([
      'Y01',
      'Y04',
      'Y02',
      'Y03',
      'Y07',
      'Y05',
      'Y06',
      'Y08',
      'V02',
      'F01',
    ]);
    expect(rows.every((r) => r.is_self === true)).toBe(true);
  });

  it('joins indicator names, the primary source and all sources', async () => {
    const rows = await db.rows(
      buildRegionFactsSql({ region: '530000', includeDescendants: false }),
    );
    const y02 = rows.find((r) => r.fact_id === 'Y02');
    expect(y02).toMatchObject({
      theme: 'coverage',
      indicator_id: 'demo_units_named',
      indicator_name_zh: '命名示范单位',
      indicator_name_en: 'Demonstration units named',
      region_name: '云南省',
      region_level: 'province',
      value: 50,
      kind: 'outturn',
      conflict_group: 'cg-yn-2023',
      source_id: 'src-yn',
      source_title: '云南省民宗委通报',
      source_publisher: '云南省民宗委',
      source_date: '2024-01-10',
      source_url: 'https://mzzj.yn.gov.cn/b',
      reliability: 'official',
      source_ids: 'src-yn;src-repost',
      n_sources: 2,
    });
  });

  it("adds the province's prefectures and counties (not another province's) on request", async () => {
    const rows = await db.rows(buildRegionFactsSql({ region: '530000', includeDescendants: true }));
    const others = rows.filter((r) => r.is_self === false).map((r) => [r.fact_id, r.region_code]);
    expect(others.sort()).toEqual([
      ['C01', '532301'],
      ['P01', '532300'],
      ['P02', '532300'],
    ]);
    expect(rows.map((r) => r.fact_id)).not.toContain('P03');
  });

  it("adds a prefecture's counties; a county has no descendants", async () => {
    const pref = await db.rows(buildRegionFactsSql({ region: '532300', includeDescendants: true }));
    expect(pref.map((r) => r.fact_id)).toEqual(['P01', 'C01', 'P02']);
    const county = await db.rows(
      buildRegionFactsSql({ region: '532301', includeDescendants: true }),
    );
    expect(county.map((r) => r.fact_id)).toEqual(['C01']);
  });

  it('returns nothing for a region without facts or a hostile code', async () => {
    expect(
      await db.rows(buildRegionFactsSql({ region: '540000', includeDescendants: true })),
    ).toEqual([]);
    expect(
      await db.rows(buildRegionFactsSql({ region: "530000' OR 1=1 --", includeDescendants: true })),
    ).toEqual([]);
  });
});
