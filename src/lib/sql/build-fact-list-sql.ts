import type { SqlQuery } from '../db/query';
import type { Theme } from '../schema';
import { T, withArgs } from './common';

export interface FactListInput {
  theme: Theme;
  /** null → every non-comparable indicator of the theme; set → that indicator's facts. */
  indicator?: string | null;
  /** Facts whose period ends in the year (or, without a period, dated in it). */
  year?: number | null;
}

export interface FactListRow {
  fact_id: string;
  indicator_id: string;
  indicator_name_zh: string;
  indicator_name_en: string;
  unit: string;
  region_code: string | null;
  region_name: string | null;
  region_short_name: string | null;
  region_name_en: string | null;
  region_name_raw: string;
  region_level: string;
  value: number;
  qualifier: string;
  kind: string;
  period_start: number | null;
  period_end: number | null;
  date: string | null;
  batch: number | null;
  unit_type: string | null;
  evidence: string;
  notes: string | null;
  source_id: string;
  source_title: string | null;
  source_publisher: string | null;
  source_url: string | null;
  reliability: string | null;
}

/** One-off facts as a list: newest first within each indicator. */
export function buildFactListSql({
  theme,
  indicator = null,
  year = null,
}: FactListInput): SqlQuery {
  return withArgs(
    [
      ['theme', 'VARCHAR', theme],
      ['indicator', 'VARCHAR', indicator],
      ['year', 'INTEGER', year],
    ],
    `picked AS (
  SELECT f.*, i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en
  FROM args a
  JOIN ${T.facts} f ON f.theme = a.theme
  JOIN ${T.indicators} i ON i.indicator_id = f.indicator_id::VARCHAR
  WHERE CASE WHEN a.indicator IS NULL THEN NOT i.comparable ELSE f.indicator_id = a.indicator END
    AND (a.year IS NULL OR coalesce(f.period_end, TRY_CAST(left(f.date, 4) AS INTEGER)) = a.year)
)
SELECT f.fact_id, f.indicator_id::VARCHAR AS indicator_id, f.indicator_name_zh, f.indicator_name_en,
  f.unit::VARCHAR AS unit, f.region_code::VARCHAR AS region_code, r.name AS region_name,
  r.short_name AS region_short_name, r.name_en AS region_name_en, f.region_name_raw,
  f.region_level::VARCHAR AS region_level, f.value, f.qualifier::VARCHAR AS qualifier,
  f.kind::VARCHAR AS kind, f.period_start, f.period_end, f.date, f.batch,
  f.unit_type::VARCHAR AS unit_type, f.evidence, f.notes, f.source_id, s.title AS source_title,
  s.publisher AS source_publisher, s.url AS source_url, s.reliability::VARCHAR AS reliability
FROM picked f
LEFT JOIN ${T.regions} r ON r.code = f.region_code::VARCHAR
LEFT JOIN ${T.sources} s ON s.source_id = f.source_id
ORDER BY f.indicator_id::VARCHAR, f.period_end DESC NULLS LAST, f.date DESC NULLS LAST,
  f.region_level, f.region_code::VARCHAR NULLS FIRST, f.fact_id`,
  );
}
