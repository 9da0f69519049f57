import type { RegionLookup } from '../../lib/extract';
import type { Candidate } from './to-dataset';

/**
 * How a candidate's region stands. The extractor leaves the region empty both for national
 * figures and for figures whose place it could not tell, so an empty region is `missing`
 * until the reviewer says which: a figure filed as national by default would be a wrong
 * national statistic.
 */
export type RegionState = 'resolved' | 'national' | 'missing' | 'unknown';

/** What a national figure's region reads as once the reviewer has said so. */
export const NATIONAL_NAME = '全国';
const NATIONAL_WORDS = new Set(['全国', '中国', 'national', 'china', 'nationwide']);

export function isNationalWord(text: string): boolean {
  return NATIONAL_WORDS.has(text.trim().toLowerCase());
}

export function regionStateOf(c: Pick<Candidate, 'region_code' | 'region_name'>): RegionState {
  if (c.region_code !== null) return 'resolved';
  if (c.region_name === NATIONAL_NAME) return 'national';
  return c.region_name === null || c.region_name.trim() === '' ? 'missing' : 'unknown';
}

/** The region fields for what the reviewer typed: a gazetteer place, national, or as typed. */
export function regionFromInput(
  text: string,
  lookup: RegionLookup,
): Pick<Candidate, 'region_code' | 'region_name'> {
  const name = text.trim();
  if (name === '') return { region_code: null, region_name: null };
  if (isNationalWord(name)) return { region_code: null, region_name: NATIONAL_NAME };
  const ref = lookup.resolve(name);
  return ref
    ? { region_code: ref.code, region_name: ref.name }
    : { region_code: null, region_name: name };
}

/** Accepted rows that cannot be added yet: their region is missing or not in the gazetteer. */
export function blockedRows(candidates: readonly Candidate[]): number[] {
  const out: number[] = [];
  candidates.forEach((c, i) => {
    const state = regionStateOf(c);
    if (c.status === 'accepted' && (state === 'missing' || state === 'unknown')) out.push(i);
  });
  return out;
}

export type ShowFilter = 'all' | 'themed' | 'other' | 'pending';

export function isShown(c: Candidate, show: ShowFilter): boolean {
  if (show === 'themed') return c.theme !== 'other';
  if (show === 'other') return c.theme === 'other';
  if (show === 'pending') return c.status === 'pending';
  return true;
}
