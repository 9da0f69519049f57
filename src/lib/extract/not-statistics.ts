import type { Candidate } from './candidates';
import { followsQuote } from './quotes';
import { lineAround } from './sentences';
import { COUNTED_BEFORE, COUNTED_THEME_NOUN } from './theme-cues';

/** Why a figure is not a statistic; null when it may be one. */
export type NonStatReason =
  | 'date'
  | 'anniversary'
  | 'duration'
  | 'ordinal'
  | 'quoted'
  | 'page-chrome'
  | 'identifier'
  | 'slogan'
  | 'rhetorical-count'
  | 'list-heading'
  | 'prose-numeral'
  | 'altitude';

/** Header and footer lines: contacts, registrations, page furniture. */
const CHROME =
  /电话|传真|邮编|邮政编码|ICP|备案|公网安备|许可证|版权所有|copyright|©|地址[:：]|技术支持|主办单位|承办单位|网站标识码|阅读次数|浏览次数|访问量|点击[数量率]|阅读量|浏览量|上一篇|下一篇|当前位置|发布时间|发表时间|责任编辑|打印本页|关闭窗口/i;
/** Document-site titles such as 事迹材料(最新4篇). */
const LISTING = /(?:最新|精选|实用|热门|优秀|推荐|范文)\d+篇/;
/** Page counters: 浏览 2356 次, 阅读:120, 点赞 35 次. */
/** Page counters, and the print run in an official document's imprint (印发（共印200份）). */
const COUNTER_BEFORE =
  /(?:阅读|浏览|访问|点击|点赞|评论|转发|收藏|分享)(?:量|数|次数)?[:：]?\s*$|(?:共印|印数[:：]?)\s*$/;
/** 备 only in registrations (京ICP备, 公网安备): 配备2名, 储备3个 are counts. */
const IDENTIFIER_BEFORE =
  /(?:电话|传真|手机|热线|邮编|编号|文号|证号|备案号|ICP备|安备|代码|账号|QQ|微信)[:：]?\s*$/i;
/** N个 + a political formula: 三个离不开, 五个认同, 两个维护, 四个自信. */
const SLOGAN_AFTER =
  /^(?:离不开|认同|维护|确立|自信|意识|代表|全面|务必|必须|坚持|统一|有利于|特别|共同|面向|没有变|不动摇|到位|走在前)/;
/** Counts of aspects, measures and actions: rhetoric rather than statistics. */
const ABSTRACT_AFTER =
  /^(?:方面|层面|环节|(?:重点|关键)(?![\p{Script=Han}])|原则|要求|任务|举措|措施|理念|目标|作用|优势|定位|主题|步骤|阶段|领域|层次|维度|板块|行动|品牌|特色牌|机制|体系|工程|计划|战略|思路|结合|转变|突出|强化|聚焦|提升|抓手|字)/u;
