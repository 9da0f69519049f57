import { DuckDBInstance } from '@duckdb/node-api';
import * as OpenCC from 'opencc-js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import { createResolver, type RegionResolver } from '../../src/lib/geo';
import {
  importFile,
  importParquetStream,
  type ImportOptions,
  type StagedRow,
} from '../../src/lib/import';
import { openParquet } from '../../src/lib/import/parquet';

let resolver: RegionResolver;
let names: Map<string, string>;
let dir: string;
const options = (): ImportOptions => ({ resolver, regionName: (code) => names.get(code) });

/**
 * Fixtures made here, deterministically, by DuckDB: 2048-row groups (DuckDB's smallest),
 * and the same table as CSV, which goes through the whole-file path for comparison.
 */
async function write(name: string, select: string): Promise<{ parquet: string; csv: string }> {
  const parquet = join(dir, `${name}.parquet`);
  const csv = join(dir, `${name}.csv`);
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`CREATE TABLE t AS ${select}`);
  await conn.run(`COPY t TO '${parquet}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`);
  await conn.run(`COPY t TO '${csv}' (HEADER)`);
  conn.closeSync();
  db.closeSync();
  return { parquet, csv };
}

/** Provinces × years × indicators, long; every 97th value missing. 10,850 rows, 6 row groups. */
const LONG = `SELECT p.name AS 地区, 1975 + y AS 年份, '指标' || k AS 指标,
    CASE WHEN (y * 7 + k) % 97 = 0 THEN NULL ELSE (y * 31 + k) + 0.5 END AS 数值
  FROM (SELECT unnest(?) AS name) p, range(50) r(y), range(7) s(k)
  ORDER BY k, p.name, y`;

async function longFixture(name: string) {
  const provinces = buildGazetteer()
    .filter((r) => r.level === 'province')
    .slice(0, 31)
    .map((r) => `'${r.name}'`);
  return write(name, LONG.replace('?', `[${provinces.join(', ')}]`));
}

/** Streams a file, recording batches, progress and how many batches were in flight at once. */
async function stream(
  path: string,
  hold?: (batch: number) => Promise<void>,
  onEvent?: (event: string) => void,
) {
  const batches: StagedRow[][] = [];
  const progress: number[] = [];
  const events: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const result = await importParquetStream(
    { name: 'f.parquet', source: new Blob([readFileSync(path)]) },
    {
      ...options(),
      onProgress: (p) => {
        progress.push(p.done);
        events.push(`group ${p.done}`);
        onEvent?.(`group ${p.done}`);
      },
      onRows: async (rows) => {
        const k = batches.push(rows) - 1;
        events.push(`batch ${k} start`);
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        await hold?.(k);
        inFlight--;
        events.push(`batch ${k} done`);
      },
    },
  );
  return { result, batches, progress, events, maxInFlight };
}

