import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlQuery } from '../../src/lib/db/query';
import { THEMES } from '../../src/lib/schema';
import {
  buildDeleteUserDatasetSql,
  buildIndicatorsSql,
  buildRegionFactsSql,
  buildRegionRanksSql,
  buildTrendSql,
} from '../../src/lib/sql';
import { buildEmbeddedDatabase } from './embedded-db';
import { openDatabaseFile, openFixtureDb, type FixtureDb } from './fixture-db';
import {
  buildReferenceIndicatorsSql,
  buildReferenceRegionFactsSql,
  buildReferenceRegionRanksSql,
  buildReferenceTrendSql,
} from './reference-panels-sql';
import { insertDataset } from './user-dataset-fixture';

interface Checked {
  indicators: number;
  trends: number;
  ranks: number;
  facts: number;
}

/**
 * The indicator list, trends and region ranks from the aggregates against the same panels
 * computed from the facts (the reference), every row and column: every theme; the trend of
 * every indicator for the country and every region with a fact of it; the ranks of every
 * region with a fact, for its latest years and for each year with data (and one after);
 * the facts list of every region with a fact, alone and with its descendants.
 * Not a national figure's own code as a trend's region (the fixtures have one, 100000): the
 * dashboard asks for the country's trend with no region, and for a region of the map.
 */
async function expectSamePanels(db: FixtureDb, prefix = ''): Promise<Checked> {
  const same = async (label: string, q: SqlQuery, ref: SqlQuery) => {
    const rows = await db.rows(q);
    expect(rows, label).toEqual(await db.rows(ref));
    return rows.length;
  };
  const checked = { indicators: 0, trends: 0, ranks: 0, facts: 0 };
  for (const theme of THEMES)
    checked.indicators += await same(
      theme,
      buildIndicatorsSql({ theme }),
      buildReferenceIndicatorsSql({ theme }),
    );
  const pairs = (await db.rows({
    sql: `SELECT DISTINCT indicator_id, region_code FROM all_facts
      WHERE starts_with(indicator_id, ?) AND region_level <> 'national' AND region_code IS NOT NULL
      UNION SELECT DISTINCT indicator_id, NULL FROM all_facts
      WHERE starts_with(indicator_id, ?) AND region_level = 'national'
      ORDER BY ALL`,
    params: [prefix, prefix],
  })) as { indicator_id: string; region_code: string | null }[];
  for (const { indicator_id: indicator, region_code: region } of pairs) {
    const input = { indicator, region };
    checked.trends += await same(
      JSON.stringify(input),
      buildTrendSql(input),
      buildReferenceTrendSql(input),
    );
  }
  const regions = (await db.rows({
    sql: `SELECT region_code, list(DISTINCT period_end ORDER BY period_end) AS years
      FROM all_facts WHERE starts_with(indicator_id, ?) AND region_code IS NOT NULL
        AND period_end IS NOT NULL
      GROUP BY ALL ORDER BY ALL`,
    params: [prefix],
  })) as { region_code: string; years: number[] }[];
  for (const { region_code: region, years } of regions) {
    for (const includeDescendants of [false, true]) {
      const input = { region, includeDescendants };
      checked.facts += await same(
        JSON.stringify(input),
        buildRegionFactsSql(input),
        buildReferenceRegionFactsSql(input),
      );
    }
    for (const year of [null, ...years, years.at(-1)! + 1]) {
      const input = { region, year };
      checked.ranks += await same(
        JSON.stringify(input),
        buildRegionRanksSql(input),
        buildReferenceRegionRanksSql(input),
      );
    }
  }
  return checked;
}

describe('the trend, indicator list, region ranks and facts list without a facts scan', () => {
  it('give the panels over the facts on the hand-made fixture', async () => {
    const db = await openFixtureDb();
    try {
      const checked = await expectSamePanels(db);
      expect(checked.indicators).toBeGreaterThan(2);
      expect(checked.trends).toBeGreaterThan(10);
      expect(checked.ranks).toBeGreaterThan(5);
    } finally {
      db.close();
    }
  }, 60_000);

  describe('on the embedded data and user datasets', () => {
    let db: FixtureDb;
    beforeAll(async () => {
      db = await openDatabaseFile(await buildEmbeddedDatabase());
    }, 60_000);
    afterAll(() => db?.close());

    it('give the panels over the facts for the embedded data', async () => {
      const checked = await expectSamePanels(db);
      expect(checked.indicators).toBeGreaterThan(20);
      expect(checked.trends).toBeGreaterThan(200);
      expect(checked.ranks).toBeGreaterThan(100);
      expect(checked.facts).toBeGreaterThan(400);
    }, 180_000);

    it('and with user datasets beside it, before and after one is deleted', async () => {
      const [a, b] = ['u20250101000000aaaa', 'u20250102000000bbbb'];
      await insertDataset(db, a);
      await insertDataset(db, b);
      const count = async (id: string) =>
        (
          await db.rows({
            sql: 'SELECT count(*)::INTEGER AS n FROM user_indicator_stats WHERE dataset_id = ?',
            params: [id],
          })
        )[0]?.['n'];
      expect(await count(b)).toBeGreaterThan(0);
      const withB = await expectSamePanels(db, b);
      expect(withB.trends).toBeGreaterThan(10);
      // The ranks of a region mix the embedded indicators with the dataset's.
      expect(withB.ranks).toBeGreaterThan(10);
      for (const q of buildDeleteUserDatasetSql(b))
        await db.connection.run(q.sql, [...q.params] as string[]);
      expect(await count(b)).toBe(0);
      expect((await expectSamePanels(db, a)).trends).toBeGreaterThan(10);
    }, 180_000);
  });
});
