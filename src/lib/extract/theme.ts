import type { Candidate } from './candidates';
import { PER_UNIT } from './target';

export const EXTRACT_THEMES = ['coverage', 'honours', 'trainings', 'funding', 'other'] as const;
export type ExtractTheme = (typeof EXTRACT_THEMES)[number];
type ScoredTheme = Exclude<ExtractTheme, 'other'>;

interface Cue {
  re: RegExp;
  weight: number;
}

const cue = (source: string, weight = 1): Cue => ({ re: new RegExp(source, 'gu'), weight });

/** Cue words per theme. General vocabulary of creation reports, not phrases of any one report. */
const CUES: Record<ScoredTheme, Cue[]> = {
  honours: [
    cue('模范(?:集体|个人|单位|家庭|人物|户)'),
    cue('示范(?:集体|个人)'),
    cue('选树|评选', 0.7),
    cue('先进(?:集体|个人|单位|工作者)'),
    cue('表彰'),
    cue('荣誉称号'),
    cue('授予', 0.8),
  ],
  coverage: [
    cue('示范(?!作用|带动|引领|引导|效应|集体|个人)'),
    cue('模范(?:县|市|州|旗|乡|镇|村|社区|区|长廊)'),
    cue('创建(?:成|为|成为)'),
    cue('达标', 0.8),
    cue('榜上有名|获此殊荣|上榜|入选|获评|候选|培育名录', 0.6),
    cue('(?:教育|研究|实践|展示|教学)(?:基地|点)'),
    cue('特色村寨'),
    cue('模范长廊'),
    cue('石榴籽?(?:家园|之家|驿站|工作室)'),
    cue('互嵌|嵌入式'),
    cue('结对认亲|结亲|认亲'),
    cue('命名'),
    cue('挂牌', 0.7),
    cue('试点', 0.7),
    cue('创建(?:单位|覆盖率|达标率?|点|对象)'),
  ],
  trainings: [
    cue('培训'),
    cue('学员'),
    cue('宣讲'),
    cue('讲座'),
    cue('党课|授课|讲授|课时|学时'),
    cue('学习研讨|研讨|专题学习|集中学习'),
    cue('宣传(?!队)'),
    cue('受众|听众|观众'),
    cue('观看|收看'),
    cue(
      '(?:团结|进步|民族|宣传|主题|爱国主义|法治)教育(?![\\p{Script=Han}]{0,4}基地)|教育活动|受教育',
    ),
    cue('(?:覆盖|接待)(?=[^,;。]{0,16}人次)', 0.8),
    cue('演出|展演', 0.8),
    cue('活动(?![室场中阵])', 0.8),
    cue('知识竞赛|演讲比赛|征文'),
    cue('参加|参与|参训', 0.6),
    // Materials and displays of propaganda.
    cue('展板|横幅|标语|海报|墙报|板报|宣传栏|宣传品|宣传册|手册|折页|显示屏|电子屏|LED', 0.8),
    // Posts on official accounts and their reach.
    cue('推送|浏览量|阅读量|点击量|播放量|抖音|视频号|公众号|融媒体|宣传专栏', 0.8),
    // Study visits: sites toured by trainees.
    cue('参观|观摩|考察学习|学习考察', 0.8),
  ],
  funding: [
    cue('资金'),
    cue('投资|投入'),
    cue('经费'),
    cue('拨付|下达|划拨|拨到|拨给|落实'),
    cue('补助|补贴|奖补|资助'),
    cue('争取', 0.7),
    cue('安排', 0.5),
    cue('扶持', 0.7),
    cue('自筹|配套|整合|筹集|捐赠|捐款|贴息|援助|用于', 0.8),
  ],
};

/** Money that is not spending on the work: income, output, budgets, welfare payments. */
const NOT_FUNDING_MONEY =
  /收入|产值|支出|收益|营业|产量|工资|低保|救助|救济|保险|养老|医保|消费|销售|生产总值|GDP|利润|税|存款|贷款|价格|增加值|转移支付/g;
const FUNDING_MONEY = /资金|投资|投入|经费|拨付|下达|补助|补贴|奖补|资助|贴息|援助|自筹|配套/g;

const lastIndex = (re: RegExp, s: string) =>
  Math.max(-1, ...[...s.matchAll(re)].map((m) => m.index ?? -1));

