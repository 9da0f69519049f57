import type { Qualifier } from '../schema';
import { findCandidates, type Candidate } from './candidates';
import { carryThemes, type ThemedFigure } from './carry-over';
import { labelIndicator } from './indicator';
import { normalizeText, toOriginalSpan, type ToSimplified } from './normalize';
import { nonStatReason } from './not-statistics';
import { detectDocumentDate } from './document-date';
import { timeOf, type Period } from './periods';
import { clauseQualifier, prefixQualifier, resolveQualifier, suffixQualifier } from './qualifier';
import { quotedMask } from './quotes';
import { regionContext, type RegionLookup } from './region-context';
import { clauseAround, segmentAround, splitSentences, type Span } from './sentences';
import { linkSentences } from './sentence-links';
import { listedYearsTotal, pairedItem, type ListedItem } from './listed-pairs';
import { tableFacts } from './table-facts';
import { classifyTheme } from './theme';
import type { ExtractTheme } from './theme-cues';
import { detectTarget } from './target';
import { headingAbove, maskTitles, yearBefore } from './sentence-time';

export interface ExtractedFact {
  value: number;
  /** Upper end of a range (3-5个); null for a single figure. */
  value_max: number | null;
  unit: string;
  qualifier: Qualifier;
  theme: ExtractTheme;
  indicator: string;
  year: number | null;
  period: Period | null;
  region_code: string | null;
  region_name: string | null;
  is_target: boolean;
  /** The sentence, verbatim from the original text: `original.slice(start, end) === evidence`. */
  evidence: string;
  start: number;
  end: number;
  /** The figure itself (number through unit) in the original text. */
  mention_start: number;
  mention_end: number;
  confidence: number;
}

export interface ExtractOptions {
  /** Document date YYYY-MM-DD (or YYYY); otherwise read from a labelled header date. */
  date?: string;
  resolver?: RegionLookup;
  toSimplified?: ToSimplified;
}

const STAT_KINDS = new Set(['count', 'people', 'money', 'rate']);

function confidenceOf(
  c: Candidate,
  theme: ExtractTheme,
  themeScore: number,
  dated: boolean,
): number {
  let p = 0.55;
  if (theme !== 'other') p += themeScore >= 1 ? 0.25 : 0.1;
  if (STAT_KINDS.has(c.kind)) p += 0.1;
  if (dated) p += 0.05;
  if (c.chinese) p -= 0.15;
  return Math.round(Math.min(0.98, Math.max(0.1, p)) * 100) / 100;
}

const UNDATED = { year: null, period: null };

/** 机关、学校分别为12个、15个: the listed category leads the figure's indicator. */
function withCategory(item: ListedItem | null, label: string, place: boolean): string {
  if (!item || !('category' in item) || place) return label;
  const category = item.category.replace(/^(?:全|我|本|该)[省区市州盟县旗]/, '');
  return label.includes(category) ? label : category + label;
}

/** A table's total row: 合计, 总计, 全盟合计 as its first cell (HTML or pipe text). */
const TOTAL_ROW =
  /^(?:<tr>\s*)?(?:\|\s*|<t[dh][^>]*>\s*)?(?:全[\p{Script=Han}]{1,2})?(?:合计|总计|小计)/u;

/**
 * A total row repeats what the text around the table already says (本批共下达…其中中央财政资金
 * 1580万元; | 合计 | 1580 |): a reader counts the figure once, where the prose states it.
 */
function restatesProse(fact: ExtractedFact, prose: readonly ExtractedFact[]): boolean {
  if (!TOTAL_ROW.test(fact.evidence)) return false;
  return prose.some((p) => p.value === fact.value && p.unit === fact.unit);
}

