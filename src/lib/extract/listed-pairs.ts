/**
 * Lists paired in order with the figures after 分别: 2021年、2022年、2023年分别举办培训班12期、
 * 15期、18期 (a year each), 机关、学校、企业分别为12个、15个、18个 (a category each). Places
 * listed this way are paired in region-words (pairedPlace).
 */
import type { Period } from './periods';
import type { Span } from './sentences';

export type ListedItem = { year: number } | { category: string };

const YEAR = /^((?:19|20)\d{2})年?$/;
/** 2021年至2023年, 2021—2023年: a run of years, paired when the figures are as many. */
const YEAR_RUN = /^((?:19|20)\d{2})年?\s*(?:-|~|—|―|–|至|到)\s*((?:19|20)\d{2})年$/;
/** Short names of categories: 机关, 学校, 示范村; longer items are clauses, not a list. */
const CATEGORY = /^[\p{Script=Han}]{1,6}$/u;
const MAX_YEARS = 10;
/** The longest subject (全州, 全县各地) allowed between a list and its 分别. */
const SUBJECT = 4;

function clauseBefore(text: string, from: number, at: number): number {
  const breaks = [',', ';', ':', '，', '；', '：'].map((c) => text.lastIndexOf(c, at - 1) + 1);
  return Math.max(from, ...breaks);
}

function listedItems(lead: string): ListedItem[] {
  const run = YEAR_RUN.exec(lead.replace(/^[^\d]*(?=\d)/, ''));
  if (run) {
    const from = Number(run[1]);
    const to = Number(run[2]);
    if (to <= from || to - from >= MAX_YEARS) return [];
    return Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i }));
  }
  // 2021年、2022年、2023年全县分别…: a short subject after the last year.
  const parts = lead.replace(/((?:19|20)\d{2}年)[\p{Script=Han}]{1,4}$/u, '$1').split(/[、和及与]/);
  if (parts.length < 2) return [];
  // 全县2021年、2022年分别…: words may lead the first year.
  const years = parts.map((p, i) => (i === 0 ? p.replace(/^[^\d]*(?=\d)/, '') : p));
  if (years.every((p) => YEAR.test(p))) {
    return years.map((p) => ({ year: Number(YEAR.exec(p)?.[1]) }));
  }
  if (parts.every((p) => CATEGORY.test(p))) return parts.map((category) => ({ category }));
  return [];
}

/**
 * The item listed before 分别 that the figure at `at` pairs with, when the list and the
 * figures after 分别 in the sentence are equally many.
 */
export function pairedItem(
  text: string,
  at: number,
  sentence: Span,
  figureStarts: readonly number[],
): ListedItem | null {
  const split = text.slice(sentence.start, at).lastIndexOf('分别');
  if (split < 0) return null;
  const splitAt = sentence.start + split;
  let items = itemsBefore(text, sentence, splitAt);
  // …分别举办培训班12期、15期、18期,培训人数分别为960人次、…: a second 分别 with no list of
  // its own pairs with the list of the first.
  for (let prev = splitAt; items.length < 2;) {
    const earlier = text.slice(sentence.start, prev).lastIndexOf('分别');
    if (earlier < 0) break;
    prev = sentence.start + earlier;
    items = itemsBefore(text, sentence, prev);
  }
  if (items.length < 2) return null;
  let paired = figureStarts.filter((s) => s > splitAt && s < sentence.end);
  if (paired.length !== items.length) {
    // …分别举办培训班12期、15期、18期,三年共培训学员2300人次: the list is the figure's clause.
    const from = Math.max(splitAt, clauseBefore(text, sentence.start, at));
    const next = text.slice(at, sentence.end).search(/[,;，；]/);
    const to = next < 0 ? sentence.end : at + next;
    paired = figureStarts.filter((s) => s > from && s < to);
  }
  if (paired.length !== items.length) return null;
  return items[paired.indexOf(at)] ?? null;
}

/** The list written right before the 分别 at `splitAt`. */
function itemsBefore(text: string, sentence: Span, splitAt: number): ListedItem[] {
  const clause = clauseBefore(text, sentence.start, splitAt);
  const items = listedItems(text.slice(clause, splitAt).trim());
  // 2021年、2022年,全州分别…: a short subject may stand between the list and 分别.
  if (!items.length && splitAt - clause <= SUBJECT && clause > sentence.start) {
    return listedItems(text.slice(clauseBefore(text, sentence.start, clause - 1), clause - 1));
  }
  return items;
}

/** 三年共培训2300人次, 合计: a total over the years just listed. */
const TOTAL_OVER_LIST =
  /(?:[二两三四五六七八九十\d]年(?:来|间)?)?(?:共|累计|合计|总计)[^,;，；\d]{0,10}$/;

/**
 * 2021年、2022年、2023年分别举办培训班12期、15期、18期,三年共培训2300人次: a total after the
 * figures of a year list, in a clause of its own, spans the years listed.
 */
export function listedYearsTotal(text: string, at: number, sentence: Span): Period | null {
  const split = text.slice(sentence.start, at).lastIndexOf('分别');
  if (split < 0) return null;
  const clause = clauseBefore(text, sentence.start, at);
  if (clause <= sentence.start + split || !TOTAL_OVER_LIST.test(text.slice(clause, at)))
    return null;
  const years = itemsBefore(text, sentence, sentence.start + split).flatMap((i) =>
    'year' in i ? [i.year] : [],
  );
  if (years.length < 2) return null;
  return { start: Math.min(...years), end: Math.max(...years) };
}
