import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlQuery } from '../../../src/lib/db';
import { QueryError } from '../../../src/lib/db';
import { DISPLAY_LIMIT, SqlConsoleModel } from '../../../src/panels/sql/sql-console.model.svelte';
import { openWasm, wasmTable } from './wasm-db';

let conn: DuckDBConnection;
const ran: string[] = [];

beforeAll(async () => {
  conn = await openWasm();
  conn.query(`CREATE TABLE t AS SELECT * FROM (VALUES ('a', 1), ('b', 2)) v(name, n)`);
});

function model(sql: string): SqlConsoleModel {
  let clock = 0;
  return new SqlConsoleModel(sql, {
    ready: async () => undefined,
    now: () => (clock += 5),
    runQuery: async ({ sql: text }: SqlQuery) => {
      ran.push(text);
      try {
        return wasmTable(conn, text);
      } catch (e) {
        throw new QueryError(e instanceof Error ? e.message : String(e), text, e);
      }
    },
  });
}

describe('SqlConsoleModel', () => {
  it('runs a query, times it and offers a chart', async () => {
    const m = model('SELECT name, n FROM t ORDER BY n;');
    await m.run();
    expect(m.result.status).toBe('ready');
    expect(m.result.data).toMatchObject({
      sql: 'SELECT name, n FROM t ORDER BY n',
      totalRows: 2,
      ms: 5,
      rows: [
        ['a', 1],
        ['b', 2],
      ],
    });
    expect(m.chartChoice).toBe('bar');
    expect(m.chart).toEqual({ kind: 'bar', label: 0, value: 1 });
  });

  it('shows the first rows only and says how many there are', async () => {
    const m = model('SELECT range AS i FROM range(2500)');
    await m.run();
    expect(m.result.data?.rows).toHaveLength(DISPLAY_LIMIT);
    expect(m.result.data?.totalRows).toBe(2500);
    expect(m.csv()?.split('\r\n').filter(Boolean)).toHaveLength(2501);
  });

  it('refuses a write without running it, keeping the last result', async () => {
    const m = model('SELECT name, n FROM t');
    await m.run();
    const before = ran.length;
    m.sql = 'select 1; drop table t';
    await m.run();
    expect(ran).toHaveLength(before);
    expect(m.refusal).toMatchObject({ reason: 'multiple' });
    expect(m.result.data?.rows).toHaveLength(2);
    expect(wasmTable(conn, 'SELECT count(*) AS n FROM t').numRows).toBe(1);
  });

  it('keeps the last result beside a DuckDB error, which carries the SQL', async () => {
    const m = model('SELECT name FROM t');
    await m.run();
    m.sql = 'SELECT nope FROM t';
    await m.run();
    expect(m.result.status).toBe('error');
    expect(m.result.error).toBeInstanceOf(QueryError);
    expect((m.result.error as QueryError).sql).toBe('SELECT nope FROM t');
    expect(m.result.error?.message).toMatch(/nope/);
    expect(m.result.data?.rows).toEqual([['a'], ['b']]);
    expect(m.refusal).toBeNull();
  });

  it('writes every column to CSV, even two with one name', async () => {
    const m = model(`SELECT 1 AS a, 'x,y' AS a, NULL AS c`);
    await m.run();
    expect(m.csv()).toBe('\uFEFFa,a,c\r\n1,"x,y",\r\n');
  });
});
