import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../src/lib/import';
import { initialDraft, toDatasetInfo } from '../../../src/panels/import/to-dataset';

const report = {
  indicators: ['年末常住人口', '地区生产总值'],
  notes: { unit: '万人', indicator: '年末常住人口', title: null, database: '分省年度数据' },
  // A stacked file: each indicator's rows carry their own unit (money already in 元).
  units: { 年末常住人口: '万人', 地区生产总值: '元' },
} as unknown as ImportReport;

const ID = 'u20261122100000abcd';
const regions = [
  { source_name: '云  南', region_code: '530000', region_name: '云南省', region_level: 'province' },
] as const;

describe('toDatasetInfo(draft, staged)', () => {
  const draft = initialDraft(ID, 'nbs.csv', report, new Date('2026-11-22T10:00:00Z'));

  it('derives the draft from what the file says (name, unit, NBS publisher)', () => {
    expect(draft.id).toBe(ID);
    expect(draft.name).toBe('年末常住人口');
    expect(draft.publisher).toBe('国家统计局');
    expect(draft.indicators['年末常住人口']).toMatchObject({ unit: '万人', theme: 'context' });
    expect(draft.indicators['地区生产总值']).toMatchObject({ unit: '元' });
  });

  it('keeps the choices that make facts of the staged rows, one indicator id per name', () => {
    const info = toDatasetInfo(
      {
        ...draft,
        indicators: {
          ...draft.indicators,
          地区生产总值: { ...draft.indicators['地区生产总值']!, theme: 'funding', unit: '亿元' },
        },
      },
      { regions: [...regions], chunks: 3 },
    );
    expect(info.staged).toEqual({
      file: 'nbs.csv',
      regions,
      chunks: 3,
      choices: [
        { indicator: '年末常住人口', indicator_id: `${ID}_i0`, theme: 'context', unit: '万人' },
        { indicator: '地区生产总值', indicator_id: `${ID}_i1`, theme: 'funding', unit: '亿元' },
      ],
    });
    expect(info.indicators.map((i) => i.indicator_id)).toEqual([`${ID}_i0`, `${ID}_i1`]);
    expect(info.sources[0]?.source_id).toBe(`${ID}:src`);
    expect(info).toMatchObject({ origin: 'import', rows: 0 });
  });

  it('drops a non-http URL from the source', () => {
    const info = toDatasetInfo(
      { ...draft, url: 'javascript:alert(1)' },
      { regions: [], chunks: 0 },
    );
    expect(info.sources[0]?.url).toBeNull();
  });
});
