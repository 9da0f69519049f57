import type { Candidate } from './candidates';
import {
  FUNDED_NOUN,
  FUNDED_TO,
  fundShareRule,
  isGeneralAid,
  isNotFundingMoney,
  unfundedWorks,
  type FigureContext,
} from './funding-theme';
import {
  ADMIN_PLACES,
  claimTheme,
  isWholeCovered,
  isWholeSetClaim,
  isWholeSetTraining,
} from './set-claims';
import { CUES, UNITS, cueWeights, type ExtractTheme, type ScoredTheme } from './theme-cues';
import { PER_UNIT } from './target';
import { isCourseCount, isTrainingParticipants } from './participants';
import { summedUpTheme } from './clause-totals';
import {
  HONOURED,
  HONOURED_BEFORE,
  VISITED,
  COVERAGE_NOUN,
  COVERAGE_NOUN_BEFORE,
  DEMONSTRATION_HEAD,
  NOUN_REJECTS_COVERAGE,
  PLACES_HONOURED,
  HONOUR_TITLE,
  PEOPLE_UNITS,
  CERTIFIED,
  CREATION_RATE,
  DEMONSTRATION_SHARE,
  WHOLE_OF_PART,
  BELT_LENGTH,
  PRINT_UNITS,
  PRINTED_MATTER,
  SESSION_UNITS,
  EXHORTED,
  REACHED_PLACES,
  TOURISTS,
} from './theme-words';
import {
  DISBURSED,
  bareRateTheme,
  isHonouredShare,
  isHonoursReceived,
  isPaymentPerHead,
  isPerformanceRate,
} from './shares-and-rates';

export type ThemeContext = FigureContext;

function scoreTheme(theme: ScoredTheme, c: Candidate, ctx: ThemeContext): number {
  const { text, clause, sentence } = ctx;
  let score = 0;
  let sentenceScore = 0;
  for (const { re, weight } of CUES[theme]) {
    const body = text.slice(sentence.start, sentence.end);
    for (const m of body.matchAll(re)) {
      const at = sentence.start + (m.index ?? 0);
      const endAt = at + m[0].length;
      const inClause = at >= clause.start && endAt <= clause.end;
      if (!inClause) {
        sentenceScore += 0.15 * weight;
        continue;
      }
      const after = at >= c.end;
      const dist = after ? at - c.end : Math.max(0, c.start - endAt);
      score += ((after ? 2.5 : 2) * weight) / (1 + dist / 6);
    }
  }
  // The rest of the sentence only breaks ties; alone it never makes a theme.
  return score + Math.min(sentenceScore, 0.25);
}

export interface ThemeResult {
  theme: ExtractTheme;
  score: number;
  /** A count of background (population, area, income …) that context must not theme. */
  background: boolean;
}

/**
 * Background right before or after a figure: nouns (户籍人口455万人, 有42个民族, 总面积) and
 * changes (增长15%, 比上年增加3个), which are not counts of the work.
 */
const BACKGROUND =
  /人口|户籍|常住|面积|耕地|林地|草场|海拔|收入|产值|总值|GDP|增加值|利润|税收|党员|职工|在校|病床|床位|里程|公里|民族(?![团工进宗事]|同志|干部)|增长|增加了?|下降|减少|提高|同比|比上年|增幅/;

export function classifyTheme(c: Candidate, ctx: ThemeContext): ThemeResult {
  const { text, clause } = ctx;
  const before = text.slice(clause.start, c.start);
  const after = text.slice(c.end, clause.end);
  const background = BACKGROUND.test(before.slice(-8)) || BACKGROUND.test(after.slice(0, 4));
  const result = themeOf(c, ctx);
  return { ...result, background: result.theme === 'other' && (background || result.score < 0) };
}

