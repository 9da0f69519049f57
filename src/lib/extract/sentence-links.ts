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

const LIST_MARK = '(?:[(]?[一二三四五六七八九十\\d]{1,2}[)、.是]\\s*)?';
/** A time word may lead the continuing sentence: 去年共开展232场 continues the activity before. */
const TIME_LEAD = '(?:(?:(?:19|20)\\d{2}年|去年|今年|前年|当年|同年|上半年|下半年|全年)[,]?)?';
/** Openings that continue the same count: a part, a total or a distribution of it. */
const CONTINUES_COUNT = new RegExp(
  `^${LIST_MARK}${TIME_LEAD}(?:其中|共|总共|共计|合计|分别|另有|总额|总数|总计|总量|分[\\p{Script=Han}]{1,3}(?:看|来看|统计))`,
  'u',
);
/**
 * Openings that add to the topic (此外, 同时, 会上): weaker, so the figure must be counted in a
 * unit the theme typically uses (同时,县医院接诊患者3000人次 is not an honour).
 */
const ADDS_TO_TOPIC = new RegExp(
  `^${LIST_MARK}(?:此外|另外|同时|同期|与此同时|此次|本次|期间|其间|会上|会议期间|活动期间|活动中|大会|会议|该活动)`,
);
const TYPICAL_UNITS: Record<ScoredTheme, ReadonlySet<string>> = {
  honours: new Set(['个', '名', '人', '位', '家']),
  coverage: new Set(['个', '家', '所', '处', '%']),
  trainings: new Set(['期', '班', '场', '场次', '次', '人次', '份', '课时', '学时']),
  funding: new Set(['元', '项', '个']),
};
/** Anaphora anywhere before the figure: 获此殊荣的还有, 上述, 这些. */
const ANAPHORA = /获此(?:殊荣|荣誉|称号)|此项|上述|这些|该批|以上(?:单位|集体|个人)/;
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

type Reference = 'strong' | 'weak' | null;

function referenceOf(text: string, sentence: Span, figureAt: number): Reference {
  const lead = text.slice(sentence.start, figureAt);
  if (CONTINUES_COUNT.test(lead) || ANAPHORA.test(lead)) return 'strong';
  return ADDS_TO_TOPIC.test(lead) ? 'weak' : null;
}

/**
 * The sentence before, in the same paragraph; a strong reference (其中 opening a paragraph)
 * also reaches the last sentence of the paragraph before, unless that is a heading.
 */
function previousSentence(ctx: LinkContext, index: number, strong: boolean): Span | null {
  const prev = ctx.sentences[index - 1];
  const cur = ctx.sentences[index];
  if (!prev || !cur) return null;
  const breaks = ctx.text.slice(prev.end, cur.start).split('\n').length - 1;
  if (breaks === 0) return prev;
  const closed = /[。!?]$/.test(ctx.text.slice(prev.start, prev.end));
  return strong && breaks === 1 && closed ? prev : null;
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
    let antecedent: Antecedent | null = null;
    for (const f of own) {
      const reference = referenceOf(text, sentence, f.c.start);
      const prev = reference ? previousSentence(ctx, index, reference === 'strong') : null;
      if (prev && reference) {
        antecedent ??= antecedentOf(ctx, prev, figures);
        const { theme } = antecedent;
        const typical = theme !== 'other' && TYPICAL_UNITS[theme].has(f.c.unit);
        if (reference === 'strong' || typical) carried(f, theme, CARRIED_SCORE);
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
