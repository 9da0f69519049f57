import { describe, expect, it } from 'vitest';
import { parsePeriod, parseYear } from '../../src/lib/import';
import { periodInText } from '../../src/lib/import/period';

const kind = (raw: string) => {
  const p = parsePeriod(raw);
  if (!p) return null;
  return p.kind === 'year' ? `year ${p.year}${p.wholeYear ? ' whole' : ''}` : `${p.unit} ${p.year}`;
};

describe('parsePeriod(raw)', () => {
  it('reads months in the forms tables write them', () => {
    for (const raw of [
      '2023年1月',
      '2023-03',
      '2023/3',
      '2023M03',
      '2023年12月份',
      'Jan 2023',
      '2023-Mar',
    ])
      expect(kind(raw), raw).toBe(raw.includes('2023') ? 'month 2023' : 'month null');
    expect(kind('3月')).toBe('month null');
    expect(kind('十二月')).toBe('month null');
  });

  it('reads quarters and halves, with or without a year', () => {
    expect(kind('2023Q1')).toBe('quarter 2023');
    expect(kind('Q1 2023')).toBe('quarter 2023');
    expect(kind('2023年第一季度')).toBe('quarter 2023');
    expect(kind('2023年一季度')).toBe('quarter 2023');
    expect(kind('一季度')).toBe('quarter null');
    expect(kind('第3季度')).toBe('quarter null');
    expect(kind('2023H1')).toBe('half 2023');
    expect(kind('2023年上半年')).toBe('half 2023');
  });

  it('reads year-to-date ranges as shorter than a year, unless they cover it', () => {
    expect(kind('2023年1-3月')).toBe('months 2023');
    expect(kind('2023年（1-6月）')).toBe('months 2023');
    expect(kind('2023年1-12月')).toBe('year 2023 whole');
    expect(kind('2023年(1-12月)')).toBe('year 2023 whole');
    expect(kind('2023年全年')).toBe('year 2023 whole');
  });

  it('reads dates (workbook date cells) as shorter than a year', () => {
    expect(kind('2023-01-01')).toBe('date 2023');
  });

  it('leaves values, ranges of years and names alone', () => {
    for (const raw of ['2184.3', '12', '1,234', '2021-22', '2023-13', '北京', '2023.03'])
      expect(parsePeriod(raw), raw).toBeNull();
  });
});

describe('parseYear(raw)', () => {
  it('never takes a month or quarter for its year', () => {
    for (const raw of ['2023年1月', '2023Q1', '2023年（1-3月）', '2023-03'])
      expect(parseYear(raw), raw).toBeNull();
    expect(parseYear('2022年(修订)')).toBe(2022);
  });
});

describe('periodInText(title)', () => {
  it('finds the one period a title names', () => {
    expect(periodInText('表3-12  2022年各州、市民族团结进步创建情况')).toEqual({
      kind: 'year',
      year: 2022,
      wholeYear: false,
    });
    expect(periodInText('2023年1-6月各地区情况')).toMatchObject({ kind: 'sub', unit: 'months' });
    expect(periodInText('2021—2022年各地区情况')).toBeNull();
    expect(periodInText('2021年和2022年对比')).toBeNull();
    expect(periodInText('各地区情况')).toBeNull();
  });
});
