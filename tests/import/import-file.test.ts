import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../scripts/gazetteer';
import { createResolver, type RegionResolver } from '../../src/lib/geo';
import {
  importCsvStream,
  importFile,
  type ImportOptions,
  type ImportResult,
  type LongRow,
} from '../../src/lib/import';

const DIR = new URL('../fixtures/import/', import.meta.url);
let resolver: RegionResolver;
let names: Map<string, string>;

beforeAll(() => {
  const regions = buildGazetteer();
  names = new Map(regions.map((r) => [r.code, r.name]));
  resolver = createResolver(regions, { toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }) });
});

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  resolver,
  regionName: (code) => names.get(code),
  ...extra,
});

function bytesOf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, DIR)));
}

async function load(name: string, extra?: Partial<ImportOptions>) {
  const result = await importFile({ name, bytes: bytesOf(name) }, options(extra));
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result;
}

async function failure(result: Promise<ImportResult>) {
  const r = await result;
  if (r.ok) throw new Error('expected an ImportError');
  return r.error;
}

const find = (table: LongRow[], code: string | null, year: number | null, indicator?: string) =>
  table.filter(
    (r) => r.region_code === code && r.year === year && (!indicator || r.indicator === indicator),
  );

describe('importFile(NBS portal export)', () => {
  for (const name of ['nbs-gbk-crlf.csv', 'nbs-gbk-lf.csv']) {
    it(`reads ${name}: GBK, metadata, padded names, 年 columns, footnotes`, async () => {
      const { table, report } = await load(name);
      expect(report.encoding).toMatchObject({ encoding: 'gb18030', source: 'detected' });
      expect(report.shape).toMatchObject({ kind: 'wide', nbs: true, blocks: 1 });
      expect(report.regions.matched).toBe(31);
      expect(report.regions.unmatched).toEqual([]);
      expect(report.years).toEqual([2018, 2019, 2020, 2021, 2022]);
      expect(report.indicators).toEqual(['年末常住人口']);
      expect(report.notes.database).toBe('分省年度数据');
      expect(report.notes.footnotes).toHaveLength(3);
      expect(report.notes.footnotes[1]).toContain('其中, 西藏');
      expect(table).toHaveLength(31 * 5);
      expect(find(table, '110000', 2022)[0]).toMatchObject({
        region_name: '北京市',
        value: 2184.3,
        unit: '万人',
        line: 5,
        column: 2,
      });
      // 西藏 2018 is `…`: missing, named, never zero.
      expect(find(table, '540000', 2018)[0]?.value).toBeNull();
      const junk = report.warnings.find((w) => w.code === 'junk_values');
      expect(junk).toMatchObject({ count: 1, cells: [{ line: 30, column: 6, text: '…' }] });
      expect(report.warnings.find((w) => w.code === 'footnote_marks')?.count).toBe(1);
      expect(find(table, '460000', 2020)[0]?.value).toBeTypeOf('number');
    });
  }
});