export function extractFacts(original: string, opts: ExtractOptions = {}): ExtractedFact[] {
  const norm = normalizeText(original, { toSimplified: opts.toSimplified });
  const { text } = norm;
  const docDate = opts.date ?? detectDocumentDate(text);
  const quoted = quotedMask(text);
  const regions = opts.resolver ? regionContext(text, opts.resolver, quoted) : null;
  const timeAt = (sentence: Span, at: number) =>
    timeOf(
      maskTitles(text.slice(sentence.start, sentence.end)),
      at - sentence.start,
      docDate,
      yearBefore(text, sentence.start),
    );
  const headingTime = (sentence: Span) => {
    const heading = headingAbove(text, sentence.start);
    return heading ? timeOf(heading, heading.length, docDate) : null;
  };
  const sentences = splitSentences(text);
  const tables = tableFacts({ original, norm, docDate, regions, resolver: opts.resolver });
  const inTable = (at: number) => tables.rows.some((r) => at >= r.start && at < r.end);
  const figures: ThemedFigure[] = [];
  for (const sentence of sentences) {
    for (const c of findCandidates(text, sentence.start, sentence.end)) {
      if (c.end > sentence.end || inTable(c.start)) continue;
      if (nonStatReason(c, { text, quoted })) continue;
      const clause = clauseAround(text, sentence, c.start);
      const time = timeAt(sentence, c.start) ?? headingTime(sentence);
      figures.push({ c, sentence, time, ...classifyTheme(c, { text, clause, sentence }) });
    }
  }
  figures.sort((a, b) => a.c.start - b.c.start);
  carryThemes(text, figures);
  linkSentences({ text, sentences, timeAtEnd: (s) => timeAt(s, s.end) }, figures);
  carryThemes(text, figures);
  const startsBySentence = new Map<number, number[]>();
  for (const f of figures) {
    const starts = startsBySentence.get(f.sentence.start) ?? [];
    startsBySentence.set(f.sentence.start, [...starts, f.c.start]);
  }
  const prose = figures.flatMap(buildFacts);
  const tableFactsKept = tables.facts.filter((f) => !restatesProse(f, prose));
  return [...prose, ...tableFactsKept].sort((a, b) => a.start - b.start);

  /** 甲县、乙县各有3个集体: one fact per place listed before 各, else one. */
  function buildFacts(figure: ThemedFigure): ExtractedFact[] {
    const fact = buildFact(figure);
    const places = regions?.eachAt(figure.c.start, figure.sentence) ?? [];
    return places.length
      ? places.map((p) => ({ ...fact, region_code: p.code, region_name: p.name }))
      : [fact];
  }

  function buildFact({ c, sentence, theme, score, time: own }: ThemedFigure): ExtractedFact {
    const clause = clauseAround(text, sentence, c.start);
    const before = text.slice(clause.start, c.start);
    const afterFull = text.slice(c.end, clause.end);
    const siblings = startsBySentence.get(sentence.start) ?? [];
    const listed = pairedItem(text, c.start, sentence, siblings);
    const total = listed ? null : listedYearsTotal(text, c.start, sentence);
    const dated =
      listed && 'year' in listed
        ? { year: listed.year, period: null }
        : total
          ? { year: null, period: total }
          : (own ?? UNDATED);
    const pre = prefixQualifier(text.slice(Math.max(sentence.start, c.start - 6), c.start));
    const bound = pre ? null : clauseQualifier(before);
    const post = suffixQualifier(text.slice(c.end, c.end + 2));
    const isTarget = detectTarget(
      before,
      pre?.qualifier ?? bound,
      post?.qualifier ?? null,
      text.slice(sentence.start, c.start),
    );
    // 每个社区每季度…不少于1次: a norm per unit or per period holds in no single year.
    const isNorm = isTarget && (pre?.qualifier ?? bound) === 'at_least' && /每/.test(before);
    const time = isNorm ? { year: null, period: dated.period } : dated;
    const qualifier = resolveQualifier({
      inner: c.inner,
      prefix: pre?.qualifier ?? bound,
      suffix: post?.qualifier ?? null,
      isTarget,
      range: c.valueMax !== null,
    });
    const segment = segmentAround(text, sentence, c.start);
    const paired = regions?.pairedAt(c.start, sentence, siblings) ?? null;
    const region = paired ?? regions?.regionAt(c.start, segment, clause) ?? null;
    const ev = toOriginalSpan(norm, original, sentence.start, sentence.end);
    const figureStart = c.start - (pre?.length ?? 0);
    const figureEnd = c.end + (post?.length ?? 0);
    const mention = toOriginalSpan(norm, original, figureStart, figureEnd);
    return {
      value: c.value,
      value_max: c.valueMax,
      unit: c.unit,
      qualifier,
      theme,
      indicator: withCategory(listed, labelIndicator(c, theme, before, afterFull), paired !== null),
      year: time.year,
      period: time.period,
      region_code: region?.code ?? null,
      region_name: region?.name ?? null,
      is_target: isTarget,
      evidence: original.slice(ev.start, ev.end),
      start: ev.start,
      end: ev.end,
      mention_start: mention.start,
      mention_end: mention.end,
      confidence: confidenceOf(c, theme, score, time.year !== null || time.period !== null),
    };
  }
}
