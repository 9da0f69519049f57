import { describe, expect, it } from 'vitest';
import type { ImportReport, LongRow } from '../../../src/lib/import';
import { initialDraft, toDataset } from '../../../src/panels/import/to-dataset';

const row = (over: Partial<LongRow>): LongRow => ({
  region_code: '530000',
  region_name: '云南省',
  region_level: 'province',
  year: 2022,
  indicator: '年末常住人口',
  value: 4693,
  unit: '万人',
  source_name: '云  南',
  line: 7,
  column: 3,
  ...over,
});

const report = {
  indicators: ['年末常住人口'],
  notes: { unit: '万人', indicator: '年末常住人口', title: null, database: '分省年度数据' },
} as unknown as ImportReport;

describe('toDataset(draft, rows)', () => {
  const draft = initialDraft('nbs.csv', report, new Date('2026-11-22T10:00:00Z'));

  it('derives the draft from what the file says (name, unit, NBS publisher)', () => {
    expect(draft.name).toBe('年末常住人口');
    expect(draft.publisher).toBe('国家统计局');
    expect(draft.indicators['年末常住人口']).toMatchObject({ unit: '万人', theme: 'context' });
    expect(draft.id).toMatch(/^u20261122100000[0-9a-z]{4}$/);
  });

  it('keeps missing values out (never zero) and cites every fact to its cell', () => {
    const ds = toDataset(draft, [
      row({}),
      row({ region_code: '620000', region_name: '甘肃省', value: null }),
      row({ region_code: null, region_name: '全国', region_level: 'national', value: 141175 }),
      row({ region_code: null, region_name: '现役军人', region_level: null, value: 200 }),
    ]);
    expect(ds.facts.map((f) => [f.region_code, f.region_level, f.value])).toEqual([
      ['530000', 'province', 4693],
      [null, 'national', 141175],
    ]);
    expect(ds.facts[0]?.evidence).toBe('nbs.csv:7:3');
    expect(ds.facts[0]?.source_id).toBe(`${draft.id}:src`);
    expect(ds.indicators[0]?.indicator_id).toBe(`${draft.id}_i0`);
  });

  it('drops a non-http URL from the source', () => {
    const ds = toDataset({ ...draft, url: 'javascript:alert(1)' }, [row({})]);
    expect(ds.sources[0]?.url).toBeNull();
  });
});