describe('importFile(other text shapes)', () => {
  it('reads UTF-8 with BOM: Y-prefixed years, grouped thousands, 全国 and 现役军人 kept out of the map', async () => {
    const { table, report } = await load('utf8-bom.csv');
    expect(report.encoding).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(report.years).toEqual([2019, 2020, 2021, 2022]);
    expect(report.regions).toMatchObject({
      matched: 3,
      national: ['全国'],
      nonRegions: ['现役军人'],
    });
    expect(find(table, null, 2022).map((r) => r.value)).toEqual([1688, 4]);
    expect(table.find((r) => r.region_name === '全国')?.region_level).toBe('national');
    expect(report.indicators).toEqual(['全国民族团结进步示范单位']);
    expect(table[0]?.unit).toBe('个');
    expect(report.warnings.find((w) => w.code === 'junk_values')?.count).toBe(2);
  });

  it('reads UTF-16 TSV in long form with a unit column', async () => {
    const { table, report } = await load('long-utf16.tsv');
    expect(report).toMatchObject({ delimiter: '\t', shape: { kind: 'long' }, rows: 12 });
    expect(report.encoding?.encoding).toBe('utf-16le');
    expect(find(table, '150000', 2022)[0]).toMatchObject({
      value: 2401,
      unit: '万人',
      indicator: '年末常住人口',
    });
  });

  it('reads a transposed table: regions across, years down', async () => {
    const { table, report } = await load('transposed.csv');
    expect(report.shape.kind).toBe('transposed');
    expect(report.years).toEqual([2020, 2021, 2022]);
    expect(find(table, '120000', 2022)[0]?.value).toBe(1363);
  });

  it('reads a two-row header: indicator labels over years, money in 元', async () => {
    const { table, report } = await load('two-row-header.csv');
    expect(report.shape).toMatchObject({ kind: 'wide', multiHeader: true });
    expect(report.indicators).toEqual(['年末常住人口', '地区生产总值']);
    expect(report.units).toEqual({ 年末常住人口: '万人', 地区生产总值: '元' });
    // 41,610.9 亿元: the schema stores money in 元.
    expect(find(table, '110000', 2022, '地区生产总值')[0]).toMatchObject({
      value: 4161090000000,
      unit: '元',
    });
    expect(report.warnings.find((w) => w.code === 'units_converted')).toMatchObject({
      count: 6,
      cells: [{ line: 3, column: 4, text: '地区生产总值: 亿元 → 元 ×100000000' }],
    });
    expect(find(table, '130000', 2021, '年末常住人口')[0]?.value).toBe(7448);
  });

  it('reads long English names, lists the unknown with suggestions', async () => {
    const { table, report } = await load('long-english.csv');
    expect(report.shape.kind).toBe('long');
    expect(find(table, '150000', 2022)[0]?.value).toBe(2401);
    expect(find(table, '450000', 2022)[0]?.source_name).toBe('Guangxi,');
    expect(find(table, '650000', 2022)).toHaveLength(1);
    expect(find(table, '540000', 2022)[0]?.value).toBeNull();
    expect(report.regions.national).toEqual(['National Total']);
    expect(report.regions.unmatched.map((u) => u.name)).toEqual(['Atlantis']);
    expect(report.regions.unmatched[0]?.suggestions.length).toBeGreaterThan(0);
  });

  it('applies the override map to unmatched names', async () => {
    const { table, report } = await load('long-english.csv', { overrides: { Atlantis: '460000' } });
    expect(report.regions.unmatched).toEqual([]);
    expect(find(table, '460000', 2022)[0]).toMatchObject({ value: 12, region_name: '海南省' });
  });

  it('splits stacked indicators into blocks', async () => {
    const { table, report } = await load('stacked.csv');
    expect(report.shape).toMatchObject({ kind: 'wide', blocks: 2, nbs: false });
    expect(report.indicators).toEqual(['年末常住人口', '少数民族人口']);
    expect(table).toHaveLength(2 * 5 * 2);
    expect(find(table, '110000', 2022, '少数民族人口')[0]?.value).toBeCloseTo(218.4, 1);
  });

  it('reads JSON and NDJSON records', async () => {
    const json = await load('data.json');
    expect(json.report).toMatchObject({ format: 'json', rows: 5, indicators: ['年末常住人口'] });
    const nd = await load('data.ndjson');
    expect(nd.report).toMatchObject({ format: 'ndjson', rows: 5, years: [2021] });
    expect(nd.report.regions.matched).toBe(5);
  });

  it('reads the same CSV from a byte stream with progress', async () => {
    const bytes = bytesOf('nbs-gbk-crlf.csv');
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let at = 0; at < bytes.length; at += 100) c.enqueue(bytes.slice(at, at + 100));
        c.close();
      },
    });
    const progress: number[] = [];
    const result = await importCsvStream(
      { name: 'nbs-gbk-crlf.csv', stream, size: bytes.length },
      options({ onProgress: (p) => progress.push(p.done) }),
    );
    const whole = await load('nbs-gbk-crlf.csv');
    expect(result.ok && result.table).toEqual(whole.table);
    expect(progress.at(-1)).toBe(bytes.length);
  });
});