/** Web addresses in headers, footers and source lines: %E6%B0%91 is not 91%. */
const URL = /(?:https?:\/\/|www\.)[\w.~:/?#[\]@!$&'()*+,;=%-]+/gi;
/** 实现每村1名, 达到每个乡镇都有1个: a share-out reached, restating the count before it. */
const ACHIEVED_PER_UNIT = /[,，](?:实现|达到)每个?[\p{Script=Han}]{1,3}(?:均有|都有|至少)?$/u;
/** The rounds of a naming or commendation series: 命名十一批, 先后表彰了8批. */
const ROUNDS_BEFORE = /(?:命名|表彰|评选|公布|认定)了?(?:共|先后|累计)?$/;
const COUNT_UNITS = new Set(['个', '项', '条', '张', '种', '类', '大', '批']);
const ENUMERATION_BEFORE = /(?:、[^,;。、]{1,12}(?:和|及|与|、)?[^,;。、]{0,12}|等)$/;

export interface NonStatContext {
  text: string;
  quoted: boolean[];
}

export function nonStatReason(c: Candidate, ctx: NonStatContext): NonStatReason | null {
  const { text } = ctx;
  if (c.nonStatUnit) {
    if (c.nonStatUnit === '周年') return 'anniversary';
    if (/^[年月日号]$/.test(c.nonStatUnit)) return 'date';
    return 'duration';
  }
  const before = text.slice(Math.max(0, c.start - 12), c.start);
  const after = text.slice(c.end, c.end + 8);
  if (/第$/.test(before)) return 'ordinal';
  // 海拔3500米以上的村组: the height of a place describes where the work is, it counts nothing.
  if (
    /海拔(?:高度)?(?:在|为|达|约|高达)?$/.test(before) &&
    /^(?:米|公尺|m\b)/.test(text.slice(c.start, c.end + 3).replace(/^[\d.,，]+/, ''))
  )
    return 'altitude';
  // 附件:…模范集体名单(150个): the size of a list attached, repeating a count of the text.
  if (/(?:名单|名录|目录|一览表|清单)\s*[(（]$/.test(before) && /^\s*[)）]/.test(after))
    return 'list-heading';
  if (ctx.quoted[c.start]) return 'quoted';
  const line = lineAround(text, c.start);
  const lineText = text.slice(line.start, line.end);
  // A short line with a contact or counter word is page furniture, unless it is a sentence.
  // A sentence in markup (<p>…须达到90%以上。</p>) still ends on its full stop.
  const ending = lineText.replace(/(?:<\/?[a-z][^>]*>|\s)+$/i, '');
  const furniture = lineText.length < 120 && CHROME.test(lineText) && !/[。!?！？]$/.test(ending);
  if (LISTING.test(lineText) || furniture) {
    return 'page-chrome';
  }
  if (COUNTER_BEFORE.test(before)) return 'page-chrome';
  if (inUrl(lineText, c.start - line.start)) return 'identifier';
  if (IDENTIFIER_BEFORE.test(before)) return 'identifier';
  if (text[c.start - 1] === '+' || text[c.end] === '+') return 'slogan';
  if (COUNT_UNITS.has(c.unit) && SLOGAN_AFTER.test(after)) return 'slogan';
  if (COUNT_UNITS.has(c.unit) && ABSTRACT_AFTER.test(after)) return 'rhetorical-count';
  // 培训联络员136名，实现每村1名: the outturn before it restated per unit, not a figure of its own.
  if (ACHIEVED_PER_UNIT.test(before)) return 'rhetorical-count';
  // 已命名十一批…示范单位: how many rounds a series has had counts no unit of the work.
  if (c.unit === '批' && ROUNDS_BEFORE.test(before)) return 'ordinal';
  if (c.chinese) return proseNumeral(c, before, text.slice(c.end, c.end + 16), text);
  return null;
}

function inUrl(line: string, at: number): boolean {
  for (const m of line.matchAll(URL)) {
    const from = m.index ?? 0;
    if (at >= from && at < from + m[0].length) return true;
  }
  return false;
}

/**
 * Reports write statistics in Arabic figures; Chinese numerals are accepted when large
 * (三万余人) or when they count units of the work itself (三条示范带) outside a list.
 */
function proseNumeral(
  c: Candidate,
  before: string,
  after: string,
  text: string,
): NonStatReason | null {
  if (c.vague) return null;
  if (c.value <= 1) return 'prose-numeral';
  // 宣讲十余场: an estimate (余/多) is a figure; listed items are counted exactly.
  if (c.inner && c.value >= 10) return null;
  if (/[百千万亿]/.test(c.numeral) || c.value > 10 || c.kind === 'money') return null;
  if (c.unit === '人次' || c.unit === '场次') return null;
  // 三条示范带, 培训班五期: the numeral counts units of the work named right after or before it.
  const counted = COUNTED_THEME_NOUN.test(after) || COUNTED_BEFORE.test(before);
  const listed = ENUMERATION_BEFORE.test(before) || followsQuote(text, c.start);
  return counted && !listed ? null : 'prose-numeral';
}
