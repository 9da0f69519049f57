import type { DuckDBPreparedStatement, DuckDBValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlQuery } from '../../src/lib/db/query';
import {
  buildDeleteUserDatasetSql,
  buildMapSql,
  buildRankingSql,
  buildYearsSql,
  loadMapRows,
  type FetchRows,
  type MapInput,
} from '../../src/lib/sql';
import { buildEmbeddedDatabase, mapInputsOf } from './embedded-db';
import { openDatabaseFile, openFixtureDb, type FixtureDb, type ResultRow } from './fixture-db';
import {
  buildReferenceMapSql,
  buildReferenceRankingSql,
  buildReferenceYearsSql,
} from './reference-map-sql';
import { insertDataset } from './user-dataset-fixture';

/**
 * The map from the aggregate (buildMapSql, buildRankingSql, and the dashboard's per-view
 * path loadMapRows) against the map computed from the facts (the reference), every row and
 * column, for every input `mapInputsOf` derives from the data. Returns how many were checked.
 */
async function expectSameMaps(
  db: FixtureDb,
  inputs: readonly MapInput[],
  { ranking = true } = {},
): Promise<number> {
  // Statements prepared once per SQL text (planning costs more than running on this data).
  const statements = new Map<string, Promise<DuckDBPreparedStatement>>();
  const run = async ({ sql, params }: SqlQuery): Promise<ResultRow[]> => {
    let stmt = statements.get(sql);
    if (!stmt) statements.set(sql, (stmt = db.connection.prepare(sql)));
    const prepared = await stmt;
    prepared.bind([...params] as DuckDBValue[]);
    return (await prepared.runAndReadAll()).getRowObjectsJson() as ResultRow[];
  };
  // As the dashboard's row source: a view's rows are fetched once, then reused.
  const cache = new Map<string, Promise<ResultRow[]>>();
  const fetch = ((q: SqlQuery) => {
    const key = JSON.stringify(q);
    if (!cache.has(key)) cache.set(key, run(q));
    return cache.get(key)!;
  }) as FetchRows;
  let checked = 0;
  const yearsChecked = new Set<string>();
  for (const input of inputs) {
    const label = JSON.stringify(input);
    // The slider's years come from the aggregate too.
    const years = { indicator: input.indicator, time: input.time, targets: input.targets };
    if (!yearsChecked.has(JSON.stringify(years))) {
      yearsChecked.add(JSON.stringify(years));
      expect(await run(buildYearsSql(years)), label).toEqual(
        await run(buildReferenceYearsSql(years)),
      );
    }
    const ref = await run(buildReferenceMapSql(input));
    expect(await run(buildMapSql(input)), label).toEqual(ref);
    expect(await loadMapRows(fetch, input), label).toEqual(ref);
    if (ranking && input.measure === 'share' && input.level === 'province') {
      const ranking = await run(buildRankingSql(input));
      expect(ranking, label).toEqual(await run(buildReferenceRankingSql(input)));
    }
    checked++;
  }
  return checked;
}

describe('the map aggregate gives the rows of the map over the facts', () => {
  it('on the hand-made fixture', async () => {
    const db = await openFixtureDb();
    try {
      const inputs = await mapInputsOf(db, { everyMeasure: true });
      expect(await expectSameMaps(db, inputs)).toBeGreaterThan(60);
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

    it('for every indicator, kind and year of the embedded data', async () => {
      const inputs = await mapInputsOf(db);
      // The ranking is the map's rows sorted (checked on the fixture and the user datasets).
      expect(await expectSameMaps(db, inputs, { ranking: false })).toBeGreaterThan(400);
    }, 120_000);

    it('for a user dataset beside the embedded data, and after another is deleted', async () => {
      const [a, b] = ['u20250101000000aaaa', 'u20250102000000bbbb'];
      await insertDataset(db, a);
      await insertDataset(db, b);
      const count = async (table: string, id: string) =>
        (
          await db.rows({
            sql: `SELECT count(*)::INTEGER AS n FROM ${table} WHERE dataset_id = ?`,
            params: [id],
          })
        )[0]?.['n'];
      expect(await count('user_map_agg', b)).toBeGreaterThan(10);
      expect(
        await expectSameMaps(db, await mapInputsOf(db, { prefix: b, everyMeasure: true })),
      ).toBeGreaterThan(40);
      for (const q of buildDeleteUserDatasetSql(b))
        await db.connection.run(q.sql, [...q.params] as string[]);
      expect(await count('user_map_agg', b)).toBe(0);
      expect(await count('user_facts', b)).toBe(0);
      expect(
        await expectSameMaps(db, await mapInputsOf(db, { prefix: a, everyMeasure: true })),
      ).toBeGreaterThan(40);
      // A deleted dataset's indicator maps to nothing (the reference agrees: no facts left).
      const gone = await db.rows(
        buildMapSql({
          indicator: `${b}_i0`,
          time: 'period',
          year: 2022,
          level: 'province',
          parent: null,
          measure: 'absolute',
          targets: false,
        }),
      );
      expect(gone.length).toBeGreaterThan(30);
      expect(gone.every((r) => r['value'] === null)).toBe(true);
    }, 60_000);
  });
});
