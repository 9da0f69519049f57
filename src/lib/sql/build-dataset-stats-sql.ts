import type { SqlQuery } from '../db/query';
import { T } from './common';

export interface DatasetStatsRow {
  facts: number;
  sources: number;
  reposts: number;
  provinces: number;
  /** DuckDB in the page, e.g. v1.4.3: shown in the footer and checked against the build's. */
  engine: string;
}

/** Counts for the footer, read live from the attached database. */
export function buildDatasetStatsSql(): SqlQuery {
  return {
    sql: `SELECT
  (SELECT count(*)::INTEGER FROM ${T.facts}) AS facts,
  (SELECT count(*)::INTEGER FROM ${T.sources}) AS sources,
  (SELECT count(*)::INTEGER FROM ${T.sources} WHERE reliability <> 'official') AS reposts,
  (SELECT count(DISTINCT left(region_code::VARCHAR, 2))::INTEGER FROM ${T.facts}) AS provinces,
  version() AS engine`,
    params: [],
  };
}
