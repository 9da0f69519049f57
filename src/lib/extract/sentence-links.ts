/**
 * Sentences that continue the one before them: 获此殊荣的还有…3个单位, 其中模范集体20个,
 * 共发放资料3.5万份, 同时下达资金1800万元. Their unthemed figures take the theme of the
 * sentence referred to, and their time when they name none. Also clauses after "…中," (在全国
 * 命名的示范单位中,云南有239个), which count within the set the clause before names.
 */
import { carried, type ThemedFigure } from './carry-over';
import type { TimeRef } from './periods';
import { clauseAround, type Span } from './sentences';
import { cueWeights, type ExtractTheme, type ScoredTheme } from './theme-cues';

/** Sentence openings that refer back, after an optional list mark (一是, (二), 3.). */
const OPENS_WITH_REFERENCE =
  /^(?:[(]?[一二三四五六七八九十\d]{1,2}[)、.是]\s*)?(?:其中|此外|另外|另有|同时|同期|与此同时|共|总共|共计|合计|分别|此次|本次|期间|其间|会上|会议期间|活动期间|活动中)/;
/** Anaphora anywhere before the figure: 获此殊荣的还有, 上述, 这些. */
const ANAPHORA = /获此殊荣|此项|上述|这些|该批|以上(?:单位|集体|个人)/;
/** A theme needs this much cue weight in the sentence referred to. */
const MIN_CUE_WEIGHT = 1;
const CARRIED_SCORE = 0.5;

interface Antecedent {
  theme: ExtractTheme;
  time: TimeRef | null;
}

export interface LinkContext {
  text: string;
  sentences: readonly Span[];
  /** The time named anywhere in a sentence (its last expression), for figureless antecedents. */
  timeAtEnd(sentence: Span): TimeRef | null;
}

function cueTheme(text: string, from: number, to: number): ExtractTheme {
  const weights = Object.entries(cueWeights(text, from, to)) as [ScoredTheme, number][];
  weights.sort((a, b) => b[1] - a[1]);
  const [best, second] = weights;
  if (!best || best[1] < MIN_CUE_WEIGHT || (second && second[1] >= best[1])) return 'other';
  return best[0];
}

function refersBack(text: string, sentence: Span, figureAt: number): boolean {
  const lead = text.slice(sentence.start, figureAt);
  return OPENS_WITH_REFERENCE.test(lead) || ANAPHORA.test(lead);
}

/** The sentence before, if it is in the same paragraph. */
function previousInParagraph(ctx: LinkContext, index: number): Span | null {
  const prev = ctx.sentences[index - 1];
  const cur = ctx.sentences[index];
  if (!prev || !cur || ctx.text.slice(prev.end, cur.start).includes('\n')) return null;
  return prev;
}

function antecedentOf(ctx: LinkContext, prev: Span, figures: ThemedFigure[]): Antecedent {
  const inPrev = figures.filter((f) => f.sentence.start === prev.start);
  const themed = inPrev.filter((f) => f.theme !== 'other');
  const last = themed[themed.length - 1];
  const time = inPrev[inPrev.length - 1]?.time ?? ctx.timeAtEnd(prev);
  return { theme: last?.theme ?? cueTheme(ctx.text, prev.start, prev.end), time };
}

export function linkSentences(ctx: LinkContext, figures: ThemedFigure[]): void {
  const { text, sentences } = ctx;
  sentences.forEach((sentence, index) => {
    const own = figures.filter((f) => f.sentence.start === sentence.start);
    if (own.length === 0) return;
    const prev = previousInParagraph(ctx, index);
    let antecedent: Antecedent | null = null;
    for (const f of own) {
      if (prev && refersBack(text, sentence, f.c.start)) {
        antecedent ??= antecedentOf(ctx, prev, figures);
        carried(f, antecedent.theme, CARRIED_SCORE);
        f.time ??= antecedent.time;
      }
      carryAmong(text, sentence, f);
    }
  });
}

/** 在…示范单位中,云南有239个: the clause before ends in 中 and names what is counted. */
function carryAmong(text: string, sentence: Span, f: ThemedFigure): void {
  if (f.theme !== 'other') return;
  const clause = clauseAround(text, sentence, f.c.start);
  if (clause.start <= sentence.start) return;
  const before = clauseAround(text, sentence, clause.start - 1);
  const words = text.slice(before.start, before.end);
  if (!/中$/.test(words) || /其中$/.test(words)) return;
  carried(f, cueTheme(text, before.start, before.end), CARRIED_SCORE);
}
