import type { CsvColumn } from '../../lib/export';
import type { Lang } from '../../lib/i18n';
import type { MapRow, TrendRow } from '../../lib/sql';

/** Exactly the rows a chart shows, with headers in the user's language. */
export interface CsvTable {
  columns: CsvColumn[];
  rows: Record<string, unknown>[];
}

const zh = (lang: Lang, zhLabel: string, en: string) => (lang === 'zh' ? zhLabel : en);

export function mapCsv(rows: readonly MapRow[], lang: Lang, unit: string): CsvTable {
  return {
    columns: [
      { key: 'code', label: zh(lang, '区划代码', 'code') },
      { key: 'region', label: zh(lang, '地区', 'region') },
      { key: 'value', label: zh(lang, '数值', 'value') },
      { key: 'raw_value', label: zh(lang, `原始值（${unit}）`, `raw value (${unit})`) },
      { key: 'denominator', label: zh(lang, '分母', 'denominator') },
      { key: 'qualifier', label: zh(lang, '限定', 'qualifier') },
      { key: 'kind', label: zh(lang, '类型', 'kind') },
      { key: 'period_start', label: zh(lang, '起始年', 'period start') },
      { key: 'period_end', label: zh(lang, '截止年', 'period end') },
      { key: 'fact_id', label: zh(lang, '数据编号', 'fact id') },
      { key: 'source_id', label: zh(lang, '来源编号', 'source id') },
      { key: 'reliability', label: zh(lang, '来源可靠性', 'source reliability') },
    ],
    rows: rows.map((r) => ({ ...r, region: lang === 'en' ? r.name_en : r.name })),
  };
}

export function trendCsv(rows: readonly TrendRow[], lang: Lang): CsvTable {
  return {
    columns: [
      { key: 'series', label: zh(lang, '序列', 'series') },
      { key: 'year', label: zh(lang, '年份', 'year') },
      { key: 'value', label: zh(lang, '数值', 'value') },
      { key: 'qualifier', label: zh(lang, '限定', 'qualifier') },
      { key: 'fact_id', label: zh(lang, '数据编号', 'fact id') },
      { key: 'source_id', label: zh(lang, '来源编号', 'source id') },
      { key: 'reliability', label: zh(lang, '来源可靠性', 'source reliability') },
    ],
    rows: rows.map((r) => ({ ...r })),
  };
}