describe('importFile(workbooks and Parquet)', () => {
  it('reads xlsx: skips the notes sheet and the watermark row, reads formulas as saved values, prefectures', async () => {
    const { table, report } = await load('workbook.xlsx');
    expect(report).toMatchObject({ format: 'xlsx', sheet: '数据', sheets: ['说明', '数据'] });
    expect(report.regions.matched).toBe(5);
    expect(find(table, '450100', 2022)[0]).toMatchObject({
      value: 15,
      unit: '个',
      line: 3,
      column: 3,
    });
    expect(find(table, '450300', 2022)[0]?.value).toBeNull();
    const codes = report.warnings.map((w) => w.code);
    expect(codes).toEqual(
      expect.arrayContaining(['watermark_rows', 'formula_cells', 'formula_text']),
    );
    expect(report.warnings.find((w) => w.code === 'formula_text')?.cells[0]?.text).toMatch(
      /^=HYPERLINK/,
    );
  });

  it('reads the sheet named, and names the sheets when it is missing', async () => {
    const notes = await importFile(
      { name: 'workbook.xlsx', bytes: bytesOf('workbook.xlsx') },
      options({ sheet: 'Nope' }),
    );
    expect(notes).toMatchObject({ ok: false, error: { code: 'sheet_not_found' } });
    expect(!notes.ok && notes.error.message).toContain('"说明", "数据"');
  });

  it('reads BIFF8 .xls with padded names', async () => {
    const { table, report } = await load('wps.xls');
    expect(report.format).toBe('xls');
    expect(find(table, '140000', 2022)[0]?.value).toBe(3481);
  });

  it('reads Parquet with region codes and a null value', async () => {
    const { table, report } = await load('data.parquet');
    expect(report.format).toBe('parquet');
    expect(table.map((r) => [r.region_code, r.value])).toEqual([
      ['110000', 2184.3],
      ['120000', 1363],
      ['150000', null],
    ]);
  });
});

describe('importFile(bad input)', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['truncated.parquet', 'parquet_invalid', {}],
    ['garbage.csv', 'binary', { line: 1 }],
    ['empty.csv', 'empty', {}],
    ['header-only.csv', 'no_table', { line: 1 }],
    ['columns-10000.csv', 'too_many_columns', { line: 1, column: 4097 }],
    ['bad.json', 'json_invalid', { line: 2 }],
  ];
  for (const [name, code, where] of cases)
    it(`refuses ${name} with ${code}`, async () => {
      const error = await failure(importFile({ name, bytes: bytesOf(name) }, options()));
      expect(error).toMatchObject({ code, file: name, ...where });
      expect(error.message.length).toBeGreaterThan(10);
    });

  it('keeps markup and formulas in cells and file names as text, and flags them', async () => {
    const name = '<script>alert(1)</script>.csv';
    const result = await importFile({ name, bytes: bytesOf('markup.csv') }, options());
    if (!result.ok) throw new Error(result.error.message);
    const { table, report } = result;
    expect(report.file).toBe(name);
    expect(find(table, '120000', 2021)[0]?.value).toBeNull();
    expect(find(table, '110000', 2021)[0]?.source_name).toBe('<b>北京市</b>');
    const codes = new Map(report.warnings.map((w) => [w.code, w]));
    expect(codes.get('markup_text')?.count).toBe(2);
    expect(codes.get('formula_text')?.cells.map((c) => c.text)).toEqual([
      '=HYPERLINK("http://example.com","click")',
      '+SUM(A1:A2)',
    ]);
  });

  it('refuses a 50 MB single line before holding it', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x78);
    const error = await failure(importFile({ name: 'line.csv', bytes }, options()));
    expect(error).toMatchObject({ code: 'line_too_long', line: 1, column: 1 });
  });

  it('refuses an input over the size limit before reading it', async () => {
    const error = await failure(
      importFile(
        { name: 'big.csv', bytes: new Uint8Array(2048) },
        options({ limits: { maxBytes: 1024 } }),
      ),
    );
    expect(error.code).toBe('too_large');
  });

  it('reports an unterminated quote with its line', async () => {
    const bytes = new TextEncoder().encode(
      '地区,2021年,2022年\n北京市,1,2\n"天津市,3,4\n河北省,5,6\n',
    );
    const error = await failure(importFile({ name: 'q.csv', bytes }, options()));
    expect(error).toMatchObject({ code: 'unterminated_quote', line: 3, column: 1 });
  });

  it('returns no_regions for a table without places', async () => {
    const bytes = new TextEncoder().encode('a,b\nfoo,1\nbar,2\n');
    expect(await failure(importFile({ name: 'n.csv', bytes }, options()))).toMatchObject({
      code: 'no_regions',
    });
  });

  it('never throws on random bytes under any extension', async () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    for (const ext of ['csv', 'tsv', 'xlsx', 'xls', 'parquet', 'json', 'ndjson', 'txt']) {
      for (let n = 0; n < 5; n++) {
        const bytes = new Uint8Array(64 + n * 97).map(rand);
        const result = await importFile({ name: `r.${ext}`, bytes }, options());
        expect(typeof result.ok).toBe('boolean');
      }
    }
  });
});
