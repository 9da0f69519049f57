import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFactListSql } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb } from './fixture-db';

describe('buildFactListSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it("lists the theme's non-comparable facts, newest first, with regions and sources", async () => {
    const rows = await db.rows(buildFactListSql({ theme: 'coverage' }));
    expect(rows.map((r) => r.fact_id)).toEqual(['V02', 'V01']);
    expect(rows[0]).toMatchObject({
      indicator_name_zh: '命名有效期',
      region_code: '530000',
      region_name: '云南省',
      value: 3,
      unit: '年',
      qualifier: 'exact',
      kind: 'policy',
      evidence: "有效期'三年'",
      source_title: '云南省民宗委通报',
      source_url: 'https://mzzj.yn.gov.cn/b',
      reliability: 'official',
    });
    expect(rows[1]).toMatchObject({
      region_code: null,
      region_name: null,
      region_name_raw: '全国',
    });
  });

  it('filters by year: period end, or the date when there is no period', async () => {
    const y2019 = await db.rows(buildFactListSql({ theme: 'coverage', year: 2019 }));
    expect(y2019.map((r) => r.fact_id)).toEqual(['V01']);
    const y2023 = await db.rows(buildFactListSql({ theme: 'coverage', year: 2023 }));
    expect(y2023.map((r) => r.fact_id)).toEqual(['V02']);
  });

  it('lists any indicator when one is given', async () => {
    const rows = await db.rows(buildFactListSql({ theme: 'coverage', indicator: 'edu_bases' }));
    expect(rows.map((r) => r.fact_id)).toEqual(['Y08']);
  });

  it('returns nothing for a hostile indicator', async () => {
    const q = buildFactListSql({ theme: 'coverage', indicator: "x' OR 1=1 --" });
    expect(await db.rows(q)).toEqual([]);
  });
});
