import type { SqlQuery } from '../db/query';
import { mapQueryParts, type MapInput, type MapRow } from './build-map-sql';

export type RankingInput = MapInput;

/** A map row plus its rank (1 = largest; ties share a rank; null when missing). */
export interface RankingRow extends MapRow {
  rank: number | null;
}

/** The map's rows sorted by value (after the measure), largest first, missing last. */
export function buildRankingSql(input: RankingInput): SqlQuery {
  return mapQueryParts(
    input,
    `SELECT *,
  CASE WHEN value IS NULL THEN NULL ELSE rank() OVER (ORDER BY value DESC NULLS LAST) END::INTEGER AS rank
FROM map_rows
ORDER BY value DESC NULLS LAST, code`,
  );
}
