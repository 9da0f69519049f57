import type { FactListRow, MapRow, RegionFactRow, RegionRankRow } from '../../src/lib/sql';

export function factRow(over: Partial<FactListRow> = {}): FactListRow {
  return {
    fact_id: 'F1',
    indicator_id: 'demo_units',
    indicator_name_zh: '命名示范单位',
    indicator_name_en: 'Model units named',
    unit: '个',
    region_code: '530000',
    region_name: '云南省',
    region_short_name: '云南',
    region_name_en: 'Yunnan',
    region_name_raw: '云南',
    region_level: 'province',
    value: 12,
    qualifier: 'exact',
    kind: 'outturn',
    period_start: 2023,
    period_end: 2023,
    date: '2023-12-01',
    batch: null,
    unit_type: null,
    evidence: '命名12个示范单位',
    notes: null,
    source_id: 'src-1',
    source_title: '国家民委公告',
    source_publisher: '国家民委',
    source_url: 'https://www.neac.gov.cn/a.html',
    reliability: 'official',
    ...over,
  };
}

export function regionFactRow(over: Partial<RegionFactRow> = {}): RegionFactRow {
  const { batch, unit_type, ...base } = factRow();
  return {
    ...base,
    region_code: '530000',
    theme: 'honours',
    comparable: true,
    is_self: true,
    batch,
    unit_type,
    conflict_group: null,
    source_date: '2023-12-01',
    source_ids: 'src-1',
    n_sources: 1,
    ...over,
  };
}

export function rankRow(over: Partial<RegionRankRow> = {}): RegionRankRow {
  return {
    indicator_id: 'demo_units',
    theme: 'honours',
    name_zh: '命名示范单位',
    name_en: 'Model units named',
    unit: '个',
    time: 'period',
    year: 2023,
    value: 12,
    qualifier: 'exact',
    period_end: 2023,
    fact_id: 'F1',
    rank: 3,
    n_regions: 12,
    level: 'province',
    ...over,
  };
}

export function mapRow(over: Partial<MapRow> = {}): MapRow {
  return {
    code: '530000',
    name: '云南省',
    short_name: '云南',
    name_en: 'Yunnan',
    year: 2023,
    value: 12,
    raw_value: 12,
    denominator: null,
    qualifier: 'exact',
    kind: 'outturn',
    period_start: 2023,
    period_end: 2023,
    fact_id: 'F1',
    source_id: 'src-1',
    reliability: 'official',
    n_candidates: 1,
    has_conflict: false,
    ...over,
  };
}
