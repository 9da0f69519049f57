import type { SqlQuery } from '../db/query';
import { FACTS } from '../schema';
import { SCHEMA_ALIAS, T, enumTypeOf, withArgs } from './common';
import { USER_TABLES } from './user-layer';

export interface RegionFactsInput {
  /** 6-digit code of a province, prefecture or county. */
  region: string;
  /** Also facts of the region's prefectures/counties (code prefix: 53xxxx, 5323xx). */
  includeDescendants: boolean;
}

export interface RegionFactRow {
  fact_id: string;
  theme: string;
  indicator_id: string;
  indicator_name_zh: string;
  indicator_name_en: string;
  comparable: boolean;
  unit: string;
  region_code: string;
  /** True for the region itself, false for a descendant. */
  is_self: boolean;
  region_name: string | null;
  region_short_name: string | null;
  region_name_en: string | null;
  region_level: string;
  region_name_raw: string;
  period_start: number | null;
  period_end: number | null;
  date: string | null;
  value: number;
  qualifier: string;
  kind: string;
  batch: number | null;
  unit_type: string | null;
  conflict_group: string | null;
  evidence: string;
  notes: string | null;
  source_id: string;
  source_title: string | null;
  source_publisher: string | null;
  source_date: string | null;
  source_url: string | null;
  reliability: string | null;
  /** Primary first, then corroborating ids, ';'-separated. */
  source_ids: string;
  n_sources: number;
}

/**
 * The facts of the regions in `mine`, columns as the all_facts view gives them: the
 * embedded table matched on its ENUM codes (the region list cast once), the user's on
 * text. Not through the view, whose casts to VARCHAR touch every fact first (~5 s at 10M
 * facts natively, for a few hundred rows).
 */
function factsOfRegionsSql(): string {
  const cast = FACTS.columns
    .map((c) => (c.type === 'enum' ? `${c.name}::VARCHAR AS ${c.name}` : c.name))
    .join(', ');
  const plain = FACTS.columns.map((c) => c.name).join(', ');
  const codeType = `${SCHEMA_ALIAS}.${enumTypeOf(FACTS.name, 'region_code')}`;
  return `SELECT ${cast} FROM ${SCHEMA_ALIAS}.${FACTS.name}
    WHERE region_code IN (SELECT TRY_CAST(code AS ${codeType}) FROM mine)
  UNION ALL SELECT ${plain} FROM ${USER_TABLES.facts} WHERE region_code IN (SELECT code FROM mine)`;
}

/**
 * Every fact about a region (optionally its descendants: the gazetteer's regions whose
 * code begins as the region's) with indicator and source details.
 */
export function buildRegionFactsSql({ region, includeDescendants }: RegionFactsInput): SqlQuery {
  return withArgs(
    [
      ['region', 'VARCHAR', region],
      ['descendants', 'BOOLEAN', includeDescendants],
    ],
    `me AS (SELECT r.code, r.level::VARCHAR AS level FROM args a JOIN ${T.regions} r ON r.code = a.region),
mine AS (
  SELECT r.code FROM args a CROSS JOIN me JOIN ${T.regions} r ON r.code = me.code OR (a.descendants AND (
    (me.level = 'province' AND left(r.code, 2) = left(me.code, 2))
    OR (me.level = 'prefecture' AND left(r.code, 4) = left(me.code, 4))))
),
sel AS (
  SELECT f.*, f.region_code = me.code AS is_self
  FROM (${factsOfRegionsSql()}) f CROSS JOIN me
),
links AS (
  SELECT DISTINCT fact_id, source_id, is_primary FROM (
    SELECT fs.fact_id, fs.source_id, fs.is_primary FROM ${T.factSources} fs JOIN sel USING (fact_id)
    UNION ALL
    SELECT fact_id, source_id, true FROM sel
  )
),
agg AS (
  SELECT fact_id,
    string_agg(source_id, ';' ORDER BY is_primary DESC, source_id) AS source_ids,
    count(*)::INTEGER AS n_sources
  FROM (SELECT fact_id, source_id, bool_or(is_primary) AS is_primary FROM links GROUP BY ALL)
  GROUP BY fact_id
)
SELECT f.fact_id, f.theme::VARCHAR AS theme, f.indicator_id::VARCHAR AS indicator_id,
  i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en, i.comparable,
  f.unit::VARCHAR AS unit, f.region_code::VARCHAR AS region_code, f.is_self,
  r.name AS region_name, r.short_name AS region_short_name, r.name_en AS region_name_en,
  f.region_level::VARCHAR AS region_level, f.region_name_raw,
  f.period_start, f.period_end, f.date, f.value, f.qualifier::VARCHAR AS qualifier,
  f.kind::VARCHAR AS kind, f.batch, f.unit_type::VARCHAR AS unit_type, f.conflict_group,
  f.evidence, f.notes, f.source_id, s.title AS source_title, s.publisher AS source_publisher,
  s.date AS source_date, s.url AS source_url, s.reliability::VARCHAR AS reliability,
  g.source_ids, g.n_sources
FROM sel f
LEFT JOIN ${T.indicators} i ON i.indicator_id = f.indicator_id::VARCHAR
LEFT JOIN ${T.regions} r ON r.code = f.region_code::VARCHAR
LEFT JOIN ${T.sources} s ON s.source_id = f.source_id
LEFT JOIN agg g ON g.fact_id = f.fact_id
ORDER BY f.theme, f.indicator_id::VARCHAR, f.period_end NULLS LAST, f.period_start NULLS LAST,
  f.is_self DESC, f.region_code::VARCHAR, f.fact_id`,
  );
}
