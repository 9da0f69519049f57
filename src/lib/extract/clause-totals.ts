/**
 * 国家民委命名第十批示范区示范单位,共283个地方和单位: a clause that only sums up (共, 共计,
 * 合计) counts what the clause before it named, so it takes that clause's theme.
 */
import type { Candidate } from './candidates';
import type { FigureContext } from './funding-theme';
import { clauseAround } from './sentences';
import { UNITS, cueWeights, type ScoredTheme } from './theme-cues';

const SUMMING_UP = /^(?:共|共计|合计|总计|一共)(?:有|为|达)?$/;
const THEMES: readonly ScoredTheme[] = ['coverage', 'honours', 'trainings', 'funding'];

/** The theme of the clause before a summing-up clause, when one theme leads it clearly. */
export function summedUpTheme(c: Candidate, ctx: FigureContext): ScoredTheme | null {
  const { text, clause, sentence } = ctx;
  if (c.kind !== 'count' || !SUMMING_UP.test(text.slice(clause.start, c.start))) return null;
  if (clause.start <= sentence.start) return null;
  const previous = clauseAround(text, sentence, clause.start - 2);
  const w = cueWeights(text, previous.start, previous.end);
  const ranked = [...THEMES].sort((a, b) => w[b] - w[a]);
  const [top, second] = ranked;
  if (!top || w[top] < 1 || (second && w[second] >= w[top])) return null;
  return UNITS[top].has(c.unit) ? top : null;
}
