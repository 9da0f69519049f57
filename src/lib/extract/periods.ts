/** Years and periods of a figure: explicit years, 今年/去年, N年来, "十四五", resolved against the document date. */

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

const CN_SMALL: Record<string, number> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** A labelled publication date in the page header: 发表时间:2023-01-29, 发布日期:2023年1月29日. */
const LABELLED_DATE =
  /(?:发表|发布|更新|成文|印发|录入)?(?:时间|日期)[:：\s]*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

export function detectDocumentDate(text: string): string | null {
  const m = LABELLED_DATE.exec(text.slice(0, 2000));
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}-${(mo ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}

interface Hit {
  at: number;
  ref: TimeRef;
}

function relativeYears(n: number, docYear: number, docMonth: number): Period {
  // 三年来 in a January report means the three finished years; late in the year it includes this one.
  const end = docMonth <= 6 ? docYear - 1 : docYear;
  return { start: end - n + 1, end };
}

function timeHits(s: string, docYear: number | null, docMonth: number): Hit[] {
  const hits: Hit[] = [];
  const add = (at: number, ref: TimeRef) => hits.push({ at, ref });
  for (const m of s.matchAll(/((?:19|20)\d{2})年?\s*(?:-|~|—|―|–|至|到)\s*((?:19|20)\d{2})年/g)) {
    add(m.index ?? 0, { year: null, period: { start: Number(m[1]), end: Number(m[2]) } });
  }
  for (const m of s.matchAll(/((?:19|20)\d{2})年(?!代)/g)) {
    const at = m.index ?? 0;
    if (hits.some((h) => h.ref.period && at >= h.at && at < h.at + 14)) continue;
    add(at, { year: Number(m[1]), period: null });
  }
  for (const m of s.matchAll(/["“]?(十[一二三四五]五)["”]?(以来|期间|时期|末)?/g)) {
    const first = FIVE_YEAR_PLANS[m[1] ?? ''];
    if (!first) continue;
    const since = m[2] === '以来' && docYear !== null;
    add(m.index ?? 0, { year: null, period: { start: first, end: since ? docYear : first + 4 } });
  }
  if (docYear === null) return hits;
  for (const m of s.matchAll(/(?<![比较同])(今年|本年|去年|上年|上一年|前年)/g)) {
    const word = m[1] ?? '';
    const offset = /今年|本年/.test(word) ? 0 : word === '前年' ? 2 : 1;
    add(m.index ?? 0, { year: docYear - offset, period: null });
  }
  for (const m of s.matchAll(/(?:近|这|过去)?([一两二三四五六七八九十\d]{1,2})年(?:来|以来|间)/g)) {
    const raw = m[1] ?? '';
    const n = /\d/.test(raw) ? Number(raw) : (CN_SMALL[raw] ?? 0);
    if (n < 1 || n > 20) continue;
    add(m.index ?? 0, { year: null, period: relativeYears(n, docYear, docMonth) });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/**
 * The time of a figure: the last time expression before it in its sentence (titles and
 * quotations masked by the caller), else none.
 */
export function timeOf(sentence: string, figureAt: number, docDate: string | null): TimeRef {
  const docYear = docDate ? Number(docDate.slice(0, 4)) : null;
  const docMonth = docDate && docDate.length >= 7 ? Number(docDate.slice(5, 7)) : 12;
  const hits = timeHits(sentence, docYear, docMonth).filter((h) => h.at < figureAt);
  return hits[hits.length - 1]?.ref ?? { year: null, period: null };
}
