/** Years and periods of a figure: explicit years, 今年/去年, N年来, "十四五", resolved against the document date. */
import { relativeHits, UNKNOWN, type DocTime, type Hit } from './relative-time';

export interface Period {
  start: number;
  end: number;
}

export interface TimeRef {
  year: number | null;
  period: Period | null;
}

const FIVE_YEAR_PLANS: Record<string, number> = {
  十一五: 2006,
  十二五: 2011,
  十三五: 2016,
  十四五: 2021,
  十五五: 2026,
};

/** A year and the words that run it to the present: 2011年以来, 2018年截至目前, 2015年至今. */
const SINCE_YEAR = /((?:19|20)\d{2})年(?:[^,;。\d]{0,30}?)(?:以来|至今|截至目前|截止目前|到目前)/g;

function timeHits(s: string, doc: DocTime): Hit[] {
  const { year: docYear } = doc;
  const hits: Hit[] = [];
  const add = (at: number, ref: TimeRef) => hits.push({ at, ref });
  for (const m of s.matchAll(/((?:19|20)\d{2})年?\s*(?:-|~|—|―|–|至|到)\s*((?:19|20)\d{2})年/g)) {
    add(m.index ?? 0, { year: null, period: { start: Number(m[1]), end: Number(m[2]) } });
  }
  // 2011年以来, 自1988年召开…以来, 2018年截至目前 run to the document date; without one their
  // end is unknown.
  for (const m of s.matchAll(SINCE_YEAR)) {
    const start = Number(m[1]);
    add(m.index ?? 0, docYear === null ? UNKNOWN : { year: null, period: { start, end: docYear } });
  }
  // 20139月: a year whose 年 was lost in copying, before a month.
  for (const m of s.matchAll(/((?:19|20)\d{2})(?:年(?!代)|(?=(?:[1-9]|1[0-2])月))/g)) {
    const at = m.index ?? 0;
    if (hits.some((h) => h.ref.period && at >= h.at && at < h.at + 14)) continue;
    add(at, { year: Number(m[1]), period: null });
  }
  for (const m of s.matchAll(/["“]?(十[一二三四五]五)["”]?(以来|期间|时期|末)?/g)) {
    const first = FIVE_YEAR_PLANS[m[1] ?? ''];
    if (!first) continue;
    if (m[2] === '以来') {
      // "十四五"以来 runs to the document date; without one its end is unknown.
      add(
        m.index ?? 0,
        docYear === null ? UNKNOWN : { year: null, period: { start: first, end: docYear } },
      );
    } else add(m.index ?? 0, { year: null, period: { start: first, end: first + 4 } });
  }
  hits.push(...relativeHits(s, doc, hits));
  hits.sort((a, b) => a.at - b.at);
  // 较上年同期的61场增加22场: the base's year dates the base only; the change after it is
  // the time named before the comparison.
  for (const m of s.matchAll(COMPARISON_BASE)) {
    const at = m.index ?? 0;
    const change = s.slice(at).search(CHANGE_AFTER_BASE);
    if (change < 0) continue;
    const before = hits.filter((h) => h.at < at).at(-1);
    hits.push({ at: at + change, ref: before?.ref ?? UNKNOWN });
  }
  return hits.sort((a, b) => a.at - b.at);
}

const COMPARISON_BASE = /[比较](?:(?:19|20)\d{2}年|去年|上年|上一年)(?:同期)?[的为]/g;
const CHANGE_AFTER_BASE = /增加|减少|增长|下降|提高|降低|多出?|少了?/;

/**
 * The time of a figure: the last time expression before it in its sentence (titles and
 * quotations masked by the caller); null when the sentence names no time before it.
 * `previousYear` is the last year written before the sentence in its paragraph (for 同年).
 */
export function timeOf(
  sentence: string,
  figureAt: number,
  docDate: string | null,
  previousYear: number | null = null,
): TimeRef | null {
  const year = docDate ? Number(docDate.slice(0, 4)) : null;
  const month = docDate && docDate.length >= 7 ? Number(docDate.slice(5, 7)) : 12;
  const hits = timeHits(sentence, { year, month, previousYear }).filter((h) => h.at < figureAt);
  return hits[hits.length - 1]?.ref ?? null;
}
