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

interface Hit {
  at: number;
  ref: TimeRef;
}

function relativeYears(n: number, docYear: number, docMonth: number): Period {
  // 三年来 in a January report means the three finished years; late in the year it includes this one.
  const end = docMonth <= 6 ? docYear - 1 : docYear;
  return { start: end - n + 1, end };
}

const UNKNOWN: TimeRef = { year: null, period: null };

/**
 * Words that need the document date. Without one they still end the reach of an earlier
 * year in the sentence (2021年…,今年… is not 2021), but resolve to nothing.
 */
function relativeHits(s: string, docYear: number | null, docMonth: number): Hit[] {
  const hits: Hit[] = [];
  const add = (at: number | undefined, ref: TimeRef | null) =>
    hits.push({ at: at ?? 0, ref: docYear === null || !ref ? UNKNOWN : ref });
  const year = (offset: number): TimeRef | null =>
    docYear === null ? null : { year: docYear - offset, period: null };
  for (const m of s.matchAll(/(?<![比较同])(今年|本年|去年|上年|上一年|前年)/g)) {
    const word = m[1] ?? '';
    add(m.index, year(/今年|本年/.test(word) ? 0 : word === '前年' ? 2 : 1));
  }
  const spans =
    /(?<![\d年])(?:近|这|过去)?([一两二三四五六七八九十\d]{1,2})年(?:来|以来|间)|近([一两二三四五六七八九十\d]{1,2})年(?![前后底初末])/g;
  for (const m of s.matchAll(spans)) {
    const raw = m[1] ?? m[2] ?? '';
    const n = /\d/.test(raw) ? Number(raw) : (CN_SMALL[raw] ?? 0);
    if (n < 1 || n > 20) continue;
    add(
      m.index,
      docYear === null ? null : { year: null, period: relativeYears(n, docYear, docMonth) },
    );
  }
  // The event the page reports (此次命名, 本次表彰) and months without a year (5月28日, 10月).
  for (const m of s.matchAll(/此次|本次|(?<![\d年./-])(\d{1,2})月/g)) {
    const month = m[1] ? Number(m[1]) : 0;
    if (month > 12) continue;
    // 2024年11月30日前完工,10月底前支付: a month after an explicit year is of that year.
    const written = /((?:19|20)\d{2})年(?!以来|代)[^。]*$/.exec(s.slice(0, m.index));
    if (month && written) add(m.index, { year: Number(written[1]), period: null });
    else add(m.index, year(month > docMonth ? 1 : 0));
  }
  // The halves of the document's own year (a half-year summary): 上半年, 下半年.
  for (const m of s.matchAll(/(?<![\d年去今明])[上下]半年/g)) add(m.index, year(0));
  // 每年培训不少于1000人次: a yearly rate, of no one year.
  for (const m of s.matchAll(/每年|年均|逐年/g)) hits.push({ at: m.index ?? 0, ref: UNKNOWN });
  return hits;
}

function timeHits(s: string, docYear: number | null, docMonth: number): Hit[] {
  const hits: Hit[] = [];
  const add = (at: number, ref: TimeRef) => hits.push({ at, ref });
  for (const m of s.matchAll(/((?:19|20)\d{2})年?\s*(?:-|~|—|―|–|至|到)\s*((?:19|20)\d{2})年/g)) {
    add(m.index ?? 0, { year: null, period: { start: Number(m[1]), end: Number(m[2]) } });
  }
  // 2011年以来, 自1988年召开…以来 run to the document date; without one their end is unknown.
  for (const m of s.matchAll(/((?:19|20)\d{2})年(?:[^,;。\d]{0,30}?)以来/g)) {
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
  hits.push(...relativeHits(s, docYear, docMonth));
  return hits.sort((a, b) => a.at - b.at);
}

/**
 * The time of a figure: the last time expression before it in its sentence (titles and
 * quotations masked by the caller); null when the sentence names no time before it.
 */
export function timeOf(sentence: string, figureAt: number, docDate: string | null): TimeRef | null {
  const docYear = docDate ? Number(docDate.slice(0, 4)) : null;
  const docMonth = docDate && docDate.length >= 7 ? Number(docDate.slice(5, 7)) : 12;
  const hits = timeHits(sentence, docYear, docMonth).filter((h) => h.at < figureAt);
  return hits[hits.length - 1]?.ref ?? null;
}
