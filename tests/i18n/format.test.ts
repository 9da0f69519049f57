import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../src/lib/i18n';

const zh = createFormatters('zh');
const en = createFormatters('en');

describe("createFormatters('zh').compact(v)", () => {
  it('uses 万 and 亿 as Node’s ICU prints them', () => {
    expect(zh.compact(12000)).toBe('1.2万');
    expect(zh.compact(350_000_000)).toBe('3.5亿');
    expect(zh.compact(36_570_000)).toBe('3657万');
    expect(zh.compact(1234)).toBe('1234');
  });

  it('never prints -0', () => {
    expect(zh.compact(-0)).toBe('0');
    expect(zh.number(-0.001)).toBe('0');
  });
});

describe("createFormatters('zh').money(v)", () => {
  it('scales 元 to 万元 and 亿元', () => {
    expect(zh.money(36_570_000)).toBe('3657万元');
    expect(zh.money(7_400_000_000)).toBe('74亿元');
    expect(zh.money(2_500_000_000_000)).toBe('2.5万亿元');
  });

  it('keeps small amounts in 元', () => {
    expect(zh.money(8500)).toBe('8,500元');
    expect(zh.money(12.5)).toBe('12.5元');
  });

  it('keeps four significant digits without float noise', () => {
    expect(zh.money(36_569_999.99)).toBe('3657万元');
    expect(zh.money(123_456_789)).toBe('1.235亿元');
    expect(zh.money(0.1 * 3 * 1e8)).toBe('3000万元');
  });

  it('moves to the next unit when rounding reaches it', () => {
    expect(zh.money(99_995_000)).toBe('1亿元');
  });

  it('signs negative amounts', () => {
    expect(zh.money(-36_570_000)).toBe('-3657万元');
  });
});

describe("createFormatters('en').money(v)", () => {
  it('uses millions and billions of yuan', () => {
    expect(en.money(36_570_000)).toBe('36.57 million yuan');
    expect(en.money(7.4e9)).toBe('7.4 billion yuan');
  });

  it('groups amounts under a million', () => {
    expect(en.money(123_456)).toBe('123,456 yuan');
  });
});

describe('createFormatters(lang).number(v)', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(en.number(1_234_567.891)).toBe('1,234,567.89');
    expect(zh.number(1_234_567)).toBe('1,234,567');
  });

  it('shows missing values as no data', () => {
    expect(zh.number(null)).toBe('无数据');
    expect(en.number(undefined)).toBe('No data');
    expect(en.money(Number.NaN)).toBe('No data');
    expect(zh.percent(Number.POSITIVE_INFINITY)).toBe('无数据');
  });
});

describe('createFormatters(lang).percent(v)', () => {
  it('takes values already in % units', () => {
    expect(zh.percent(97.7)).toBe('97.7%');
    expect(en.percent(100)).toBe('100%');
  });
});

describe('createFormatters(lang).value(v, unit)', () => {
  it('routes 元 to money and % to percent', () => {
    expect(zh.value(36_570_000, '元')).toBe('3657万元');
    expect(en.value(97.7, '%')).toBe('97.7%');
  });

  it('appends the zh unit without a space', () => {
    expect(zh.value(1234, '人次')).toBe('1,234人次');
  });

  it('translates and pluralises English units', () => {
    expect(en.value(1234, '人次')).toBe('1,234 person-times');
    expect(en.value(1, '户')).toBe('1 household');
    expect(en.value(56, '个')).toBe('56');
  });

  it('expands 万人次 into whole person-times in English', () => {
    expect(en.value(3.5, '万人次')).toBe('35,000 person-times');
    expect(en.value(1.1, '万人次')).toBe('11,000 person-times');
    expect(zh.value(3.5, '万人次')).toBe('3.5万人次');
  });
});

describe('createFormatters(lang).withQualifier(text, qualifier, style)', () => {
  it('uses words by default', () => {
    expect(zh.withQualifier('3657万元', 'more_than')).toBe('超过3657万元');
    expect(zh.withQualifier('3657万元', 'approx')).toBe('约3657万元');
    expect(zh.withQualifier('80个', 'at_least')).toBe('不少于80个');
    expect(en.withQualifier('36.57 million yuan', 'more_than')).toBe(
      'more than 36.57 million yuan',
    );
    expect(en.withQualifier('80', 'at_most')).toBe('at most 80');
  });

  it('uses symbols on request', () => {
    expect(zh.withQualifier('80', 'more_than', 'symbol')).toBe('>80');
    expect(en.withQualifier('80', 'at_least', 'symbol')).toBe('≥80');
    expect(en.withQualifier('80', 'approx', 'symbol')).toBe('≈80');
    expect(zh.withQualifier('80', 'at_most', 'symbol')).toBe('≤80');
  });

  it('leaves exact figures alone', () => {
    expect(en.withQualifier('80', 'exact', 'symbol')).toBe('80');
  });
});
