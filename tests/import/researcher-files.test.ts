import { beforeAll, describe, expect, it } from 'vitest';
import { cells, gazetteer, importer, ok, type Importer } from './helpers';

let load: Importer;
beforeAll(() => {
  load = importer(gazetteer());
});

const codes = (r: Awaited<ReturnType<typeof ok>>) => r.report.warnings.map((w) => w.code);

describe('importFile(a researcher’s files)', () => {
  it('reads a GBK yearbook table of prefectures: numbered title, two-level header, footnotes', async () => {
    const r = await ok(load('yearbook-gbk.csv'));
    expect(r.report.encoding).toMatchObject({ encoding: 'gb18030' });
    expect(r.report.shape).toMatchObject({ kind: 'attributes', multiHeader: true });
    expect(r.report.notes.title).toBe('表3-12  2022年各州、市民族团结进步创建情况');
    expect(r.report.notes.footnotes).toHaveLength(3);
    expect(r.report.regions).toMatchObject({
      matched: 16,
      unmatched: [],
      aggregates: ['全省'],
      levels: { province: 0, prefecture: 16, county: 0 },
    });
    expect(r.report.years).toEqual([2022]);
    expect(r.report.units).toEqual({
      '示范区（单位）数': '个',
      '示范区（单位）数/国家级': '个',
      '示范区（单位）数/省级': '个',
      创建资金: '元',
      '创建资金/中央补助': '元',
    });
    expect(cells(r.table.filter((t) => t.region_code === '532300'))).toEqual([
      '532300 2022 示范区（单位）数 36 个',
      '532300 2022 示范区（单位）数/国家级 5 个',
      '532300 2022 示范区（单位）数/省级 18 个',
      '532300 2022 创建资金 30500000 元',
      '532300 2022 创建资金/中央补助 8200000 元',
    ]);
    // What was guessed is said: the year (from the title), the money (万元 → 元), the joined labels.
    expect(codes(r)).toEqual(
      expect.arrayContaining(['year_from_title', 'units_converted', 'header_levels_joined']),
    );
    expect(r.report.warnings.find((w) => w.code === 'junk_values')?.cells).toEqual([
      { line: 10, column: 6, text: '—' },
    ]);
  });

  it('reads an xlsx with a merged title, a 单位：万元 line and a 合计 row', async () => {
    const r = await ok(load('title-unit-total.xlsx'));
    expect(r.report.sheet).toBe('资金');
    expect(r.report.notes).toMatchObject({
      title: '2022年广西各市民族团结进步创建资金投入情况',
      unit: '元',
      footnotes: ['注：市级配套含县级投入。'],
    });
    expect(r.report.regions).toMatchObject({ matched: 6, aggregates: ['合计'] });
    expect(r.report.indicators).toEqual(['中央财政', '自治区财政', '市级配套', '合计']);
    expect(Object.values(r.report.units)).toEqual(['元', '元', '元', '元']);
    expect(cells(r.table.filter((t) => t.region_code === '451000'))).toEqual([
      '451000 2022 中央财政 9500000 元',
      '451000 2022 自治区财政 5200000 元',
      '451000 2022 市级配套 3000000 元',
      '451000 2022 合计 17700000 元',
    ]);
    const total = r.table.filter((t) => t.source_name === '合计');
    expect(total.every((t) => t.region_code === null && t.region_level === null)).toBe(true);
    expect(r.report.warnings.find((w) => w.code === 'units_converted')).toMatchObject({
      count: 28,
      cells: expect.arrayContaining([{ line: 4, column: 2, text: '中央财政: 万元 → 元 ×10000' }]),
    });
    expect(codes(r)).toContain('year_from_title');
  });

  it('reads a CSV with 万人 and 亿元 in its headers: people as written, money in 元', async () => {
    const r = await ok(load('units-in-header.csv'));
    expect(r.report.shape.kind).toBe('long');
    expect(r.report.units).toEqual({
      常住人口: '万人',
      少数民族人口: '万人',
      地区生产总值: '元',
      民族地区转移支付: '元',
      居民人均可支配收入: '元',
    });
    expect(cells(r.table.filter((t) => t.region_code === '450000' && t.year === 2022))).toEqual([
      '450000 2022 常住人口 5047 万人',
      '450000 2022 少数民族人口 1925.8 万人',
      '450000 2022 地区生产总值 2630090000000 元',
      '450000 2022 民族地区转移支付 12870000000 元',
      '450000 2022 居民人均可支配收入 27981 元',
    ]);
    expect(r.report.warnings).toEqual([
      expect.objectContaining({
        code: 'units_converted',
        count: 12,
        cells: [
          { line: 2, column: 5, text: '地区生产总值: 亿元 → 元 ×100000000' },
          { line: 2, column: 6, text: '民族地区转移支付: 亿元 → 元 ×100000000' },
        ],
      }),
    ]);
  });
});
