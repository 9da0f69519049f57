import { describe, expect, it } from 'vitest';
import { fillHeaderBand, readHeaderBand } from '../../src/lib/import/header';
import { normaliseUnit, splitUnit, unitLabelOf } from '../../src/lib/import/units';

describe('fillHeaderBand(rows, from)', () => {
  it('fills labels merged across, not labels merged down', () => {
    const rows = [
      ['地区', '常住人口（万人）', '', '地区生产总值（亿元）'],
      ['', '合计', '城镇', ''],
    ];
    expect(fillHeaderBand(rows, 1)).toEqual([
      ['地区', '常住人口（万人）', '常住人口（万人）', '地区生产总值（亿元）'],
      ['', '合计', '城镇', ''],
    ]);
  });

  it('fills a lower level only within its upper label', () => {
    const rows = [
      ['', 'A', '', '', 'B', ''],
      ['', 'a1', '', 'a2', '', ''],
    ];
    expect(fillHeaderBand(rows, 1)[1]).toEqual(['', 'a1', 'a1', 'a2', '', '']);
  });
});

describe('readHeaderBand(rows, from, cols)', () => {
  const band = [
    ['地区', '示范单位（个）', '', '', '', '培训宣讲', ''],
    ['', '合计', '', '其中：国家级', '', '培训班次（期）', '单位：人次'],
    ['', '2021年', '2022年', '2021年', '2022年', '2022年', '2022年'],
  ];

  it('joins levels, drops 合计 and 其中：, and keeps the deepest unit', () => {
    const columns = readHeaderBand(band, 1, [1, 2, 3, 5, 6]);
    expect(columns.map((c) => [c.indicator, c.unit, c.period])).toEqual([
      ['示范单位', '个', { kind: 'year', year: 2021, wholeYear: false }],
      ['示范单位', '个', { kind: 'year', year: 2022, wholeYear: false }],
      ['示范单位/国家级', '个', { kind: 'year', year: 2021, wholeYear: false }],
      ['培训宣讲/培训班次', '期', { kind: 'year', year: 2022, wholeYear: false }],
      ['培训宣讲', '人次', { kind: 'year', year: 2022, wholeYear: false }],
    ]);
    expect(columns[2]?.joinedCell).toEqual({ row: 1, col: 3, text: '示范单位/国家级' });
    expect(columns[0]?.joinedCell).toBeNull();
  });

  it('combines a year above with a month below into a month of that year', () => {
    const [column] = readHeaderBand(
      [
        ['地区', '2023年', ''],
        ['', '1月', '2月'],
      ],
      1,
      [2],
    );
    expect(column?.period).toEqual({ kind: 'sub', year: 2023, unit: 'month' });
    expect(column?.periodCell).toEqual({ row: 1, col: 2, text: '2月' });
  });
});

describe('units', () => {
  it('splits a unit off a header in brackets, after a slash or a comma', () => {
    expect(splitUnit('年末常住人口(万人)')).toEqual({ name: '年末常住人口', unit: '万人' });
    expect(splitUnit('GDP（单位：亿元）')).toEqual({ name: 'GDP', unit: '亿元' });
    expect(splitUnit('常住人口/万人')).toEqual({ name: '常住人口', unit: '万人' });
    expect(splitUnit('金额，万元')).toEqual({ name: '金额', unit: '万元' });
    expect(splitUnit('城镇/乡村')).toEqual({ name: '城镇/乡村', unit: null });
  });

  it('recognises cells that hold only a unit', () => {
    expect(unitLabelOf('单位：万元')).toBe('万元');
    expect(unitLabelOf('（万人）')).toBe('万人');
    expect(unitLabelOf('%')).toBe('%');
    expect(unitLabelOf('计量单位:千瓦时')).toBe('千瓦时');
    expect(unitLabelOf('城镇')).toBeNull();
  });

  it('brings money to 元 and leaves other units as written', () => {
    expect(normaliseUnit('亿元')).toEqual({ unit: '元', factor: 1e8 });
    expect(normaliseUnit('人民币万元')).toEqual({ unit: '元', factor: 1e4 });
    expect(normaliseUnit('元')).toEqual({ unit: '元', factor: 1 });
    expect(normaliseUnit('美元')).toEqual({ unit: '美元', factor: 1 });
    expect(normaliseUnit('万人')).toEqual({ unit: '万人', factor: 1 });
    expect(normaliseUnit(null)).toEqual({ unit: null, factor: 1 });
  });
});
