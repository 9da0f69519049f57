import { kindOf } from '../../src/lib/sql/common';
import type { MapInput } from '../../src/lib/sql';
import type { PeerColumns } from '../pages/lib/peer-types';
import { assembleRows, type PeerCodes, type PeerMapRow, type Winner } from './assemble';

/** True when fact i wins over fact j: reliability, exact before qualified, later date, id. */
function prefers(c: PeerColumns, codes: PeerCodes, i: number, j: number): boolean {
  const ri = codes.rel[c.source[i]!]!;
  const rj = codes.rel[c.source[j]!]!;
  if (ri !== rj) return ri < rj;
  const qi = c.qualifier[i] === codes.exact ? 0 : 1;
  const qj = c.qualifier[j] === codes.exact ? 0 : 1;
  if (qi !== qj) return qi < qj;
  if (c.date[i] !== c.date[j]) return c.date[i]! > c.date[j]!; // -1 (NULL) sorts last
  return c.fact[i]! < c.fact[j]!;
}

/**
 * The map query by hand over typed arrays: one pass filters candidates and keeps, per
 * region, the winning fact of its latest in-scope year with that year's count, min and max.
 */
export function mapRowsPlain(c: PeerColumns, codes: PeerCodes, input: MapInput): PeerMapRow[] {
  const ind = codes.indicator.get(input.indicator) ?? -2;
  const kind = codes.kind.get(kindOf(input.time, input.targets))!;
  const level = codes.level.get(input.level)!;
  const nat = codes.level.get('national')!;
  const stock = input.time === 'stock';
  const year = input.year ?? latestYear(c, codes, ind, kind);
  const size = codes.dict.regionCodes.length;
  const best = new Int32Array(size).fill(-1);
  const count = new Int32Array(size);
  const min = new Float64Array(size);
  const max = new Float64Array(size);
  const natBest = new Map<number, number>();
  const { indicator, kind: kinds, unit_type, period_end, region, value } = c;
  for (let i = 0; i < c.length; i++) {
    if (indicator[i] !== ind || kinds[i] !== kind) continue;
    const ut = unit_type[i]!;
    if (ut !== -1 && ut !== codes.all) continue;
    const end = period_end[i]!;
    const rg = region[i]!;
    const lv = c.level[i]!;
    if (end < 0 || (rg < 0 && lv !== nat)) continue;
    if (lv === nat) {
      const b = natBest.get(end);
      if (b === undefined || prefers(c, codes, i, b)) natBest.set(end, i);
    }
    if (lv !== level || rg < 0 || (stock ? end > year : end !== year)) continue;
    const b = best[rg]!;
    const v = value[i]!;
    if (b < 0 || end > period_end[b]!) {
      best[rg] = i;
      count[rg] = 1;
      min[rg] = max[rg] = v;
    } else if (end === period_end[b]) {
      count[rg]!++;
      if (v < min[rg]!) min[rg] = v;
      if (v > max[rg]!) max[rg] = v;
      if (prefers(c, codes, i, b)) best[rg] = i;
    }
  }
  const winners = new Map<number, Winner>();
  best.forEach((b, rg) => {
    if (b < 0) return;
    winners.set(rg, {
      value: value[b]!,
      period_start: c.period_start[b]!,
      period_end: period_end[b]!,
      n: count[rg]!,
      conflict: min[rg] !== max[rg],
    });
  });
  const national = new Map(
    [...natBest].map(([end, i]) => [end, { value: value[i]!, period_start: c.period_start[i]! }]),
  );
  return assembleRows(codes, input, winners, national);
}

function latestYear(c: PeerColumns, codes: PeerCodes, ind: number, kind: number): number {
  let year = -1;
  for (let i = 0; i < c.length; i++)
    if (c.indicator[i] === ind && c.kind[i] === kind && c.period_end[i]! > year)
      year = c.period_end[i]!;
  return year;
}
