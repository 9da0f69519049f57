import type { SqlQuery } from '../db/query';
import { T, placeholders } from './common';

export interface SourcesForFactsInput {
  factIds: readonly string[];
}

export interface SourceForFactsRow {
  source_id: string;
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
  language: string;
  reliability: string;
  /** Primary source of at least one of the facts. */
  is_primary: boolean;
  /** How many of the facts it reports. */
  n_facts: number;
}

/**
 * Distinct sources (primary and corroborating) behind a set of facts: the chart's source
 * line. Official first, then primary, then the most facts backed. Each id is one parameter.
 */
export function buildSourcesForFactsSql({ factIds }: SourcesForFactsInput): SqlQuery {
  const ids = [...new Set(factIds)];
  const idRows =
    ids.length === 0
      ? 'SELECT NULL::VARCHAR AS fact_id WHERE false'
      : `SELECT * FROM (VALUES ${placeholders(ids.length)
          .map((p) => `(${p})`)
          .join(', ')}) v(fact_id)`;
  return {
    sql: `WITH ids AS (${idRows}),
links AS (
  SELECT fs.fact_id, fs.source_id, fs.is_primary FROM ${T.factSources} fs JOIN ids USING (fact_id)
  UNION ALL
  SELECT f.fact_id, f.source_id, true FROM ${T.facts} f JOIN ids USING (fact_id)
),
per_source AS (
  SELECT s.source_id, s.title, s.publisher, s.date, s.url, s.language::VARCHAR AS language,
    s.reliability::VARCHAR AS reliability, bool_or(l.is_primary) AS is_primary,
    count(DISTINCT l.fact_id)::INTEGER AS n_facts
  FROM links l JOIN ${T.sources} s ON s.source_id = l.source_id
  GROUP BY ALL
)
SELECT * FROM per_source
ORDER BY CASE reliability WHEN 'official' THEN 0 WHEN 'repost' THEN 1 ELSE 2 END,
  is_primary DESC, n_facts DESC, source_id`,
    params: ids,
  };
}
