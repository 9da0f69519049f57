import { DuckDBInstance } from '@duckdb/node-api';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/import';
const tmp = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

describe('scripts/import.ts FILE --json', () => {
  it('prints one JSON object and nothing else on stdout', async () => {
    const { stdout } = await cli(`${FIXTURES}/nbs-gbk-crlf.csv`, '--json');
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      encoding: 'gb18030',
      shape: { kind: 'wide', nbs: true },
      rows: 155,
      regions: { matched: 31, unmatched: [] },
      years: [2018, 2019, 2020, 2021, 2022],
      indicators: ['年末常住人口'],
    });
    expect(Array.isArray(report.warnings)).toBe(true);
  });

  it('writes the canonical long table as Parquet with --out', async () => {
    const out = join(tmp, 'out.parquet');
    await cli(`${FIXTURES}/utf8-bom.csv`, '--json', '--out', out);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const path = out.replaceAll("'", "''");
    const columns = await conn.runAndReadAll(`DESCRIBE SELECT * FROM '${path}'`);
    expect(columns.getRowObjectsJson().map((r) => `${r.column_name} ${r.column_type}`)).toEqual([
      'region_code VARCHAR',
      'region_name VARCHAR',
      'year INTEGER',
      'indicator VARCHAR',
      'value DOUBLE',
      'unit VARCHAR',
    ]);
    const nulls = await conn.runAndReadAll(
      `SELECT count(*) FILTER (value IS NULL) AS missing, count(*) FILTER (region_code IS NULL) AS uncoded, count(*) AS n FROM '${path}'`,
    );
    expect(nulls.getRowObjectsJson()[0]).toEqual({ missing: '2', uncoded: '8', n: '20' });
    conn.closeSync();
    db.closeSync();
  });

  it('reads the sheet named with --sheet', async () => {
    const { stdout } = await cli(`${FIXTURES}/workbook.xlsx`, '--json', '--sheet', '数据');
    expect(JSON.parse(stdout)).toMatchObject({ sheet: '数据', regions: { matched: 5 } });
  });

  it('fails with file:line:column on stderr and a non-zero exit', async () => {
    const error = (await cli(`${FIXTURES}/columns-10000.csv`, '--json').catch(
      (e: unknown) => e,
    )) as {
      code: number;
      stdout: string;
      stderr: string;
    };
    expect(error.code).toBe(1);
    expect(error.stdout).toBe('');
    expect(error.stderr).toMatch(/columns-10000\.csv:1:4097: More than 4096 columns/);
  });

  it('names the quarters of a table it cannot import, on stderr', async () => {
    const error = (await cli(`${FIXTURES}/quarterly.csv`, '--json').catch((e: unknown) => e)) as {
      code: number;
      stdout: string;
      stderr: string;
    };
    expect(error.code).toBe(1);
    expect(error.stdout).toBe('');
    expect(error.stderr).toMatch(
      /quarterly\.csv:1:2: Every value column is a month, quarter or date \(2023Q1, 2023Q2, 2023年第三季度, 四季度\)/,
    );
  });

  it('reads an ODS workbook like its xlsx twin', async () => {
    const [ods, xlsx] = await Promise.all(
      ['merged-header.ods', 'merged-header.xlsx'].map(async (f) => {
        const { stdout } = await cli(`${FIXTURES}/${f}`, '--json');
        return JSON.parse(stdout) as Record<string, unknown>;
      }),
    );
    expect(ods).toMatchObject({
      format: 'ods',
      shape: { kind: 'wide', multiHeader: true },
      rows: 40,
    });
    expect(ods?.indicators).toEqual(xlsx?.indicators);
    expect(ods?.units).toEqual(xlsx?.units);
  });

  it('keeps provinces and their cities apart, in the summary and the Parquet', async () => {
    const out = join(tmp, 'nested.parquet');
    const { stdout } = await cli(`${FIXTURES}/province-cities.csv`, '--json', '--out', out);
    expect(JSON.parse(stdout)).toMatchObject({
      regions: {
        levels: { province: 5, prefecture: 11, county: 4 },
        aggregates: ['其中：民族自治地方'],
      },
    });
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const rows = await conn.runAndReadAll(
      `SELECT region_code, region_name FROM '${out.replaceAll("'", "''")}' WHERE region_name = '城关区' OR region_code IS NULL ORDER BY region_code NULLS FIRST, region_name`,
    );
    expect(rows.getRowObjectsJson()).toEqual([
      { region_code: null, region_name: '全国' },
      { region_code: null, region_name: '民族自治地方' },
      { region_code: '540102', region_name: '城关区' },
      { region_code: '620102', region_name: '城关区' },
    ]);
    conn.closeSync();
    db.closeSync();
  });

  it('writes money in 元 and people as written', async () => {
    const out = join(tmp, 'units.parquet');
    await cli(`${FIXTURES}/units-in-header.csv`, '--json', '--out', out);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const rows = await conn.runAndReadAll(
      `SELECT indicator, unit, value FROM '${out.replaceAll("'", "''")}' WHERE region_code = '520000' AND year = 2022 ORDER BY indicator`,
    );
    expect(rows.getRowObjectsJson()).toEqual([
      { indicator: '地区生产总值', unit: '元', value: 2016460000000 },
      { indicator: '少数民族人口', unit: '万人', value: 1409.9 },
      { indicator: '居民人均可支配收入', unit: '元', value: 25508 },
      { indicator: '常住人口', unit: '万人', value: 3856 },
      { indicator: '民族地区转移支付', unit: '元', value: 9250000000 },
    ]);
    conn.closeSync();
    db.closeSync();
  });
});
