/**
 * Words in running text that decide a figure's region besides place names: scope words that
 * point at the region the text is about (全州, 我县, 本市), national scope (全国共…, 国家民委
 * 命名), neighbours named only to locate a place (东与澜沧县相接), and pieces of compilation
 * pages (事迹材料【第二篇】) that each have their own subject.
 */
import type { RegionMention } from './regions';
import { lineSpans, type Span } from './sentences';

/** 全州, 我县, 本市, 该旗, 全区: X is an administrative level, or a level below the gazetteer's. */
const SCOPE =
  /(?:全|我|本|该)(省|自治区|区|市|州|盟|县|旗|镇|乡|街道|社区|村|苏木|嘎查)|(?<![\p{Script=Han}])(州|市|县|区|旗|盟)直(?=单位|部门|机关|各)/gu;
/** National scope: 全国 before a count or a verb of counting. */
const NATIONWIDE = /全国(?=共|累计|已|有|范围|各地|\d)/g;
/**
 * National bodies naming or commending (国家民委决定命名…, 国务院授予…): their counts are national.
 * Not when they are the agent of a passive (被国务院授予) or grant money to the page's region.
 */
const NATIONAL_BODY =
  /(?<![被经由受获向]|受到|得到)(?:国家民委|国务院|中共中央|党中央|中央统战部|国家民族事务委员会)(?=[^,;:。]{0,24}(?:命名|表彰|授予|公布|决定|评选|认定))/g;
/** A clause naming neighbours: 东与澜沧县相接, 南邻勐海县, 北与缅甸接壤. */
const NEIGHBOUR = /相接|相邻|接壤|毗邻|交界|相连|为邻|[东南西北](?:邻|接|连|靠|界)/;
/** Places after 位于 locate the place before it (雷山县位于黔东南州西南部). */
const LOCATOR = /位于|地处|坐落于|隶属于?/;
/** A line that opens a piece of a compilation page: …事迹材料【第二篇】, 篇三. */
const PIECE_HEADING =
  /(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})[】\])]?\s*$/;

export interface ScopeWord {
  start: number;
  end: number;
  /** The level written: 州 in 全州; 'nation' for national scope. */
  level: string;
}

/** 低于全省平均水平, 比全市平均: a level compared with, not the place the figure is about. */
const COMPARED_BEFORE = /(?:低于|高于|超过|超出|比|较|与|同)$/;
const AVERAGE_AFTER = /^[^,;。\d]{0,2}平均/;

