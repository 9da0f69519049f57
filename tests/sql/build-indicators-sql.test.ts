import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Theme } from '../../src/lib/schema';
import { buildIndicatorsSql } from '../../src/lib/sql';
import { openFixtureDb, type FixtureDb } from './fixture-db';

describe('buildIndicatorsSql(input)', () => {
  let db: FixtureDb;
  beforeAll(async () => {
    db = await openFixtureDb();
  });
  afterAll(() => db.close());

  it('lists indicators of the theme with data, the best default first', async () => {
    const rows = await db.rows(buildIndicatorsSql({ theme: 'coverage' }));
    expect(rows.map((r) => r.indicator_id)).toEqual([
      'demo_units_named',
      'edu_bases',
      'naming_validity',
    ]);
    expect(rows[0]).toEqual({
      indicator_id: 'demo_units_named',
      name_zh: '命名示范单位',
      name_en: 'Demonstration units named',
      unit: '个',
      comparable: true,
      additive: true,
      n_facts: 23,
      n_regions: 7,
      year_min: 2019,
      year_max: 2025,
      has_period: true,
      has_target: true,
      has_stock: true,
    });
    expect(rows[1]).toMatchObject({ n_regions: 1, has_period: true, has_stock: false });
    // Policy rows are no statistic: no time mode, no year range.
    expect(rows[2]).toMatchObject({
      comparable: false,
      has_period: false,
      has_stock: false,
      year_min: null,
    });
  });

  it('only returns the requested theme', async () => {
    const rows = await db.rows(buildIndicatorsSql({ theme: 'funding' }));
    expect(rows.map((r) => r.indicator_id)).toEqual(['funding_yuan']);
    expect(await db.rows(buildIndicatorsSql({ theme: 'honours' }))).toEqual([]);
  });

  it('returns nothing for a hostile theme', async () => {
    const theme = "coverage' OR 1=1 --" as Theme;
    expect(await db.rows(buildIndicatorsSql({ theme }))).toEqual([]);
  });
});
