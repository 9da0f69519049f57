import { beforeAll, describe, expect, it } from 'vitest';
import { cells, gazetteer, importer, ok, type Importer } from './helpers';

let load: Importer;
beforeAll(() => {
  load = importer(gazetteer());
});

const INDICATORS = [
  '民族团结进步示范单位',
  '民族团结进步示范单位/国家级',
  '培训宣讲/培训班次',
  '培训宣讲/受训人次',
];

describe('importFile(headers deeper than two rows)', () => {
  it('reads three-row-header.csv: indicator / sub-indicator / year', async () => {
    const r = await ok(load('three-row-header.csv'));
    expect(r.report.shape).toMatchObject({ kind: 'wide', multiHeader: true, blocks: 1 });
    expect(r.report.indicators).toEqual(INDICATORS);
    expect(r.report.units).toEqual({
      民族团结进步示范单位: '个',
      '民族团结进步示范单位/国家级': '个',
      '培训宣讲/培训班次': '期',
      '培训宣讲/受训人次': '人次',
    });
    expect(r.report.years).toEqual([2021, 2022]);
    expect(r.table).toHaveLength(5 * 8);
    expect(cells(r.table.filter((t) => t.region_code === '540000'))).toEqual([
      '540000 2021 民族团结进步示范单位 45 个',
      '540000 2022 民族团结进步示范单位 52 个',
      '540000 2021 民族团结进步示范单位/国家级 8 个',
      '540000 2022 民族团结进步示范单位/国家级 9 个',
      '540000 2021 培训宣讲/培训班次 150 期',
      '540000 2022 培训宣讲/培训班次 166 期',
      '540000 2021 培训宣讲/受训人次 6020 人次',
      '540000 2022 培训宣讲/受训人次 6710 人次',
    ]);
    expect(r.report.warnings.find((w) => w.code === 'header_levels_joined')?.cells).toEqual([
      { line: 2, column: 4, text: '民族团结进步示范单位/国家级' },
      { line: 2, column: 6, text: '培训宣讲/培训班次' },
      { line: 2, column: 8, text: '培训宣讲/受训人次' },
    ]);
  });

  it('reads the same table from merged cells in xlsx and ods, identically', async () => {
    const csv = await ok(load('three-row-header.csv'));
    const values = (t: typeof csv.table) =>
      t.map((r) => [r.region_code, r.year, r.indicator, r.value, r.unit]);
    for (const name of ['merged-header.xlsx', 'merged-header.ods']) {
      const r = await ok(load(name));
      expect(r.report.format).toBe(name.endsWith('ods') ? 'ods' : 'xlsx');
      // The merged title stays one cell: a title, not a header row.
      expect(r.report.notes.title).toBe('五个自治区民族团结进步创建情况');
      expect(r.report.indicators).toEqual(INDICATORS);
      expect(values(r.table)).toEqual(values(csv.table));
      // Sheet rows count the title: values start on row 5.
      expect(r.table[0]).toMatchObject({ line: 5, column: 2 });
    }
  });

  it('recognises ODS by its contents under another name', async () => {
    const { fixtureBytes } = await import('./helpers');
    const r = await ok(load('export.zip', fixtureBytes('merged-header.ods')));
    expect(r.report.format).toBe('ods');
  });

  it('reads a two-level header without years (yearbook style) under a named region column', async () => {
    const r = await ok(
      load(
        'y.csv',
        '时间：2022年\n地区,人口（万人）,,GDP（亿元）\n,合计,其中：城镇,\n北京,10,8,2\n天津,20,15,1.5\n',
      ),
    );
    expect(r.report.shape).toMatchObject({ kind: 'attributes', multiHeader: true });
    expect(cells(r.table)).toEqual([
      '110000 2022 人口 10 万人',
      '110000 2022 人口/城镇 8 万人',
      '110000 2022 GDP 200000000 元',
      '120000 2022 人口 20 万人',
      '120000 2022 人口/城镇 15 万人',
      '120000 2022 GDP 150000000 元',
    ]);
  });

  it('reads two label rows under the years, filling each level within its parent', async () => {
    const r = await ok(
      load(
        't.csv',
        '地区,2021年,,,2022年,,\n,人口,,GDP,人口,,GDP\n,合计,城镇,,合计,城镇,\n北京,1,2,3,4,5,6\n',
      ),
    );
    expect(cells(r.table)).toEqual([
      '110000 2021 人口 1 null',
      '110000 2021 人口/城镇 2 null',
      '110000 2021 GDP 3 null',
      '110000 2022 人口 4 null',
      '110000 2022 人口/城镇 5 null',
      '110000 2022 GDP 6 null',
    ]);
  });

  it('reads three label rows over the years, the top one a single label spanning the table', async () => {
    const r = await ok(
      load(
        'f.csv',
        '地区,创建,,,\n,示范单位,,,\n,国家级,,省级,\n,2021年,2022年,2021年,2022年\n北京,1,2,3,4\n',
      ),
    );
    expect(r.report.indicators).toEqual(['创建/示范单位/国家级', '创建/示范单位/省级']);
    expect(r.table.map((t) => t.value)).toEqual([1, 2, 3, 4]);
  });

  it('reads 全年 and 1-12月 under a year as that year, months under it as left out', async () => {
    const r = await ok(load('w.csv', '地区,2023年,,2022年\n,1月,全年,1-12月\n北京,1,40,41\n'));
    expect(cells(r.table)).toEqual(['110000 2023 w 40 null', '110000 2022 w 41 null']);
    expect(r.report.warnings.map((w) => [w.code, w.count])).toEqual([
      ['sub_year_periods', 1],
      ['whole_year_periods', 2],
    ]);
  });
});
