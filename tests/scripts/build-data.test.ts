import { DuckDBInstance } from '@duckdb/node-api';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data';
import { DERIVED_TABLES, SCHEMA_VERSION, parseCsv } from '../../src/lib/schema';

const fresh = () => mkdtempSync(join(tmpdir(), 'mz-data-'));

async function rowsOf(sql: string, db: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(`ATTACH '${db}' AS mz (READ_ONLY)`);
  const rows = (await conn.runAndReadAll(sql)).getRows();
  conn.closeSync();
  instance.closeSync();
  return rows;
}

describe('buildData({dataDir, outDir})', () => {
  let a: string;
  let b: string;
  beforeAll(async () => {
    a = fresh();
    b = fresh();
    for (const out of [a, b]) {
      const res = await buildData({ dataDir: 'data', outDir: out });
      expect(res.ok).toBe(true);
    }
  }, 120_000);

  it('writes the same bytes for the same input (determinism)', () => {
    const files = readdirSync(a).sort();
    expect(files).toEqual(readdirSync(b).sort());
    for (const f of files)
      expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('writes the contract columns and the four themes into facts.parquet and sources.parquet', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const cols = async (f: string) =>
      (await conn.runAndReadAll(`DESCRIBE SELECT * FROM '${join(a, f)}'`))
        .getRows()
        .map((r) => r[0]);
    expect(await cols('facts.parquet')).toEqual(
      expect.arrayContaining([
        'fact_id',
        'theme',
        'indicator_id',
        'region_code',
        'value',
        'unit',
        'source_id',
      ]),
    );
    expect(await cols('sources.parquet')).toEqual(
      expect.arrayContaining(['source_id', 'url', 'title']),
    );
    const themes = (
      await conn.runAndReadAll(
        `SELECT DISTINCT theme::VARCHAR FROM '${join(a, 'facts.parquet')}' ORDER BY 1`,
      )
    ).getRows();
    expect(themes.map((r) => r[0])).toEqual(
      expect.arrayContaining(['coverage', 'funding', 'honours', 'trainings']),
    );
    conn.closeSync();
  });

  it('meets the dataset floor: ≥ 450 facts, every fact sourced, ≥ 25 provinces', async () => {
    const db = join(a, 'facts.duckdb');
    const [[facts, unsourced, provinces]] = (await rowsOf(
      `SELECT count(*)::INT, count(*) FILTER (WHERE source_id NOT IN (SELECT source_id FROM mz.sources))::INT,
              count(DISTINCT left(region_code::VARCHAR, 2))::INT FROM mz.facts`,
      db,
    )) as [[number, number, number]];
    expect(facts).toBeGreaterThanOrEqual(450);
    expect(unsourced).toBe(0);
    expect(provinces).toBeGreaterThanOrEqual(25);
  });

  it('stores every value exactly as data/facts.csv writes it (no 32-bit wrap of large amounts)', async () => {
    const csv = parseCsv('facts.csv', readFileSync('data/facts.csv', 'utf8'));
    const expected = new Map(
      csv.records.map((r) => [r.values['fact_id'], Number(r.values['value'])]),
    );
    const rows = await rowsOf('SELECT fact_id, value FROM mz.facts', join(a, 'facts.duckdb'));
    expect(rows).toHaveLength(expected.size);
    for (const [id, value] of rows) expect(value, String(id)).toBe(expected.get(String(id)));
    expect([...expected.values()].some((v) => v > 2 ** 31)).toBe(true);
  });

  it('stores dimensions as ENUM types in the database the app attaches', async () => {
    const rows = await rowsOf(
      `SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'mz' AND table_name = 'facts'
       AND column_name IN ('theme', 'region_code', 'indicator_id', 'unit', 'qualifier', 'kind')`,
      join(a, 'facts.duckdb'),
    );
    for (const [name, type] of rows) expect(String(type), String(name)).toMatch(/^ENUM/);
    expect(rows).toHaveLength(6);
  });

  it('writes the map aggregate, ENUM-typed and sorted by indicator and kind, and lists it in the manifest', async () => {
    const db = join(a, 'facts.duckdb');
    const types = await rowsOf(
      `SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'mz' AND table_name = 'map_agg'
       AND column_name IN ('indicator_id', 'kind', 'region_level', 'region_code')`,
      db,
    );
    expect(types).toHaveLength(4);
    for (const [name, type] of types) expect(String(type), String(name)).toMatch(/^ENUM/);
    const [[rows, cells, runs, pairs]] = (await rowsOf(
      `SELECT count(*)::INT,
         count(DISTINCT (indicator_id, kind, region_level,
           CASE WHEN region_level = 'national' THEN NULL ELSE region_code END, period_end))::INT,
         count(*) FILTER (WHERE k IS DISTINCT FROM prev)::INT, count(DISTINCT k)::INT
       FROM (SELECT *, indicator_id::VARCHAR || '|' || kind::VARCHAR AS k,
               lag(indicator_id::VARCHAR || '|' || kind::VARCHAR) OVER (ORDER BY rowid) AS prev
             FROM mz.map_agg)`,
      db,
    )) as [[number, number, number, number]];
    expect(rows).toBeGreaterThan(100);
    // One row per cell, and each indicator and kind in one run (zone maps skip the others).
    expect(cells).toBe(rows);
    expect(runs).toBe(pairs);
    const manifest = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8')) as {
      rows: Record<string, number>;
    };
    expect(manifest.rows['map_agg']).toBe(rows);
  });

  it('writes every derived table as lib/schema declares it, and the schema version, into the manifest', async () => {
    const db = join(a, 'facts.duckdb');
    const manifest = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8')) as {
      schema_version: number;
      rows: Record<string, number>;
    };
    expect(manifest.schema_version).toBe(SCHEMA_VERSION);
    for (const table of DERIVED_TABLES) {
      const columns = await rowsOf(
        `SELECT column_name FROM duckdb_columns() WHERE database_name = 'mz' AND table_name = '${table.name}'
         ORDER BY column_index`,
        db,
      );
      expect(columns.map(([name]) => name)).toEqual(table.columns.map((c) => c.name));
      const [[count]] = (await rowsOf(`SELECT count(*)::INT FROM mz.${table.name}`, db)) as [
        [number],
      ];
      expect(count, table.name).toBeGreaterThan(0);
      expect(manifest.rows[table.name], table.name).toBe(count);
    }
  });

  it("refuses a built-in indicator id in the form of a user dataset's, with file, line and column", async () => {
    const dataDir = fresh();
    cpSync('data', dataDir, { recursive: true });
    const indicators = readFileSync(join(dataDir, 'indicators.csv'), 'utf8').split('\n');
    indicators.splice(2, 0, indicators[1]!.replace(/^[^,]+/, 'u20250101000000abcd_i0'));
    writeFileSync(join(dataDir, 'indicators.csv'), indicators.join('\n'));
    const out = fresh();
    const res = await buildData({ dataDir, outDir: out });
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.errors[0]).toMatch(
        /^data\/indicators\.csv:3: column indicator_id: "u20250101000000abcd_i0" has the form of a user dataset's indicator id/,
      );
    expect(readdirSync(out)).toEqual([]);
  });

  it('gives every province code used by a fact a shape in china.topo.json', async () => {
    const topo = JSON.parse(readFileSync(join(a, 'china.topo.json'), 'utf8')) as {
      objects: Record<string, { geometries: { id: string }[] }>;
    };
    const shapes = new Set(topo.objects['provinces']?.geometries.map((g) => g.id));
    const used = await rowsOf(
      `SELECT DISTINCT left(region_code::VARCHAR, 2) || '0000' FROM mz.facts WHERE region_code IS NOT NULL`,
      join(a, 'facts.duckdb'),
    );
    expect(used.length).toBeGreaterThanOrEqual(25);
    for (const [code] of used) expect(shapes.has(String(code)), String(code)).toBe(true);
  });

  it('refuses bad data with file, line and column, and writes nothing', async () => {
    const dataDir = fresh();
    cpSync('data', dataDir, { recursive: true });
    const facts = readFileSync(join(dataDir, 'facts.csv'), 'utf8').split('\n');
    facts[3] = facts[3]!.replace(/,(exact|approx|more_than|at_least|at_most),/, ',roughly,');
    writeFileSync(join(dataDir, 'facts.csv'), facts.join('\n'));
    const out = fresh();
    const res = await buildData({ dataDir, outDir: out });
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.errors[0]).toMatch(
        /^data\/facts\.csv:4: column qualifier: "roughly" is not one of/,
      );
    expect(readdirSync(out)).toEqual([]);
  });
});