function themeOf(c: Candidate, ctx: ThemeContext): { theme: ExtractTheme; score: number } {
  const { text, clause } = ctx;
  const before = text.slice(clause.start, c.start);
  const after = text.slice(c.end, clause.end);
  if (c.kind === 'money') {
    if (isNotFundingMoney(before, after)) return { theme: 'other', score: -1 };
    if (isGeneralAid(c, ctx)) return { theme: 'other', score: -1 };
    if (isPaymentPerHead(before, after)) return { theme: 'other', score: -1 };
    // 每个示范村100万元: a per-unit subsidy standard.
    const score = scoreTheme('funding', c, ctx) + (PER_UNIT.test(before) ? 1 : 0);
    return score >= 0.3 ? { theme: 'funding', score } : { theme: 'other', score: 0 };
  }
  if (isPerformanceRate(c, before)) return { theme: 'other', score: -1 };
  if (isHonouredShare(c, ctx) || isHonoursReceived(c, before))
    return { theme: 'honours', score: 1 };
  const rated = bareRateTheme(c, ctx);
  if (rated) return { theme: rated, score: 1 };
  // Projects in these reports are funded projects; research topics (课题) are not.
  const projects = /^[^,;。\d]{0,12}项目/.test(after) || /项目[^,;。\d]{0,3}$/.test(before);
  // Research topics are named next to the figure (研究课题3项), not anywhere in the sentence
  // (经州财政局研究, …等项目64个 is a count of funded projects).
  const research = /课题|研究/.test(before.slice(-12) + after.slice(0, 12));
  // General aid is background: no context makes it funding (score < 0).
  if (projects && ['个', '项'].includes(c.unit) && isGeneralAid(c, ctx)) {
    return { theme: 'other', score: -1 };
  }
  if (
    projects &&
    ['个', '项'].includes(c.unit) &&
    !research &&
    !ADMIN_PLACES.test(after) &&
    !unfundedWorks(ctx)
  ) {
    return { theme: 'funding', score: 1 + scoreTheme('funding', c, ctx) };
  }
  if (isWholeSetClaim(after) || isWholeCovered(before, after))
    return { theme: claimTheme(c, ctx), score: 1 };
  if (isWholeSetTraining(before, after)) return { theme: 'trainings', score: 1 };
  // 来自8个县市的学员: where participants come from, not a count of the work.
  if (/来自[^,;。\d]{0,2}$/.test(before) && ADMIN_PLACES.test(after))
    return { theme: 'other', score: 0 };
  let best: { theme: ExtractTheme; score: number } = { theme: 'other', score: 0 };
  if (c.unit === '%' && (DISBURSED.test(before) || fundShareRule(c, ctx))) {
    return { theme: 'funding', score: 1 };
  }
  // 示范带长38公里: the length of a demonstration belt or corridor is the extent of its coverage.
  if (c.unit === '公里' && BELT_LENGTH.test(before)) return { theme: 'coverage', score: 1 };
  // 创建活动覆盖率达到100%: the share of units reached by creation work (森林覆盖率 is other).
  if (c.unit === '%' && (CREATION_RATE.test(before) || DEMONSTRATION_SHARE.test(before)))
    return { theme: 'coverage', score: 1 };
  if (WHOLE_OF_PART.test(after)) return { theme: 'other', score: -1 };
  // 编印学习资料6000余册: printed materials of the work are its propaganda and education.
  if (PRINT_UNITS.has(c.unit) && PRINTED_MATTER.test(before.slice(-16)))
    return { theme: 'trainings', score: 1 };
  const places = ADMIN_PLACES.test(after);
  if (
    ['个', '项'].includes(c.unit) &&
    FUNDED_NOUN.test(after) &&
    (!places || FUNDED_TO.test(before))
  ) {
    const score = scoreTheme('funding', c, ctx);
    if (score > 0) best = { theme: 'funding', score };
  }
  const visited = VISITED.test(before);
  if (UNITS.coverage.has(c.unit) && DEMONSTRATION_HEAD.test(after) && !places && !visited)
    return { theme: 'coverage', score: 1 };
  for (const theme of ['honours', 'coverage', 'trainings'] as const) {
    if (!UNITS[theme].has(c.unit)) continue;
    let score = scoreTheme(theme, c, ctx);
    if (theme === 'coverage' && NOUN_REJECTS_COVERAGE.test(after)) score = 0;
    // Places named as such are coverage only when certified as creation units, not when they
    // are told what to do (155个民族自治地方要以命名为契机…).
    if (theme === 'coverage' && places && (!CERTIFIED.test(after) || EXHORTED.test(after)))
      score = 0;
    // Places a training reached (覆盖全县11个乡镇) count for it; places that hold their own (全市5个县同步开展轮训) are background.
    if (theme === 'trainings' && places && !REACHED_PLACES.test(before)) score = 0;
    if (theme === 'trainings' && TOURISTS.test(before.slice(-12))) score = 0;
    if (theme === 'honours' && places && !PLACES_HONOURED.test(after)) score = 0;
    // 候选集体198个, 先进个人12名: collectives and individuals named before their count.
    const honouredBefore = HONOURED_BEFORE.test(before);
    // Collectives and individuals counted (候选集体, 8个集体) are never demonstration units.
    if (theme === 'coverage' && (honouredBefore || HONOURED.test(after))) score = 0;
    if (theme === 'honours' && honouredBefore) score += 1;
    const honouredPeople = HONOUR_TITLE.test(after) || HONOURED.test(after);
    if (theme === 'coverage' && PEOPLE_UNITS.has(c.unit) && honouredPeople) score = 0;
    // 8个集体和7名个人上榜: collectives and individuals counted are the honoured ones.
    if (theme === 'honours' && HONOURED.test(after)) score += score > 0 ? 1.5 : 1;
    const counted = COVERAGE_NOUN.test(after) || COVERAGE_NOUN_BEFORE.test(before);
    if (theme === 'coverage' && !counted) score *= 0.4;
    if (theme === 'coverage' && visited) score *= 0.3;
    if (score > best.score) best = { theme, score };
  }
  if (best.score < 0.3 && isTrainingParticipants(c, ctx)) return { theme: 'trainings', score: 0.3 };
  const summedUp = best.score < 0.3 ? summedUpTheme(c, ctx) : null;
  if (summedUp) return { theme: summedUp, score: 0.3 };
  // 开办传习班,累计开办68期; 设置6个专题: sessions, topics and courses counted anywhere in a
  // sentence about training are that training's.
  if (best.score < 0.3 && (SESSION_UNITS.has(c.unit) || isCourseCount(before, after))) {
    const { trainings } = cueWeights(text, ctx.sentence.start, ctx.sentence.end);
    if (trainings >= 1) return { theme: 'trainings', score: 0.3 };
  }
  return best.score >= 0.3 ? best : { theme: 'other', score: best.score };
}
