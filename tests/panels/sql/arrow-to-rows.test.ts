import { tableFromArrays } from 'apache-arrow';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrowToRows } from '../../../src/panels/sql/arrow-to-rows';
import { openWasm, wasmTable } from './wasm-db';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await openWasm();
});

describe('arrowToRows(table, limit)', () => {
  it('turns BigInt columns into numbers', () => {
    const table = tableFromArrays({ n: new BigInt64Array([1n, -2n, 9007199254740991n]) });
    const { columns, rows } = arrowToRows(table);
    expect(columns).toEqual([{ name: 'n', kind: 'number', type: 'Int64' }]);
    expect(rows).toEqual([[1], [-2], [9007199254740991]]);
  });

  it('keeps the exact digits of BigInts beyond 2^53 as text', () => {
    const table = tableFromArrays({ n: new BigInt64Array([9007199254740993n]) });
    expect(arrowToRows(table).rows).toEqual([['9007199254740993']]);
  });

  it('reads what DuckDB-WASM returns, type by type', () => {
    const table = wasmTable(
      conn,
      `SELECT 42::BIGINT AS big, 2::HUGEINT AS huge, 3.25::DECIMAL(10,2) AS dec,
              DATE '2024-02-03' AS d, TIMESTAMP '2024-02-03 04:05:06.789' AS ts,
              TIMESTAMPTZ '2024-01-01 00:00:00+00' AS tz, TIME '04:05:06.5' AS tm,
              'coverage'::ENUM('coverage', 'honours') AS theme, 'ab'::BLOB AS bytes,
              NULL AS nothing, true AS yes, '云南' AS name`,
    );
    const { columns, rows } = arrowToRows(table);
    expect(columns.map((c) => [c.name, c.kind])).toEqual([
      ['big', 'number'],
      ['huge', 'number'],
      ['dec', 'number'],
      ['d', 'temporal'],
      ['ts', 'temporal'],
      ['tz', 'temporal'],
      ['tm', 'temporal'],
      ['theme', 'text'],
      ['bytes', 'text'],
      ['nothing', 'number'],
      ['yes', 'boolean'],
      ['name', 'text'],
    ]);
    expect(rows).toEqual([
      [
        42,
        2,
        3.25,
        '2024-02-03',
        '2024-02-03T04:05:06.789',
        '2024-01-01T00:00:00.000Z',
        '04:05:06.5',
        'coverage',
        '\\x6162',
        null,
        true,
        '云南',
      ],
    ]);
  });

  it('writes nested values as JSON text', () => {
    const table = wasmTable(
      conn,
      `SELECT [1, 2] AS list, {'x': 1, 'y': 'b'} AS struct, MAP {'k': 1} AS map,
              [{'a': [1.5]}] AS deep, [NULL, 3] AS holes`,
    );
    const { columns, rows } = arrowToRows(table);
    expect(columns.every((c) => c.kind === 'nested')).toBe(true);
    expect(rows).toEqual([['[1,2]', '{"x":1,"y":"b"}', '{"k":1}', '[{"a":[1.5]}]', '[null,3]']]);
  });

  it('converts only the first `limit` rows', () => {
    const table = wasmTable(conn, 'SELECT range AS i FROM range(5000)');
    const { rows } = arrowToRows(table, 1000);
    expect(table.numRows).toBe(5000);
    expect(rows).toHaveLength(1000);
    expect(rows.at(-1)).toEqual([999]);
  });

  it('keeps columns that share a name apart', () => {
    const { columns, rows } = arrowToRows(wasmTable(conn, 'SELECT 1 AS a, 2 AS a'));
    expect(columns.map((c) => c.name)).toHaveLength(2);
    expect(rows).toEqual([[1, 2]]);
  });
});
