import { describe, expect, it } from 'vitest';
import { parseValue, parseYear } from '../../src/lib/import';

const num = (raw: string) => {
  const v = parseValue(raw);
  return v.kind === 'number' ? v.value : v.kind;
};

describe('parseValue(raw)', () => {
  it('reads plain, signed, grouped and full-width numbers', () => {
    expect(num('2184.3')).toBe(2184.3);
    expect(num('-3.5')).toBe(-3.5);
    expect(num('−3.5')).toBe(-3.5);
    expect(num('1,234,567.8')).toBe(1234567.8);
    expect(num('１２３４')).toBe(1234);
    expect(num('1e3')).toBe(1000);
  });

  it('scales 万 and 亿 suffixes without float noise', () => {
    expect(num('1.1万')).toBe(11000);
    expect(num('3.4亿')).toBe(340000000);
    expect(num('2万亿')).toBe(2e12);
  });

  it('reads percentages and flags them', () => {
    expect(parseValue('12.5%')).toEqual({
      kind: 'number',
      value: 12.5,
      percent: true,
      footnote: false,
    });
  });

  it('strips footnote marks and says so', () => {
    expect(parseValue('1027[a]')).toMatchObject({ kind: 'number', value: 1027, footnote: true });
    expect(parseValue('364*')).toMatchObject({ kind: 'number', value: 364, footnote: true });
    expect(parseValue('①12')).toMatchObject({ kind: 'number', value: 12 });
  });

  it('reads placeholders as junk, never as zero', () => {
    for (const raw of ['…', '……', '—', '-', '--', 'NA', 'n/a', '?', '？', '#DIV/0!', '[b]'])
      expect(parseValue(raw).kind, raw).toBe('junk');
    expect(parseValue('').kind).toBe('empty');
    expect(parseValue('  ').kind).toBe('empty');
  });

  it('keeps formulas and words as text, flagging formulas', () => {
    expect(parseValue('=HYPERLINK("http://x","y")')).toMatchObject({ kind: 'text', formula: true });
    expect(parseValue('+SUM(A1:A2)')).toMatchObject({ kind: 'text', formula: true });
    expect(parseValue('@cmd')).toMatchObject({ kind: 'text', formula: true });
    expect(parseValue('约100')).toMatchObject({ kind: 'text', formula: false });
    expect(parseValue('<script>alert(1)</script>')).toMatchObject({ kind: 'text' });
  });
});

describe('parseYear(raw)', () => {
  it('reads the forms year headers take', () => {
    for (const raw of [
      '2022',
      '2022年',
      '2022 年',
      '2022年度',
      'Y2022',
      'FY2022',
      '２０２２年',
      '2O22年',
      '2022Y',
    ])
      expect(parseYear(raw), raw).toBe(2022);
  });

  it('rejects values and other numbers', () => {
    for (const raw of ['2184.3', '12', '20222', 'abc', '1800年', '2022-01-01'])
      expect(parseYear(raw), raw).toBeNull();
  });
});
