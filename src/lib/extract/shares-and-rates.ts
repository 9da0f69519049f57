/**
 * Figures whose meaning is fixed by what they are a share, a rate or a standard of, rather
 * than by the theme words of their sentence: how well the work went (知晓率95%, 支出进度98%),
 * who the honoured are (受表彰的模范个人中少数民族同志占58.2%), honours a unit received
 * (荣誉37项), and pay or subsidy per person (护边员年人均补助1.2万元).
 */
import type { Candidate } from './candidates';
import type { FigureContext } from './funding-theme';
import { segmentAround } from './sentences';
import { cueWeights, type ScoredTheme } from './theme-cues';

/**
 * Rates of how the work was received or carried out: awareness and satisfaction of the public,
 * money paid or spent against plan, works completed. Readers file them as other (gold.json:
 * rates are other); coverage rates of the work (创建覆盖率) are not among them.
 */
const PERFORMANCE_RATE = new RegExp(
  '(?:(?:知晓|满意|认可|认同|支持|好评)(?:率|度)|' +
    '(?:支付|拨付|执行|支出|到位|完成|完工|办结|兑现)(?:率|进度))[^,;。\\d]{0,6}$',
);
/** How far funds must be spent by a deadline (支出进度9月底前不低于60%): a rule on the funds. */
export const DISBURSED = /(?:支付|拨付|执行|支出)(?:率|进度)/;
const REQUIRED = /须|应当?|要|确保|力争|不低于|不少于|前/;

export function isPerformanceRate(c: Candidate, before: string): boolean {
  if (c.unit !== '%' || !PERFORMANCE_RATE.test(before)) return false;
  return !(DISBURSED.test(before) && REQUIRED.test(before));
}

/**
 * 在受表彰的模范个人中, 受表彰的集体中: the honoured named as the whole that a share of its
 * part (少数民族同志占58.2%, 一线工作者超过六成) is counted in.
 */
const HONOURED_WHOLE =
  /(?:表彰|授予|获评|评选|命名)[^,;。\d]{0,8}?(?:模范|先进)?(?:集体|个人|人员|同志|对象|单位)中/;

/**
 * A share or a number of the honoured themselves (少数民族占72.5%, 女性89名), stated in the
 * part of the sentence that names them.
 */
export function isHonouredShare(c: Candidate, ctx: FigureContext): boolean {
  if (c.unit !== '%' && c.kind !== 'people') return false;
  const { text, sentence } = ctx;
  const segment = segmentAround(text, sentence, c.start);
  return HONOURED_WHOLE.test(text.slice(segment.start, c.start));
}

/** 获得市级以上荣誉37项, 其中国家级荣誉5项: honours a unit received, counted as items. */
const HONOURS_RECEIVED = /荣誉(?:称号)?(?:共|达|计)?$/;
const HONOURS_UNITS = new Set(['项', '个', '次']);

export function isHonoursReceived(c: Candidate, before: string): boolean {
  return HONOURS_UNITS.has(c.unit) && HONOURS_RECEIVED.test(before);
}

/**
 * 护边员补助年人均4200元, 年人均补助1.2万元: the pay or subsidy each person or household gets is
 * a standard of welfare or wages, not money for the work; a budget standard per resident
 * (按人均2元的标准列入预算) stays what the budget is.
 */
const PER_HEAD = /(?:人均|每人|每户|每名)(?:每?[年月])?(?:补助|补贴|津贴|发放)?(?:为|达到?)?$/;
const PAYMENT = /补助|补贴|津贴|工资|报酬|慰问金|生活费/;

export function isPaymentPerHead(before: string, after: string): boolean {
  return PER_HEAD.test(before) && PAYMENT.test(before) && !/^的?标准/.test(after);
}

/**
 * 建成示范村41个,覆盖率达到72.5%; 受众3.5万人次,覆盖率达到95%; 260个村建成示范村,占比近九成:
 * a coverage rate or share with no subject of its own opens its clause and measures the work
 * counted just before it, so it takes that work's theme (a rate named for its subject,
 * 森林覆盖率, 少数民族占比, is left to its own words).
 */
const BARE_COVERAGE_RATE = /^(?:其|的)?(?:覆盖(?:率|面)|占比)[^,;。\d]{0,4}$/;

export function bareRateTheme(c: Candidate, ctx: FigureContext): ScoredTheme | null {
  const { text, clause, sentence } = ctx;
  if (c.unit !== '%' || !BARE_COVERAGE_RATE.test(text.slice(clause.start, c.start))) return null;
  const part = segmentAround(text, sentence, c.start);
  const weights = cueWeights(text, part.start, clause.start);
  const themes = (['coverage', 'trainings', 'honours'] as const).filter((t) => weights[t] >= 1);
  themes.sort((a, b) => weights[b] - weights[a]);
  return themes[0] ?? null;
}
