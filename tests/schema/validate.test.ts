import { describe, expect, it } from 'vitest';
import { parseCsv, validateData, formatIssue, type DataInputs } from '../../src/lib/schema';

const FACT_HEADER =
  'fact_id,theme,indicator_id,region_code,region_name_raw,region_level,period_start,period_end,date,value,unit,qualifier,kind,batch,unit_type,source_id,also_source_ids,conflict_group,evidence,notes';
const GOOD_FACT =
  'N0001,coverage,demo_units_named,530000,云南省,province,2023,2023,2023-01-17,16,个,exact,outturn,10,all,src-1,src-2,,云南16个,';

function inputs(
  factLines: string[],
  overrides: Partial<Record<'indicators' | 'sources', string>> = {},
): DataInputs {
  return {
    facts: parseCsv('data/facts.csv', [FACT_HEADER, ...factLines].join('\n')),
    indicators: parseCsv(
      'data/indicators.csv',
      overrides.indicators ??
        'indicator_id,theme,name_zh,name_en,unit,definition,comparable,additive\ndemo_units_named,coverage,示范区示范单位命名数,Units named,个,Named units,true,true',
    ),
    sources: parseCsv(
      'data/sources.csv',
      overrides.sources ??
        'source_id,title,publisher,date,url,language,reliability,notes\nsrc-1,T,P,2023-01-17,https://example.org/a,zh-Hans,official,\nsrc-2,T2,P2,,https://example.org/b,zh-Hant,repost,mirror',
    ),
    population: parseCsv(
      'data/population-2020.csv',
      'region_code,year,population,source_id\n530000,2020,47209277,src-1',
    ),
    regionCodes: new Set(['530000', '532300']),
  };
}

function issuesOf(lines: string[]) {
  const r = validateData(inputs(lines));
  return r.ok ? [] : r.issues.map(formatIssue);
}

describe('validateData(inputs)', () => {
  it('accepts a well-formed fact and links its primary and corroborating sources', () => {
    const r = validateData(inputs([GOOD_FACT]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.facts[0]).toMatchObject({
      fact_id: 'N0001',
      value: 16,
      batch: 10,
      region_code: '530000',
    });
    expect(r.data.factSources).toEqual([
      { fact_id: 'N0001', source_id: 'src-1', is_primary: true },
      { fact_id: 'N0001', source_id: 'src-2', is_primary: false },
    ]);
  });

  it('names file, line and column of a fact without a source', () => {
    expect(issuesOf([GOOD_FACT.replace(',src-1,src-2,', ',,,')])).toContain(
      'data/facts.csv:2: column source_id: is empty',
    );
  });

  it('rejects an unknown region code', () => {
    expect(issuesOf([GOOD_FACT.replace('530000', '539999')])).toContain(
      'data/facts.csv:2: column region_code: unknown region code "539999" (not in the GB/T 2260 gazetteer)',
    );
  });

  it('rejects themes, units and qualifiers outside the schema', () => {
    const bad = GOOD_FACT.replace('coverage', 'sports').replace(',个,exact,', ',只,roughly,');
    const issues = issuesOf([bad]);
    expect(issues.some((i) => i.includes('column theme: "sports" is not one of'))).toBe(true);
    expect(issues.some((i) => i.includes('column unit: "只" is not one of'))).toBe(true);
    expect(issues.some((i) => i.includes('column qualifier: "roughly" is not one of'))).toBe(true);
  });

  it('rejects duplicate ids and points at the second occurrence', () => {
    expect(issuesOf([GOOD_FACT, GOOD_FACT])).toContain(
      'data/facts.csv:3: column fact_id: duplicate id "N0001" (first on line 2)',
    );
  });

  it('rejects non-finite values', () => {
    for (const v of ['NaN', 'Infinity', 'abc', '']) {
      const issues = issuesOf([GOOD_FACT.replace(',16,个,', `,${v},个,`)]);
      expect(issues.some((i) => i.includes('column value:'))).toBe(true);
    }
  });

  it('rejects a province fact without a code, a reversed period and an unknown corroborating source', () => {
    const issues = issuesOf([
      GOOD_FACT.replace('530000', ''),
      GOOD_FACT.replace('N0001', 'N0002').replace('2023,2023', '2023,2020'),
      GOOD_FACT.replace('N0001', 'N0003').replace('src-2', 'src-9'),
    ]);
    expect(issues).toContain(
      'data/facts.csv:2: column region_code: a province fact needs a region code',
    );
    expect(issues).toContain(
      'data/facts.csv:3: column period_end: ends (2020) before it starts (2023)',
    );
    expect(issues).toContain('data/facts.csv:4: column also_source_ids: unknown source "src-9"');
  });

  it('rejects a fact whose unit differs from its indicator and a source with a non-http url', () => {
    const r = validateData(
      inputs([GOOD_FACT.replace(',个,', ',名,')], {
        sources:
          'source_id,title,publisher,date,url,language,reliability,notes\nsrc-1,T,P,,javascript:alert(1),zh-Hans,official,\nsrc-2,T,P,,,en,low,',
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.issues.map(formatIssue);
    expect(text).toContain(
      'data/facts.csv:2: column unit: "名" differs from indicator demo_units_named\'s unit "个"',
    );
    expect(text).toContain(
      'data/sources.csv:2: column url: "javascript:alert(1)" is not an http(s) address',
    );
  });

  it('reports a missing column on the header line', () => {
    const r = validateData({
      ...inputs([GOOD_FACT]),
      indicators: parseCsv('data/indicators.csv', 'indicator_id,theme\nx,coverage'),
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map(formatIssue)).toContain(
        'data/indicators.csv:1: column name_zh: column is missing',
      );
  });
});
