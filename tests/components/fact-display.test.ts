import { describe, expect, it } from 'vitest';
import {
  indicatorText,
  isSafeUrl,
  kindBadge,
  periodText,
  regionText,
  reliabilityBadge,
  sortFacts,
  valueText,
} from '../../src/components/fact-display';
import { factRow } from './fixtures';

describe('periodText(period)', () => {
  it('prints a single year once', () => {
    expect(periodText({ period_start: 2023, period_end: 2023 })).toBe('2023');
  });
  it('prints a span with an en dash', () => {
    expect(periodText({ period_start: 2012, period_end: 2024 })).toBe('2012–2024');
  });
  it('prints an end-only period as its year', () => {
    expect(periodText({ period_start: null, period_end: 2020 })).toBe('2020');
  });
  it('prints a dash with the report date when there is no period', () => {
    expect(periodText({ period_start: null, period_end: null, date: '2019-09-27' })).toBe(
      '— (2019-09-27)',
    );
    expect(periodText({ period_start: null, period_end: null, date: null })).toBe('—');
  });
});

describe('valueText(v, lang)', () => {
  it('marks qualifiers with a symbol and spells them out in words', () => {
    expect(valueText({ value: 12, unit: '个', qualifier: 'approx' }, 'zh')).toEqual({
      text: '≈12个',
      words: '约12个',
    });
    expect(valueText({ value: 3.5e8, unit: '元', qualifier: 'at_least' }, 'zh')).toEqual({
      text: '≥3.5亿元',
      words: '不少于3.5亿元',
    });
    expect(valueText({ value: 40, unit: '人', qualifier: 'more_than' }, 'en')).toEqual({
      text: '>40 people',
      words: 'more than 40 people',
    });
    expect(valueText({ value: 7, unit: '所', qualifier: 'at_most' }, 'zh').text).toBe('≤7所');
  });
  it('leaves exact figures unmarked', () => {
    expect(valueText({ value: 12, unit: '个', qualifier: 'exact' }, 'zh')).toEqual({
      text: '12个',
      words: '',
    });
  });
  it('prints a unit outside the vocabulary as stored', () => {
    expect(valueText({ value: 5, unit: '头', qualifier: 'exact' }, 'zh').text).toBe('5头');
    expect(valueText({ value: 5, unit: '头', qualifier: 'exact' }, 'en').text).toBe('5 头');
  });
  it('says no data for a missing value, never 0', () => {
    expect(valueText({ value: null, unit: '个', qualifier: 'approx' }, 'zh').text).toBe('无数据');
  });
});

describe('isSafeUrl(url)', () => {
  it('accepts http and https', () => {
    expect(isSafeUrl('https://www.neac.gov.cn/a.html')).toBe(true);
    expect(isSafeUrl('http://example.org')).toBe(true);
  });
  it('rejects script, data and other schemes, relative paths and empties', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      '',
      null,
      undefined,
    ]) {
      expect(isSafeUrl(url), String(url)).toBe(false);
    }
  });
});

describe('kindBadge(kind, lang) and reliabilityBadge(reliability, lang)', () => {
  it('flags targets, cumulative stocks and policy parameters, not outturns', () => {
    expect(kindBadge('target', 'zh')?.label).toBe('目标');
    expect(kindBadge('cumulative', 'zh')?.label).toBe('累计');
    expect(kindBadge('policy', 'zh')?.label).toBe('政策参数');
    expect(kindBadge('outturn', 'zh')).toBeNull();
    expect(kindBadge('bogus', 'zh')).toBeNull();
  });
  it('flags reposts and low-reliability sources with text and a distinct mark', () => {
    const repost = reliabilityBadge('repost', 'zh');
    const low = reliabilityBadge('low', 'en');
    expect(repost?.label).toBe('转载');
    expect(low?.label).toBe('Low reliability');
    expect(repost?.mark).not.toBe(low?.mark);
    expect(reliabilityBadge('official', 'zh')).toBeNull();
    expect(reliabilityBadge(null, 'zh')).toBeNull();
  });
});

describe('regionText(row, lang) and indicatorText(row, lang)', () => {
  it('uses gazetteer names, falling back to the name as written', () => {
    expect(regionText(factRow(), 'zh')).toBe('云南省');
    expect(regionText(factRow(), 'en')).toBe('Yunnan');
    const uncoded = factRow({
      region_code: null,
      region_name: null,
      region_name_raw: '民族八省区',
    });
    expect(regionText(uncoded, 'en')).toBe('民族八省区');
  });
  it('falls back to the Chinese indicator name when English is blank', () => {
    expect(indicatorText(factRow({ indicator_name_en: ' ' }), 'en')).toBe('命名示范单位');
  });
});

describe('sortFacts(rows, column, dir, lang)', () => {
  const rows = [
    factRow({ fact_id: 'a', value: 5, period_start: 2012, period_end: 2020 }),
    factRow({ fact_id: 'b', value: 50, period_start: null, period_end: null }),
    factRow({ fact_id: 'c', value: 1, period_start: 2023, period_end: 2023 }),
  ];
  const ids = (r: { fact_id: string }[]): string[] => r.map((x) => x.fact_id);

  it('keeps the incoming order without a column and does not mutate', () => {
    expect(ids(sortFacts(rows, null, 'ascending', 'zh'))).toEqual(['a', 'b', 'c']);
    sortFacts(rows, 'value', 'descending', 'zh');
    expect(ids(rows)).toEqual(['a', 'b', 'c']);
  });
  it('sorts values numerically both ways', () => {
    expect(ids(sortFacts(rows, 'value', 'ascending', 'zh'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortFacts(rows, 'value', 'descending', 'zh'))).toEqual(['b', 'a', 'c']);
  });
  it('puts facts without a period last in either direction', () => {
    expect(ids(sortFacts(rows, 'period', 'ascending', 'zh'))).toEqual(['a', 'c', 'b']);
    expect(ids(sortFacts(rows, 'period', 'descending', 'zh'))).toEqual(['c', 'a', 'b']);
  });
});
