import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardStatement } from '../../../src/panels/sql/guard-statement';
import { openFixtureDb, type FixtureDb } from '../../sql/fixture-db';
import { ACCEPTED } from './guard-corpus';

/**
 * The fixture's `mz` catalog is writable here (the app ATTACHes it READ_ONLY), so these
 * tests show that the guard alone keeps statements from changing anything.
 */
let db: FixtureDb;

/** Everything a statement could change: catalog entries, rows, settings. */
async function fingerprint(): Promise<string> {
  // One at a time: a node-api connection runs one statement at once.
  const queries = [
    {
      sql: `SELECT database_name, schema_name, table_name FROM duckdb_tables()
            UNION ALL SELECT database_name, schema_name, view_name FROM duckdb_views() WHERE NOT internal
            UNION ALL SELECT database_name, '', '' FROM duckdb_databases()
            ORDER BY ALL`,
      params: [],
    },
    {
      sql: `SELECT (SELECT hash(list(f ORDER BY fact_id)) FROM mz.facts f) AS facts,
                   (SELECT hash(list(s ORDER BY source_id)) FROM mz.sources s) AS sources,
                   (SELECT hash(list(t ORDER BY a)) FROM memory.main.t t) AS t`,
      params: [],
    },
    { sql: 'SELECT name, value FROM duckdb_settings() ORDER BY name', params: [] },
  ];
  const parts = [];
  for (const q of queries) parts.push(await db.rows(q));
  return JSON.stringify(parts);
}

beforeAll(async () => {
  db = await openFixtureDb();
  await db.connection.run('CREATE TABLE memory.main.t AS SELECT * FROM range(3) r(a)');
});
afterAll(() => db.close());

describe('guardStatement(sql) on DuckDB', () => {
  it.each(ACCEPTED.map((sql) => [sql]))(
    'admits %j, which runs and changes nothing',
    async (sql) => {
      const guard = guardStatement(sql);
      expect(guard.ok).toBe(true);
      if (!guard.ok) return;
      const before = await fingerprint();
      await db.connection.runAndReadAll(guard.sql);
      expect(await fingerprint()).toBe(before);
    },
  );

  it('refuses a second statement DuckDB would run after a comment', async () => {
    const sql = 'select 1 /* ; */; drop table memory.main.t';
    expect(guardStatement(sql)).toMatchObject({ ok: false, reason: 'multiple' });
    // What the guard prevents: DuckDB runs both statements of one string.
    const scratch = await openFixtureDb();
    try {
      await scratch.connection.run('CREATE TABLE memory.main.t AS SELECT 1 AS a');
      await scratch.connection.run(sql);
      const left = await scratch.rows({
        sql: "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 't'",
        params: [],
      });
      expect(left).toEqual([{ n: '0' }]);
    } finally {
      scratch.close();
    }
  });
});
