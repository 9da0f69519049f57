import { describe, expect, it } from 'vitest';
import { decimalEvidence, parseValue, parseYear } from '../../src/lib/import';

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

describe('parseValue(raw, mark)', () => {
  const read = (raw: string, mark: '.' | ',') => {
    const v = parseValue(raw, mark);
    return v.kind === 'number' ? v.value : v.kind;
  };

  it('reads cells that go either way with the mark it is given', () => {
    expect(read('1,234', '.')).toBe(1234);
    expect(read('1,234', ',')).toBe(1.234);
    expect(read('1.234', '.')).toBe(1.234);
    expect(read('1.234', ',')).toBe(1234);
  });

  it('reads cells that go one way only that way, whatever the mark', () => {
    for (const mark of ['.', ','] as const) {
      expect(read('1.234,5', mark)).toBe(1234.5);
      expect(read('12,5', mark)).toBe(12.5);
      expect(read('0,123', mark)).toBe(0.123);
      expect(read('1.234.567', mark)).toBe(1234567);
      expect(read('1,234,567', mark)).toBe(1234567);
      expect(read('1,234.5', mark)).toBe(1234.5);
      expect(read('12.5', mark)).toBe(12.5);
      expect(read('1 234,5', mark)).toBe(1234.5);
    }
  });

  it('keeps percent and 万 with a decimal comma', () => {
    expect(parseValue('87,6%', ',')).toMatchObject({ kind: 'number', value: 87.6, percent: true });
    expect(read('1,5万', ',')).toBe(15000);
  });

  it('reads accounting negatives, every minus sign and full-width forms', () => {
    expect(num('(1,234)')).toBe(-1234);
    expect(num('（1,234）')).toBe(-1234);
    expect(num('(5)')).toBe(-5);
    expect(num('(1,234)[a]')).toBe(-1234);
    expect(num('−12.5')).toBe(-12.5);
    expect(num('－12.5')).toBe(-12.5);
    expect(num('﹣3')).toBe(-3);
    expect(num('＋５')).toBe(5);
    expect(num('１，２３４．５')).toBe(1234.5);
    expect(num('（５６）')).toBe(-56);
    expect(num('1\u00a0234')).toBe(1234);
    expect(read('(1.025)', ',')).toBe(-1025);
  });

  it('still takes a one-character note after a number for a footnote', () => {
    expect(parseValue('12(1)')).toMatchObject({ kind: 'number', value: 12, footnote: true });
    expect(parseValue('(-5)').kind).toBe('text');
  });
});

describe('decimalEvidence(raw)', () => {
  it('says what a cell proves about the decimal mark', () => {
    expect(decimalEvidence('12,5')).toBe('comma');
    expect(decimalEvidence('1.234,5')).toBe('comma');
    expect(decimalEvidence('(1.234.567)')).toBe('comma');
    expect(decimalEvidence('12.5')).toBe('point');
    expect(decimalEvidence('1,234,567')).toBe('point');
    expect(decimalEvidence('87,6%')).toBe('comma');
    expect(decimalEvidence('1,234')).toBe('either');
    expect(decimalEvidence('1.234')).toBe('either');
    for (const raw of ['12', '—', '北京', '1 234', '=A1,2'])
      expect(decimalEvidence(raw), raw).toBeNull();
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
