import type { MapInput } from '../../src/lib/sql';
import type { PeerDict } from '../pages/lib/peer-types';

/** The winning fact of one region, as both JS peers find it. */
export interface Winner {
  value: number;
  period_start: number;
  period_end: number;
  n: number;
  conflict: boolean;
}

export interface PeerMapRow {
  code: string;
  value: number | null;
  raw_value: number | null;
  n_candidates: number;
  has_conflict: boolean;
}

/** Lookups a peer needs to turn names into the integer codes of its columns. */
export interface PeerCodes {
  dict: PeerDict;
  indicator: Map<string, number>;
  kind: Map<string, number>;
  level: Map<string, number>;
  region: Map<string, number>;
  all: number;
  exact: number;
  /** Preference rank of each source's reliability: official 0, repost 1, low 2. */
  rel: Uint8Array;
}

const index = (values: readonly string[]): Map<string, number> =>
  new Map(values.map((v, i) => [v, i]));

export function peerCodes(dict: PeerDict): PeerCodes {
  const rank = { official: 0, repost: 1 } as Record<string, number>;
  return {
    dict,
    indicator: index(dict.indicators),
    kind: index(dict.kinds),
    level: index(dict.levels),
    region: index(dict.regionCodes),
    all: dict.unitTypes.indexOf('all'),
    exact: dict.qualifiers.indexOf('exact'),
    rel: Uint8Array.from(dict.reliability, (r) => rank[r] ?? 2),
  };
}

/**
 * The map's last step, as in build-map-sql.ts `map_rows`: every region of the level (a
 * province's prefectures when drilling down), ordered by code, with the measure applied.
 */
export function assembleRows(
  codes: PeerCodes,
  input: MapInput,
  winners: ReadonlyMap<number, Winner>,
  national: ReadonlyMap<number, { value: number; period_start: number }>,
): PeerMapRow[] {
  const { dict } = codes;
  const rows: PeerMapRow[] = [];
  for (const r of dict.regions) {
    if (r.level !== input.level) continue;
    if (input.level !== 'province' && r.parent_code !== input.parent) continue;
    const w = winners.get(codes.region.get(r.code)!);
    let value: number | null = w ? w.value : null;
    if (w && input.measure === 'per_10m') {
      const p = r.level === 'province' ? dict.population[r.code] : undefined;
      value = p === undefined ? null : (w.value * 1e7) / p;
    } else if (w && input.measure === 'share') {
      const n = national.get(w.period_end);
      const sameSpan = input.time === 'stock' || n?.period_start === w.period_start;
      value = n && sameSpan && n.value !== 0 ? w.value / n.value : null;
    }
    rows.push({
      code: r.code,
      value,
      raw_value: w ? w.value : null,
      n_candidates: w ? w.n : 0,
      has_conflict: w ? w.conflict : false,
    });
  }
  return rows;
}