/** Units each theme counts in. */
const UNITS: Record<ScoredTheme, Set<string>> = {
  honours: new Set(['个', '名', '人', '位', '家', '个次', '人次', '项', '户', '批', '次']),
  coverage: new Set(['个', '家', '所', '处', '条', '户', '座', '%', '批', '人', '名', '村']),
  trainings: new Set([
    '期',
    '班',
    '场',
    '场次',
    '次',
    '人',
    '人次',
    '名',
    '位',
    '份',
    '课时',
    '学时',
    '%',
    '个',
    '册',
    '本',
    '部',
    '件',
    '篇',
    '处',
    '块',
    '幅',
    '张',
    '条',
  ]),
  funding: new Set(['元', '个', '项', '%']),
};

export function themeTakesUnit(theme: ExtractTheme, unit: string): boolean {
  return theme === 'other' || UNITS[theme].has(unit);
}

/** Places and projects that money goes to: 用于11个县374个村, 对34个县128个项目进行扶持. */
const FUNDED_NOUN =
  /^[^,;。]{0,12}?(?:县|市|区|旗|乡|镇|村|寨|社区|项目|工程|点)(?![\p{Script=Han}]{0,2}(?:示范|基地))/u;
/** Collectives and individuals as the counted noun (not 集体经济). */
const HONOURED = /^.?(?:集体|个人)(?!经济|企业|土地|所有|资产|收入|林|户)/;
/** A study visit makes the demonstration units visited a training activity, not a count of them. */
const VISITED = /参观|观摩|考察学习|学习考察/;

/** What a coverage figure counts: units, places and sites of the work. */
const COVERAGE_NOUN =
  /^[^,;。]{0,14}(?:示范|基地|单位|村|社区|学校|企业|地区|家园|点|长廊|乡|镇|县|旗|市|州|盟|机关|寺|宫观|教堂|宗教|集体|家庭|连队|景区|医院|窗口|街道|嘎查|苏木|团场|户)/;
const NOUN_REJECTS_COVERAGE = /^[^,;。]{0,2}(?:商户|个体户|农户|住户|用户)/;

/** Nouns after a small Chinese numeral that make it a count of the work (三条示范带). */
export const COUNTED_THEME_NOUN = new RegExp(
  '^[^,;。]{0,6}(?:' +
    [...CUES.coverage, ...CUES.honours]
      .map((c) => c.re.source)
      .concat(['培训班', '宣讲团', '讲座'])
      .join('|') +
    ')',
);

export interface ThemeContext {
  text: string;
  clause: { start: number; end: number };
  sentence: { start: number; end: number };
}

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
}

export function classifyTheme(c: Candidate, ctx: ThemeContext): ThemeResult {
  const { text, clause, sentence } = ctx;
  const before = text.slice(clause.start, c.start);
  const after = text.slice(c.end, clause.end);
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (c.kind === 'money') {
    // Income, output and welfare money is not funding, unless a funding word sits nearer.
    const nearest = before.slice(-14);
    const negative = lastIndex(NOT_FUNDING_MONEY, nearest);
    if (negative > lastIndex(FUNDING_MONEY, nearest) || /^[^,;。]{0,3}(?:收入|产值)/.test(after)) {
      return { theme: 'other', score: 0 };
    }
    // 每个示范村100万元: a per-unit subsidy standard.
    const score = scoreTheme('funding', c, ctx) + (PER_UNIT.test(before) ? 1 : 0);
    return score >= 0.3 ? { theme: 'funding', score } : { theme: 'other', score: 0 };
  }
  // Projects in these reports are funded projects; research topics (课题) are not.
  const projects = /^[^,;。\d]{0,12}项目/.test(after) || /项目[^,;。\d]{0,3}$/.test(before);
  if (projects && ['个', '项'].includes(c.unit) && !/课题|研究/.test(sentenceText)) {
    return { theme: 'funding', score: 1 + scoreTheme('funding', c, ctx) };
  }
  let best: ThemeResult = { theme: 'other', score: 0 };
  if (['个', '项'].includes(c.unit) && FUNDED_NOUN.test(after)) {
    const score = scoreTheme('funding', c, ctx);
    if (score > 0) best = { theme: 'funding', score };
  }
  for (const theme of ['honours', 'coverage', 'trainings'] as const) {
    if (!UNITS[theme].has(c.unit)) continue;
    let score = scoreTheme(theme, c, ctx);
    if (theme === 'coverage' && NOUN_REJECTS_COVERAGE.test(after)) score = 0;
    // 8个集体和7名个人上榜: collectives and individuals counted are the honoured ones.
    if (theme === 'honours' && HONOURED.test(after)) score += score > 0 ? 1.5 : 1;
    if (theme === 'coverage' && !COVERAGE_NOUN.test(after)) score *= 0.4;
    if (theme === 'coverage' && VISITED.test(before)) score *= 0.3;
    if (score > best.score) best = { theme, score };
  }
  return best.score >= 0.3 ? best : { theme: 'other', score: best.score };
}