export function findScopeWords(text: string): ScopeWord[] {
  const found: ScopeWord[] = [];
  for (const m of text.matchAll(SCOPE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const compared =
      COMPARED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) &&
      AVERAGE_AFTER.test(text.slice(end, end + 4));
    // 州直单位: units directly under the prefecture belong to it.
    if (!compared) found.push({ start, end, level: m[1] ?? m[2] ?? '' });
  }
  for (const m of [...text.matchAll(NATIONWIDE), ...text.matchAll(NATIONAL_BODY)]) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, level: 'nation' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Levels below the gazetteer's: their figures belong to the nearest coded region. */
export const BELOW_COUNTY = new Set(['镇', '乡', '街道', '社区', '村', '苏木', '嘎查']);

/** Whether a region's full name is of the level a scope word names (全区 → …自治区 or …区). */
export function isOfLevel(name: string, level: string): boolean {
  return name.endsWith(level);
}

/**
 * Mentions that only locate the subject: neighbours in clauses naming them, and places after
 * 位于 when the clause names its subject first.
 */
export function dropNeighbours(text: string, mentions: RegionMention[]): RegionMention[] {
  const isBreak = (c: string | undefined) => c === undefined || /[,;:。!?\n]/.test(c);
  return mentions.filter((m) => {
    let start = m.start;
    while (start > 0 && !isBreak(text[start - 1])) start--;
    let end = m.end;
    while (end < text.length && !isBreak(text[end])) end++;
    const lead = text.slice(start, m.start);
    // 西盟县东与澜沧县相接: the place the clause opens with is the subject, the others its neighbours.
    if (NEIGHBOUR.test(text.slice(start, end)) && /[与同和东南西北]|邻|接/.test(lead)) return false;
    const locator = LOCATOR.exec(lead);
    return !(locator && mentions.some((s) => s.start >= start && s.end <= start + locator.index));
  });
}

/**
 * A place named as the giver of aid (上海市对口帮扶…, 在珠海市东西部协作下, 上海援建资金): the
 * figure belongs to the region that receives it, never to the donor.
 */
const DONOR_AFTER =
  /^(?:的)?(?:第[一二三四五六七八九十\d]{1,3}批)?(?:对口(?:帮扶|支援|援助|协作|援建)?|(?:结对|定点)帮扶|援建|援助|支援|帮扶|捐赠|捐建|捐助|援[藏疆青滇黔桂蒙宁甘川渝])/;
/** 北京市累计安排援藏资金…, 黄埔区向X县投入帮扶资金…: the subject gives aid money or projects. */
const GIVES_AID =
  /^[^,;。\d]{0,4}?(?:向[^,;。\d]{2,12}?)?(?:投入|安排|拨付|提供|捐赠|实施)(?:了)?(?:援[藏疆青滇黔桂蒙宁甘川渝]|对口帮扶|对口支援|帮扶|援建|东西部协作|协作)(?:资金|项目)/;
/** 在珠海市东西部协作下, 在上海市的帮扶下: the place under whose help something happened. */
const HELPED_BY = /^[^,;。]{0,8}(?:协作|帮扶|支援|援助|援建)[^,;。]{0,4}下/;

/** 各省区市和新疆生产建设兵团: one more member of the whole nation, not the subject. */
const WITH_ALL_PROVINCES = /各(?:省区市|省[(（]区、市[)）]|省、自治区、直辖市)(?:和|及|以及|、)$/;
/** 是江西省仅有的两个畲族乡之一: the set the subject is compared within, not the subject. */
const COMPARED_IN = /^(?:仅有|唯一|少有|最大|最早|最小)/;
/** 发表于湖北, IP属地:四川: where a post was sent from, not what it is about. */
const POSTED_FROM = /(?:发表于|发布于|IP属地[:：]?)\s*$/;

/** 大会在北京人民大会堂隆重召开: where a meeting sat, not whose figures it announced. */
const MEETS_IN = /^[^,;。]{0,10}?(?:隆重)?(?:召开|开幕|闭幕)/;

export function dropDonors(text: string, mentions: RegionMention[]): RegionMention[] {
  return mentions.filter((m) => {
    if (text[m.start - 1] === '在' && MEETS_IN.test(text.slice(m.end, m.end + 16))) return false;
    if (POSTED_FROM.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
    if (WITH_ALL_PROVINCES.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
    if (/[是为]$/.test(text.slice(0, m.start)) && COMPARED_IN.test(text.slice(m.end, m.end + 6)))
      return false;
    const after = text.slice(m.end, m.end + 16);
    const under = /(?:在|得益于)$/.test(text.slice(Math.max(0, m.start - 3), m.start));
    // 向西吉县投入帮扶资金: the place money is given to.
    if (text[m.start - 1] === '向') return true;
    return !DONOR_AFTER.test(after) && !GIVES_AID.test(after) && !(under && HELPED_BY.test(after));
  });
}

/** Where each piece of a compilation page starts; one piece (at 0) for an ordinary page. */
export function pieceStarts(text: string): number[] {
  const starts = [0];
  for (const line of lineSpans(text)) {
    if (line.start > 0 && PIECE_HEADING.test(text.slice(line.start, line.end))) {
      starts.push(line.start);
    }
  }
  return starts;
}

export function pieceOf(starts: readonly number[], at: number): Span {
  let i = starts.length - 1;
  while (i > 0 && (starts[i] ?? 0) > at) i--;
  return { start: starts[i] ?? 0, end: starts[i + 1] ?? Number.POSITIVE_INFINITY };
}

/**
 * 瑞丽市、陇川县分别开展宣讲210场、180场: the last run of places joined by 、和及与 before
 * 分别, paired in order with the figures after it when their numbers agree.
 */
export function pairedPlace(
  text: string,
  mentions: readonly RegionMention[],
  at: number,
  sentence: Span,
  figureStarts: readonly number[],
): RegionMention | null {
  const split = text.slice(sentence.start, at).lastIndexOf('分别');
  if (split < 0) return null;
  const splitAt = sentence.start + split;
  const before = mentions.filter((m) => m.start >= sentence.start && m.end <= splitAt).reverse();
  const listed: RegionMention[] = [];
  for (const m of before) {
    const next = listed[0];
    if (next && !/^[、和及与]$/.test(text.slice(m.end, next.start))) break;
    listed.unshift(m);
  }
  const paired = figureStarts.filter((s) => s > splitAt && s < sentence.end);
  if (listed.length < 2 || paired.length !== listed.length) return null;
  return listed[paired.indexOf(at)] ?? null;
}

/** Between the last place of a list and its figure: 各有, 各, 各为, 各建成 (one figure each). */
const EACH_GAP = /^[\p{Script=Han}]{0,3}?各(?:有|为|是|建成|获评|获得)?$/u;

/**
 * 北川县、峨边县、马边县各有3个集体: the run of places joined by 、和及与 right before 各, each of
 * which has the figure; empty when the figure is not distributed so.
 */
export function eachPlaces(
  text: string,
  mentions: readonly RegionMention[],
  at: number,
  sentence: Span,
): RegionMention[] {
  const before = mentions.filter((m) => m.start >= sentence.start && m.end <= at).reverse();
  const last = before[0];
  if (!last || !EACH_GAP.test(text.slice(last.end, at))) return [];
  const listed: RegionMention[] = [];
  for (const m of before) {
    const next = listed[0];
    if (next && !/^[、和及与]$/.test(text.slice(m.end, next.start))) break;
    listed.unshift(m);
  }
  return listed.length >= 2 ? listed : [];
}