beforeAll(() => {
  const regions = buildGazetteer();
  names = new Map(regions.map((r) => [r.code, r.name]));
  resolver = createResolver(regions, { toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }) });
  dir = mkdtempSync(join(tmpdir(), 'mz-parquet-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importParquetStream(multi-row-group file)', () => {
  it('reads every row group into the same long table and report as the whole-file CSV path', async () => {
    const { parquet, csv } = await longFixture('long');
    const info = await openParquet(new Blob([readFileSync(parquet)]), 'long.parquet', {
      maxColumns: 10,
    });
    expect(info.ok && info.value.rowGroups.length).toBeGreaterThanOrEqual(5);
    const { result, batches, progress } = await stream(parquet);
    if (!result.ok) throw new Error(result.error.message);
    const whole = await importFile(
      { name: 'f.csv', bytes: new Uint8Array(readFileSync(csv)) },
      options(),
    );
    if (!whole.ok) throw new Error(whole.error.message);
    const staged = batches.flat();
    expect(staged).toHaveLength(10_850);
    expect(staged.map((r) => r.row)).toEqual(whole.table.map((_, i) => i));
    const regions = new Map(result.regions.map((r) => [r.source_name, r]));
    const rebuilt = staged.map((r) => ({
      ...regions.get(r.source_name)!,
      year: r.year,
      indicator: r.indicator,
      value: r.value,
      unit: r.unit,
      source_name: r.source_name,
      line: r.line,
      column: r.column,
    }));
    expect(rebuilt).toEqual(whole.table);
    const { format, encoding, delimiter, ...report } = result.report;
    const { format: f2, encoding: e2, delimiter: d2, ...expected } = whole.report;
    expect([format, encoding, delimiter, f2, d2]).toEqual(['parquet', null, null, 'csv', ',']);
    expect(e2).not.toBeNull();
    expect({ ...report, file: 'f' }).toEqual({ ...expected, file: 'f' });
    expect(report.regions.matched).toBe(31);
    expect(report.warnings.find((w) => w.code === 'empty_values')?.count).toBe(
      staged.filter((r) => r.value === null).length,
    );
    // Progress counts row groups: 0 before the first, then one step per group.
    const count = info.ok ? info.value.rowGroups.length : 0;
    expect(progress).toEqual(Array.from({ length: count + 1 }, (_, i) => i));
  });

  it('decodes row group k+1 while batch k is being taken, with one batch in flight at most', async () => {
    const { parquet } = await longFixture('overlap');
    let release: (() => void) | null = null;
    // Batch 0 is held until the second row group has been decoded.
    const { result, events, maxInFlight } = await stream(
      parquet,
      (k) => (k === 0 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()),
      (event) => {
        if (event === 'group 2') release?.();
      },
    );
    expect(result.ok).toBe(true);
    expect(release).not.toBeNull();
    expect(maxInFlight).toBe(1);
    // Group 2 was decoded while batch 0 was still being taken: decode and insert overlapped.
    expect(events.indexOf('batch 0 start')).toBeLessThan(events.indexOf('group 2'));
    expect(events.indexOf('group 2')).toBeLessThan(events.indexOf('batch 0 done'));
    expect(events.indexOf('batch 0 done')).toBeLessThan(events.indexOf('batch 1 start'));
  });
});

describe('importParquetStream(damaged file)', () => {
  it('refuses a truncated file before decoding anything', async () => {
    const { parquet } = await longFixture('cut');
    const bytes = readFileSync(parquet);
    const cut = join(dir, 'cut-half.parquet');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const { result, batches } = await stream(cut);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'parquet_invalid', file: 'f.parquet' },
    });
    expect(!result.ok && result.error.message).toMatch(/truncated/);
    expect(batches).toEqual([]);
  });

  it('names the damaged middle row group and its rows, after the batches before it', async () => {
    const { parquet } = await longFixture('corrupt');
    const bytes = new Uint8Array(readFileSync(parquet));
    const info = await openParquet(bytes, 'x', { maxColumns: 10 });
    if (!info.ok) throw new Error('fixture');
    const groups = info.value.rowGroups;
    const middle = Math.floor(groups.length / 2);
    // Overwrite the value column's chunk in the middle row group with garbage.
    const meta = info.value.metadata.row_groups[middle]!.columns[3]!.meta_data!;
    const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
    bytes.fill(0xff, start, start + Number(meta.total_compressed_size));
    const damaged = join(dir, 'corrupt-middle.parquet');
    writeFileSync(damaged, bytes);
    const { result, batches } = await stream(damaged);
    if (result.ok) throw new Error('a damaged row group was read');
    const g = groups[middle]!;
    expect(result.error).toMatchObject({ code: 'parquet_invalid', file: 'f.parquet' });
    expect(result.error.message).toContain(
      `row group ${middle + 1} of ${groups.length} (rows ${g.firstRow + 1}–${g.firstRow + g.rows})`,
    );
    // Only the groups before it were handed over (the caller drops them).
    expect(batches.flat().length).toBe(g.firstRow);
  });
});
