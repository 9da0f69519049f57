import type { DuckDBConnection } from '@duckdb/node-api';
import { KINDS, QUALIFIERS, REGION_LEVELS, UNIT_TYPES } from '../../src/lib/schema';
import type { PeerDict } from '../pages/lib/peer-types';

/**
 * The facts as small integer codes (ENUM codes, -1 for NULL, order-preserving ranks for
 * date and fact_id) — what a hand-written JS engine would keep in typed arrays. Enum codes
 * follow the value order of createTableSql, so `PeerDict` can name them.
 */
export function peerColumnsSql(): string {
  return `WITH d AS (
  SELECT date, (row_number() OVER (ORDER BY date) - 1)::SMALLINT AS k
  FROM (SELECT DISTINCT date FROM facts WHERE date IS NOT NULL)
),
s AS (SELECT source_id, (row_number() OVER (ORDER BY source_id) - 1)::SMALLINT AS k FROM sources)
SELECT (row_number() OVER (ORDER BY f.fact_id) - 1)::INTEGER AS fact,
  enum_code(f.indicator_id)::UTINYINT AS indicator,
  enum_code(f.kind)::UTINYINT AS kind,
  enum_code(f.region_level)::UTINYINT AS level,
  coalesce(enum_code(f.region_code)::SMALLINT, -1)::SMALLINT AS region,
  coalesce(f.period_start, -1)::SMALLINT AS period_start,
  coalesce(f.period_end, -1)::SMALLINT AS period_end,
  coalesce(d.k, -1)::SMALLINT AS date,
  f.value,
  enum_code(f.qualifier)::UTINYINT AS qualifier,
  coalesce(enum_code(f.unit_type)::TINYINT, -1)::TINYINT AS unit_type,
  s.k AS source
FROM facts f LEFT JOIN d ON d.date = f.date LEFT JOIN s ON s.source_id = f.source_id
ORDER BY fact`;
}

const strings = async (conn: DuckDBConnection, sql: string): Promise<string[]> =>
  (await conn.runAndReadAll(sql)).getRows().map((r) => String(r[0]));

export async function peerDictionaries(conn: DuckDBConnection): Promise<PeerDict> {
  const regions = (
    await conn.runAndReadAll(
      'SELECT code, name, short_name, name_en, level::VARCHAR AS level, parent_code FROM regions ORDER BY code',
    )
  ).getRowObjectsJS() as unknown as PeerDict['regions'];
  const population = (
    await conn.runAndReadAll('SELECT region_code, population FROM population')
  ).getRows();
  return {
    indicators: await strings(conn, 'SELECT unnest(enum_range(NULL::facts_indicator_id_t))'),
    regionCodes: await strings(conn, 'SELECT unnest(enum_range(NULL::facts_region_code_t))'),
    kinds: [...KINDS],
    levels: [...REGION_LEVELS],
    qualifiers: [...QUALIFIERS],
    unitTypes: [...UNIT_TYPES],
    reliability: await strings(conn, 'SELECT reliability::VARCHAR FROM sources ORDER BY source_id'),
    sources: await strings(conn, 'SELECT source_id FROM sources ORDER BY source_id'),
    regions,
    population: Object.fromEntries(population.map(([c, p]) => [String(c), Number(p)])),
  };
}
