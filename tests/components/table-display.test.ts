import { describe, expect, it } from 'vitest';
import {
  measuredValueText,
  qualifierText,
  valueColumnLabel,
} from '../../src/components/table-display';

describe('measuredValueText(row, unit, measure, lang)', () => {
  it('says 无数据 / No data for a missing value, never 0', () => {
    const missing = { value: null, raw_value: null, qualifier: null };
    expect(measuredValueText(missing, '个', 'absolute', 'zh').text).toBe('无数据');
    expect(measuredValueText(missing, '个', 'share', 'en').text).toBe('No data');
  });
  it('says when a figure exists but the measure has no denominator', () => {
    const row = { value: null, raw_value: 12, qualifier: 'exact' };
    expect(measuredValueText(row, '个', 'per_10m', 'zh').text).toBe('无可用分母');
  });
  it('prints shares as percentages with their qualifier', () => {
    const row = { value: 0.123, raw_value: 12, qualifier: 'approx' };
    expect(measuredValueText(row, '个', 'share', 'zh')).toEqual({
      text: '≈12.3%',
      words: '约12.3%',
    });
  });
  it('prints absolute values with the unit', () => {
    const row = { value: 3657e4, raw_value: 3657e4, qualifier: 'exact' };
    expect(measuredValueText(row, '元', 'absolute', 'zh').text).toBe('3657万元');
  });
});

describe('valueColumnLabel(measure, lang) and qualifierText(q, lang)', () => {
  it('names the measure in the value header', () => {
    expect(valueColumnLabel('absolute', 'zh')).toBe('数值');
    expect(valueColumnLabel('per_10m', 'zh')).toBe('数值（每千万人）');
  });
  it('spells out qualifiers and leaves missing ones blank', () => {
    expect(qualifierText('more_than', 'zh')).toBe('超过');
    expect(qualifierText(null, 'zh')).toBe('');
  });
});
