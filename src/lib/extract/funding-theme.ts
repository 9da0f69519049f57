/**
 * What makes money and project counts funding of the work, and what does not: income and
 * welfare money, rules on fund shares, places the money goes to, and pairing aid in general.
 */
import type { Candidate } from './candidates';
import { cueWeights } from './theme-cues';

export interface FigureContext {
  text: string;
  clause: { start: number; end: number };
  sentence: { start: number; end: number };
}

/** Money that is not spending on the work: income, output, budgets, welfare payments. */
const NOT_FUNDING_MONEY =
  /收入|产值|支出|收益|营业|产量|工资|低保|救助|救济|保险|养老|医保|消费|销售|生产总值|GDP|利润|税|存款|贷款|价格|增加值|转移支付|津贴|民生补贴|生活补贴/g;
const FUNDING_MONEY =
  /资金|投资|投入|经费|拨付|下达|补助|(?<!民生|生活)补贴|奖补|资助|贴息|援助|自筹|配套/g;

const lastIndex = (re: RegExp, s: string) =>
  Math.max(-1, ...[...s.matchAll(re)].map((m) => m.index ?? -1));

/** Income, output and welfare money, unless a funding word sits nearer the figure. */
export function isNotFundingMoney(before: string, after: string): boolean {
  const nearest = before.slice(-14);
  const negative = lastIndex(NOT_FUNDING_MONEY, nearest);
  return negative > lastIndex(FUNDING_MONEY, nearest) || /^[^,;。]{0,3}(?:收入|产值)/.test(after);
}

/** Places and projects that money goes to: 用于11个县374个村, 对34个县128个项目进行扶持. */
export const FUNDED_NOUN =
  /^[^,;。]{0,12}?(?:县|市|区|旗|乡|镇|村|寨|社区|项目|工程|点)(?![\p{Script=Han}]{0,2}(?:示范|基地))/u;
/** Money sent to places (拨到各市州39个县区, 用于11个县, 对34个县…扶持); 覆盖 is not sending. */
export const FUNDED_TO = /(?:用于|拨到|拨付到?|下达到?|分配到?|对)[^,;。\d覆盖]{0,6}$/;
/** Rules on shares of funds (权重不低于30%); rates of money paid out: see shares-and-rates. */
const FUND_SHARE_RULE = /(?:权重|比例|比重|占比)[^,;。\d]{0,6}$/;
/** A share the funds must reach (配套资金达到总投入的10%); one they make up (占总额的47.7%) is not a rule. */
const REQUIRED_SHARE = /(?:达到|不低于|不少于)总(?:投入|额|资金)的$/;

/** A rule on how funds are shared out, in a sentence about funds: 权重不低于30%. */
export function fundShareRule(c: Candidate, ctx: FigureContext): boolean {
  const { text, clause, sentence } = ctx;
  const raw = text.slice(clause.start, c.start);
  const before = raw.replace(/(?:不低于|不少于|不超过|达到|为|须|应)+$/, '');
  const rule = FUND_SHARE_RULE.test(before) || REQUIRED_SHARE.test(raw);
  // The funds must be named in the figure's own part of the sentence: after a semicolon
  // (资金到位2.14亿元;…人口占比分别达到68.2%) a share is of something else.
  const from = Math.max(
    sentence.start,
    text.lastIndexOf('；', c.start) + 1,
    text.lastIndexOf(';', c.start) + 1,
  );
  return rule && /资金|经费/.test(text.slice(from, sentence.end));
}

/** Pairing aid named as the fund or the project kind: 援藏资金, 援疆项目, 东西部协作资金. */
const AID_BEFORE =
  /(?:援藏|援疆|援青|援建|对口支援|对口帮扶|东西部协作|帮扶|协作)(?:资金|项目)[^,;。\d]{0,2}$/;
/** What the sentence says the aid is for, when it is for the work. */
const WORK_PURPOSE = /创建|示范|民族团结|交往交流交融|石榴籽|少数民族发展|民族工作/;

/**
 * 累计安排援藏资金46.3亿元,实施援藏项目512个,其中用于…交往交流交融的项目87个: pairing aid
 * whose sentence splits off the part spent on the work (其中) is a total that pays for
 * everything (schools, roads, hospitals); it is funding of the work only when it says so before
 * the split. Aid stated without such a split (落实协作资金1500万元) is money the report's work got.
 */
export function isGeneralAid(c: Candidate, ctx: FigureContext): boolean {
  const { text, clause, sentence } = ctx;
  if (!AID_BEFORE.test(text.slice(clause.start, c.start))) return false;
  const rest = text.slice(c.end, sentence.end);
  const split = rest.search(/其中/);
  if (split < 0) return false;
  const said = text.slice(sentence.start, c.end + split);
  return !WORK_PURPOSE.test(said);
}

/**
 * 实施寺院消防设施改造项目43项 under a heading of livelihood, beside income and population:
 * projects of other work. Projects are funded projects of the work only when money or the
 * work is named in their sentence or the lines just before it in their paragraph.
 */
export function unfundedWorks(ctx: FigureContext): boolean {
  const { text, sentence } = ctx;
  const from = Math.max(0, sentence.start - 60);
  const blank = [...text.slice(from, sentence.start).matchAll(/\n\s*\n/g)].at(-1);
  const w = cueWeights(text, blank ? from + (blank.index ?? 0) : from, sentence.end);
  return w.funding === 0 && w.coverage === 0 && w.trainings === 0 && w.honours === 0;
}
