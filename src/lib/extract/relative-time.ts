/**
 * Time words that need the document date: 今年/去年/明年, N年来, months without a year, and the
 * words that point at the document's own time (截至目前, 近日, 年底前, 全年, 同年). Without a
 * date they still end the reach of an earlier year in the sentence (2021年…,今年… is not
 * 2021), but resolve to nothing.
 */
import { parseNumeral } from './numbers';
import type { Period, TimeRef } from './periods';

export interface Hit {
  at: number;
  ref: TimeRef;
}

export interface DocTime {
  year: number | null;
  /** 1–12; 12 when the date has no month. */
  month: number;
  /** The last year written before the sentence in its paragraph (同年 refers to it). */
  previousYear: number | null;
}

export const UNKNOWN: TimeRef = { year: null, period: null };

/**
 * Whether the document's own year is still running for its writer: a report dated in the
 * first half of a year looks back on the year before (三年来, 全年 in a January summary).
 */
const lastFinishedYear = (doc: DocTime, year: number) => (doc.month <= 6 ? year - 1 : year);

function relativeYears(n: number, doc: DocTime, year: number): Period {
  const end = lastFinishedYear(doc, year);
  return { start: end - n + 1, end };
}

/** The document's present: 截至目前, 目前, 至今, 近日; a year before them makes a period instead. */
const NOW = /截至目前|截止目前|到目前为止|目前|至今|迄今|近日|日前|近期/g;
/** A deadline in the document's year: 年底前, 年内. Not 2023年底前 or 去年底. */
const DEADLINE =
  /(?<![\d去今明前上本])年(?:底|末)(?:前|以前)|(?<![\d去今明前上本一二两三四五六七八九十])年内/g;
/** The year the text speaks of, whole: 全年, 截至年底. They defer to any time word before them. */
const WHOLE_YEAR = /全年(?:度)?|(?<![\d去今明前上本])年(?:底|末)(?!前|以前)/g;
/** Plan words before 全年 make it the document's own year (力争全年开展…). */
const PLANNED = /力争|计划|确保|目标|预计|将/;
/** 同年, 当年: the year last written before. */
const SAME_YEAR = /同年|当年|是年/g;

export function relativeHits(s: string, doc: DocTime, explicit: readonly Hit[]): Hit[] {
  const hits: Hit[] = [];
  const docYear = doc.year;
  const add = (at: number | undefined, ref: TimeRef | null) =>
    hits.push({ at: at ?? 0, ref: docYear === null || !ref ? UNKNOWN : ref });
  const year = (offset: number): TimeRef | null =>
    docYear === null ? null : { year: docYear - offset, period: null };
  for (const m of s.matchAll(/(?<![比较同])(今年|本年|去年|上年|上一年|前年|明年|下一年)/g)) {
    const word = m[1] ?? '';
    const offset = /今年|本年/.test(word)
      ? 0
      : word === '前年'
        ? 2
        : /明年|下一年/.test(word)
          ? -1
          : 1;
    // 去年以来, 前年以来: from that year to the document's (…以来 runs to the present).
    const since = s.startsWith('以来', (m.index ?? 0) + word.length) && offset > 0;
    add(
      m.index,
      since && docYear !== null
        ? { year: null, period: { start: docYear - offset, end: docYear } }
        : year(offset),
    );
  }
  // 较上年同期的61场: the figure after 的 is the base of the comparison, the year before's.
  for (const m of s.matchAll(/[比较](?:去年|上年|上一年)(?:同期)?(?=的|为)/g))
    add(m.index, year(1));
  // 过去一年: the last year finished when the document was written (一年来 is read below).
  for (const m of s.matchAll(/过去(?:的)?一年(?![来间])/g))
    add(m.index, docYear === null ? null : { year: lastFinishedYear(doc, docYear), period: null });
  const spans =
    /(?<![\d年零〇一两二三四五六七八九十百])(?:近|这|过去)?([一两二三四五六七八九十\d]{1,2})年(?:来|以来|间)|近([一两二三四五六七八九十\d]{1,2})年(?![前后底初末])/g;
  for (const m of s.matchAll(spans)) {
    const raw = m[1] ?? m[2] ?? '';
    const n = parseNumeral(raw) ?? 0;
    if (n < 1 || n > 20) continue;
    const span = docYear === null ? null : relativeYears(n, doc, docYear);
    // 一年来 is one year: the last finished.
    add(m.index, span && { year: n === 1 ? span.end : null, period: n === 1 ? null : span });
  }
  // The event the page reports (此次命名, 本次表彰) and months without a year (5月28日, 10月).
  for (const m of s.matchAll(/此次|本次|(?<![\d年./-])(\d{1,2})月/g)) {
    const month = m[1] ? Number(m[1]) : 0;
    if (month > 12) continue;
    // 2024年11月30日前完工,10月底前支付: a month after an explicit year is of that year.
    const written = /((?:19|20)\d{2})年(?!以来|代)[^。]*$/.exec(s.slice(0, m.index));
    // 9月底前, 10月前: a deadline ahead in the document's year, not a month of the year before.
    const deadline = /^(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)/.test(
      s.slice((m.index ?? 0) + m[0].length),
    );
    if (month && written) add(m.index, { year: Number(written[1]), period: null });
    else add(m.index, year(month > doc.month && !deadline ? 1 : 0));
  }
  // The halves of the document's own year (a half-year summary): 上半年, 下半年.
  for (const m of s.matchAll(/(?<![\d年去今明])[上下]半年/g)) add(m.index, year(0));
  for (const m of s.matchAll(NOW)) {
    const since = /(?:19|20)\d{2}年[^,;。\d]{0,30}$/.test(s.slice(0, m.index));
    if (!since) add(m.index, year(0));
  }
  for (const m of s.matchAll(DEADLINE)) add(m.index, year(0));
  return [...hits, ...deferredHits(s, doc, [...explicit, ...hits])];
}

/** Words that take the time of what comes before them, or fall back to the document's year. */
function deferredHits(s: string, doc: DocTime, before: readonly Hit[]): Hit[] {
  const hits: Hit[] = [];
  const named = (at: number) => before.filter((h) => h.at < at).at(-1);
  for (const m of s.matchAll(WHOLE_YEAR)) {
    const at = m.index ?? 0;
    if (named(at) || doc.year === null) continue;
    const planned = PLANNED.test(s.slice(0, at));
    hits.push({
      at,
      ref: { year: planned ? doc.year : lastFinishedYear(doc, doc.year), period: null },
    });
  }
  for (const m of s.matchAll(SAME_YEAR)) {
    const at = m.index ?? 0;
    if (named(at)) continue;
    hits.push({ at, ref: doc.previousYear ? { year: doc.previousYear, period: null } : UNKNOWN });
  }
  // 每年培训不少于1000人次: a yearly rate, of no one year; within a plan's period it keeps the period.
  for (const m of s.matchAll(/每年|年均|逐年/g)) {
    const at = m.index ?? 0;
    if (named(at)?.ref.period) continue;
    hits.push({ at, ref: UNKNOWN });
  }
  return hits;
}
