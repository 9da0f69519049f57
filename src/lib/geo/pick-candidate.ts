import type { Candidate } from './region-index';
import type { Region, RegionMatch } from './types';

const LEVEL_RANK: Record<Region['level'], number> = { province: 0, prefecture: 1, county: 2 };

/** Candidates this close to the best one make the best one a guess. */
const RIVAL_MARGIN = 0.06;
/** Confidence factors by rival: same level or not, tied with the best or just below. */
const RIVAL_FACTORS = {
  sameTied: 0.75,
  sameBelow: 0.85,
  otherTied: 0.85,
  otherBelow: 0.95,
} as const;

export type LevelOf = (code: string) => Region['level'];

function compareCandidates(levelOf: LevelOf) {
  return (a: Candidate, b: Candidate): number =>
    b.confidence - a.confidence ||
    LEVEL_RANK[levelOf(a.code)] - LEVEL_RANK[levelOf(b.code)] ||
    a.code.localeCompare(b.code);
}

/**
 * The best candidate, its confidence lowered when others come close: a rival at the
 * same level (朝阳区 of Beijing and of Changchun) is a coin toss; a rival at a lower
 * level (楚雄州 vs 楚雄市) usually loses, since bare names mostly mean the larger unit.
 */
export function pickCandidate(
  candidates: readonly Candidate[],
  inScope: (code: string) => boolean,
  levelOf: LevelOf,
): RegionMatch | null {
  const ranked = candidates.filter((c) => inScope(c.code)).sort(compareCandidates(levelOf));
  const best = ranked[0];
  if (!best) return null;
  const rivals = ranked.filter(
    (c) => c.code !== best.code && c.confidence >= best.confidence - RIVAL_MARGIN,
  );
  const factor = Math.min(1, ...rivals.map((rival) => rivalFactor(best, rival, levelOf)));
  return { code: best.code, confidence: round(best.confidence * factor), match: best.match };
}

function rivalFactor(best: Candidate, rival: Candidate, levelOf: LevelOf): number {
  const sameLevel = levelOf(best.code) === levelOf(rival.code);
  const tied = rival.confidence >= best.confidence;
  if (sameLevel) return tied ? RIVAL_FACTORS.sameTied : RIVAL_FACTORS.sameBelow;
  return tied ? RIVAL_FACTORS.otherTied : RIVAL_FACTORS.otherBelow;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
