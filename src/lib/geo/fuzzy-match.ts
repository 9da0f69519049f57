import { similarity, singleDeletions } from './fuzzy';
import type { LevelOf } from './pick-candidate';
import type { Candidate, RegionIndex } from './region-index';
import type { RegionMatch } from './types';

const LATIN = /^[a-z]+$/;
const SUGGESTION_WEIGHT = 0.9;

/**
 * A one-edit typo costs more in a short name: 云南生 (3 characters) stays unmatched,
 * 楚雄彝族自治洲 does not. Latin letters carry less information than Han characters.
 */
function typoConfidence(key: string, matchedKey: string): number {
  const length = Math.max(Array.from(key).length, Array.from(matchedKey).length);
  return LATIN.test(key) ? 0.9 - 1.5 / length : 0.9 - 1 / length;
}

function keysWithinOneEdit(index: RegionIndex, key: string): Set<string> {
  const byDeletion = index.byDeletion();
  const found = new Set<string>(byDeletion.get(key) ?? []);
  for (const deletion of singleDeletions(key)) {
    if (index.byKey.has(deletion)) found.add(deletion);
    for (const k of byDeletion.get(deletion) ?? []) found.add(k);
  }
  found.delete(key);
  return found;
}

/** Candidates one insertion, deletion or substitution away (symmetric-delete lookup). */
export function editDistanceFuzzyCandidates(index: RegionIndex, key: string): Candidate[] {
  const minimum = LATIN.test(key) ? 5 : 3;
  if (Array.from(key).length < minimum) return [];
  return [...keysWithinOneEdit(index, key)].flatMap((matched) =>
    (index.byKey.get(matched) ?? []).map((c) => ({
      code: c.code,
      match: 'fuzzy' as const,
      confidence: c.confidence * typoConfidence(key, matched),
    })),
  );
}

/** Every region scored by its closest key; for the UI's list of near misses, not for matching. */
export function rankSuggestions(
  index: RegionIndex,
  queries: string[],
  levelOf: LevelOf,
): RegionMatch[] {
  const scores = new Map<string, number>();
  for (const query of queries) {
    const latin = LATIN.test(query);
    for (const [key, candidates] of index.byKey) {
      if (LATIN.test(key) !== latin) continue;
      const score = similarity(query, key) * SUGGESTION_WEIGHT;
      if (score <= 0) continue;
      for (const c of candidates) {
        const weighted = score * c.confidence;
        if (weighted > (scores.get(c.code) ?? 0)) scores.set(c.code, weighted);
      }
    }
  }
  const rank = { province: 0, prefecture: 1, county: 2 } as const;
  return [...scores]
    .map(([code, confidence]) => ({
      code,
      confidence: Math.round(confidence * 1000) / 1000,
      match: 'fuzzy' as const,
    }))
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        rank[levelOf(a.code)] - rank[levelOf(b.code)] ||
        a.code.localeCompare(b.code),
    );
}
