import type { Candidate } from './candidates';
import {
  DISBURSED,
  FUNDED_NOUN,
  FUNDED_TO,
  fundShareRule,
  isGeneralAid,
  isNotFundingMoney,
  unfundedWorks,
  type FigureContext,
} from './funding-theme';
import { ADMIN_PLACES, claimTheme, isWholeSetClaim, isWholeSetTraining } from './set-claims';
import { CUES, UNITS, cueWeights, type ExtractTheme, type ScoredTheme } from './theme-cues';
import { PER_UNIT } from './target';
import { isCourseCount, isTrainingParticipants } from './participants';

/** Collectives and individuals as the counted noun (not 集体经济). */
/** Candidates for them too (58个候选集体): nominations keep the theme of the honour. */
const HONOURED = /^(?:.|候选|推荐)?(?:集体|个人)(?!经济|企业|土地|所有|资产|收入|林|户)/;
const HONOURED_BEFORE = /(?:集体|个人)$/;
/** A study visit makes the demonstration units visited a training activity, not a count of them. */
const VISITED = /参观|观摩|考察学习|学习考察/;

/** What a coverage figure counts: units, places and sites of the work. */
const COVERAGE_NOUNS =
  '示范|基地|单位|村|社区|学校|企业|地区|家园|点|长廊|乡|镇|县|旗|市|州|盟|机关|寺|宫观|教堂|宗教|集体|家庭|连队|景区|医院|窗口|街道|嘎查|苏木|团场|户';
const COVERAGE_NOUN = new RegExp(`^[^,;。]{0,14}(?:${COVERAGE_NOUNS})`);
/** The counted noun written before the figure: 评选出示范家庭500户, 示范村20个. */
const COVERAGE_NOUN_BEFORE = new RegExp(`(?:${COVERAGE_NOUNS})[^,;。、和及与\\d]{0,2}$`);
const NOUN_REJECTS_COVERAGE = /^[^,;。]{0,2}(?:商户|个体户|农户|住户|用户)/;
/** Places are honoured only when the clause says so (8个县被授予…模范集体称号). */
const PLACES_HONOURED = /表彰|授予|荣誉|称号|模范集体/;
/** A title of honour after people counted (8名居民获评…模范个人): not a demonstration unit. */
const HONOUR_TITLE = /模范(?:集体|个人|家庭|户)|先进(?:集体|个人|工作者)|荣誉称号/;
const PEOPLE_UNITS = new Set(['名', '人', '位']);
/** What makes places coverage: they were built, named or certified as creation units. */
const CERTIFIED = /建成|命名|挂牌|达标|获评|评为|创建[成为]|成功创建|入选|授予|验收/;
/** A rate of creation work before the figure: 创建覆盖率, 创建活动覆盖率, 创建工作达标率. */
const CREATION_RATE = /创建[\p{Script=Han}]{0,4}(?:覆盖率|达标率)[^,;。\d]{0,6}$/u;
/** The share of demonstration units among all units: 示范村占行政村总数的比例不低于35%. */
const DEMONSTRATION_SHARE =
  /示范[\p{Script=Han}]{0,4}(?:[(（][^)）]{0,4}[)）])?占[^,;。\d]{0,16}?(?:比例|比重)?[^,;。\d]{0,4}$/u;
/**
 * 29个乡镇中已有21个…, 今年举办的18期培训班中,双语班7期: the whole a part is counted in,
 * restated as the subject of a breakdown; not a count of the work of its own.
 */
const WHOLE_OF_PART = /^[^,;。\d]{0,8}?中(?:$|已有|已经有|有|共有|已)/;
/** A belt or corridor of the work and its length: 示范带长38公里, 模范长廊全长12公里. */
const BELT_LENGTH =
  /(?:示范|模范|团结)[^,;。\d]{0,6}(?:带|长廊|走廊|线路?)(?:全|总)?长(?:达到?|约|为)?$/;
/** Printed matter handed out in the work, counted in copies (not library books: 图书, 藏书). */
const PRINT_UNITS = new Set(['册', '本', '份', '套']);
const PRINTED_MATTER =
  /(?:资料|教材|读本|手册|宣传册|宣传品|折页|画册|挂图|编印|印发|印制)[^,;。\d]{0,8}$/;
/** Units only sessions of training and propaganda are counted in. */
const SESSION_UNITS = new Set(['期', '班', '场', '场次', '课时', '学时']);
/** A call on the places counted: 要, 应, 必须 (before any verb of certification). */
const EXHORTED = /^[^,;。]{0,10}?(?:要|应当?|需要|必须|务必)/;
/** Places a training or a propaganda tour went to. */
const REACHED_PLACES = /(?:覆盖|深入|走进|走遍|遍及|到达|辐射|延伸到?)[^,;。\d]{0,6}$/;
/** Visitors and tourists received are tourism, not an audience of the work. */
const TOURISTS = /游客|旅客|游人|观光/;
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
  /人口|户籍|常住|面积|耕地|林地|草场|海拔|收入|产值|总值|GDP|增加值|利润|税收|党员|职工|在校|病床|床位|里程|公里|民族(?![团工进宗事]|同志)|增长|增加了?|下降|减少|提高|同比|比上年|增幅/;

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
    // 每个示范村100万元: a per-unit subsidy standard.
    const score = scoreTheme('funding', c, ctx) + (PER_UNIT.test(before) ? 1 : 0);
    return score >= 0.3 ? { theme: 'funding', score } : { theme: 'other', score: 0 };
  }
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
  if (isWholeSetClaim(after)) return { theme: claimTheme(c, ctx), score: 1 };
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
    if (theme === 'coverage' && VISITED.test(before)) score *= 0.3;
    if (score > best.score) best = { theme, score };
  }
  if (best.score < 0.3 && isTrainingParticipants(c, ctx)) return { theme: 'trainings', score: 0.3 };
  // 开办传习班,累计开办68期; 设置6个专题: sessions, topics and courses counted anywhere in a
  // sentence about training are that training's.
  if (best.score < 0.3 && (SESSION_UNITS.has(c.unit) || isCourseCount(before, after))) {
    const { trainings } = cueWeights(text, ctx.sentence.start, ctx.sentence.end);
    if (trainings >= 1) return { theme: 'trainings', score: 0.3 };
  }
  return best.score >= 0.3 ? best : { theme: 'other', score: best.score };
}
