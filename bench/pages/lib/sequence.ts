import type { MapInput, Measure } from '../../../src/lib/sql';
import { INDICATOR_COUNT, YEARS } from '../../lib/synthetic';

const MEASURES: Measure[] = ['absolute', 'share', 'absolute', 'per_10m'];
/** Provinces drilled into for prefecture maps (Yunnan, Guangxi, Xinjiang, Sichuan, Guizhou). */
const PARENTS = ['530000', '450000', '650000', '510000', '520000'];

/**
 * The filter sequence every engine runs: slider moves (year changes) mixed with indicator,
 * time-mode, measure and level changes, as a person exploring the dashboard would.
 */
export function filterSequence(length: number): MapInput[] {
  return Array.from({ length }, (_, i) => {
    const indicator = `ind_${String(Math.floor(i / 4) % INDICATOR_COUNT).padStart(2, '0')}`;
    const prefecture = i % 10 === 9;
    return {
      indicator,
      time: i % 3 === 2 ? 'stock' : 'period',
      year: YEARS.first + ((i * 7) % YEARS.count),
      level: prefecture ? 'prefecture' : 'province',
      parent: prefecture ? PARENTS[i % PARENTS.length]! : null,
      measure: MEASURES[i % MEASURES.length]!,
      targets: i % 6 === 0,
    };
  });
}

/**
 * Run before the timed sequence by every engine: the first touches of a cold buffer pool,
 * and the app's first map. Another indicator and another province than the sequence's, so
 * no answer a cache keeps from here is one the sequence asks for again.
 */
export function warmupInputs(): MapInput[] {
  const base = {
    indicator: `ind_${String(INDICATOR_COUNT - 1).padStart(2, '0')}`,
    time: 'period',
    year: YEARS.first + YEARS.count - 1,
    measure: 'absolute',
    targets: false,
  } as const;
  return [
    { ...base, level: 'province', parent: null },
    { ...base, level: 'prefecture', parent: '540000' },
  ];
}

export interface Checked {
  code: string;
  value: number | null;
  n_candidates: number;
}

/** A short fingerprint of a map result, compared across engines to prove the same work. */
export function checksum(rows: readonly Checked[]): string {
  let filled = 0;
  let sum = 0;
  let candidates = 0;
  for (const r of rows) {
    candidates += r.n_candidates;
    if (r.value !== null && Number.isFinite(r.value)) {
      filled++;
      sum += r.value;
    }
  }
  return `${rows.length}/${filled}/${candidates}/${sum.toPrecision(9)}`;
}
