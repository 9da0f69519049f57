/**
 * Themes carried across clauses and sentences of a paragraph, for figures whose own clause
 * has no cue: breakdowns of a themed total (其中市24个、县115个), parallel figures sharing one
 * predicate (97.7%的行政村、90.5%的社区…实现达标挂牌), and audiences of an activity named
 * in an earlier clause (发放宣传资料1000份,惠及1000人次).
 */
import type { Candidate } from './candidates';
import type { TimeRef } from './periods';
import { themeTakesUnit, type ExtractTheme } from './theme-cues';

export interface ThemedFigure {
  c: Candidate;
  sentence: { start: number; end: number };
  theme: ExtractTheme;
  score: number;
  /** Counted as background (population, income, area …): never given a theme by context. */
  background: boolean;
  /** The time its own sentence names before it; null when it names none. */
  time: TimeRef | null;
}

/** A breakdown of the figure before: 其中, 包括, 分别为. */
const BREAKDOWN = /其中|包括|包含|分别(?:为|是|有)?/g;
/** Between two parallel figures: short noun phrases and list marks, no clause of its own. */
const PARALLEL_GAP = /^[^;；。!?！？\n\d]{0,16}$/;
/** ；按类别分，/；从类型看： opening a second breakdown of the set just broken down. */
const ANOTHER_BREAKDOWN = /[;；]\s*(?:按|从)[\p{Script=Han}]{1,6}?(?:分|看|划分|统计)[,，:：]?/u;
/** Who an activity reached: 惠及1000人次, 覆盖群众3000人次, 吸引约2000人次. */
const REACHED = /(?:惠及|受惠|覆盖|受益|吸引|带动|辐射|影响|参与|参加)[^,;。，；\d]{0,6}$/;
const AUDIENCE_UNITS = new Set(['人次', '人', '名']);
/** How far an ellipsis reaches back into the sentence before (去年办了14期,学员…。今年办了4期). */
const ELLIPSIS_REACH = 30;
/** How far back a breakdown looks for its total, in characters of the same paragraph. */
const BREAKDOWN_REACH = 160;

export const carried = (f: ThemedFigure, theme: ExtractTheme, score: number): boolean => {
  if (f.theme !== 'other' || theme === 'other' || !themeTakesUnit(theme, f.c.unit)) return false;
  if (f.background) return false;
  f.theme = theme;
  f.score = score;
  return true;
};

function sameParagraph(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes('\n');
}

/** A part is counted like its total: the same unit, or people in 人 of a total in 人次. */
const partOf = (part: Candidate, total: Candidate) =>
  part.unit === total.unit || (part.kind === 'people' && total.kind === 'people');

/**
 * 其中市24个: the first figure after 其中 takes the theme of the themed total before it; the
 * parts listed after it (其中社区27个,学校11所,企业9家) are counted like it, in any counting
 * word of the total's kind. A semicolon just before 其中 (…3.6亿元；其中,X县4870万元) still
 * opens a breakdown of the clause it ends.
 */
function carryBreakdowns(text: string, figures: ThemedFigure[]): void {
  let list: { theme: ExtractTheme; score: number; kind: Candidate['kind'] } | null = null;
  figures.forEach((f, i) => {
    const prev = figures[i - 1];
    const from = Math.max(prev?.c.end ?? 0, f.c.start - 40);
    const gap = text.slice(from, f.c.start);
    const words = [...gap.matchAll(BREAKDOWN)].map((m) => m[0]);
    const listed =
      list && prev && prev.sentence.start === f.sentence.start && PARALLEL_GAP.test(gap);
    if (!words.length && list && listed) {
      if (f.c.kind === list.kind) carried(f, list.theme, list.score);
      return;
    }
    list = null;
    if (!words.length || /[;；]/.test(gap.replace(/[;；]\s*(?=其中|包括)/, ''))) return;
    // 分别 distributes a count of its own sentence; 其中 and 包括 may open the next one.
    const withinSentence = words.every((w) => w.startsWith('分别'));
    for (let j = i - 1; j >= 0; j--) {
      const total = figures[j];
      if (!total || f.c.start - total.c.end > BREAKDOWN_REACH) break;
      if (!sameParagraph(text, total.c.end, f.c.start)) break;
      if (withinSentence && total.sentence.start !== f.sentence.start) break;
      if (total.theme === 'other' || !partOf(f.c, total.c)) continue;
      carried(f, total.theme, total.score * 0.8);
      if (!withinSentence && f.theme === total.theme)
        list = { theme: total.theme, score: total.score * 0.8, kind: total.c.kind };
      break;
    }
  });
}

/** Parallel figures of one unit in one sentence share the theme their members agree on. */
function carryParallels(text: string, figures: ThemedFigure[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i + 1 < figures.length; i++) {
      const a = figures[i];
      const b = figures[i + 1];
      if (!a || !b || a.c.unit !== b.c.unit || a.sentence.start !== b.sentence.start) continue;
      // …县20个；按类别分，机关单位22个: the same set counted again by another breakdown.
      const gap = text.slice(a.c.end, b.c.start).replace(ANOTHER_BREAKDOWN, '、');
      // 其中 splits a part off a total: the two are not parallel.
      if (!PARALLEL_GAP.test(gap) || gap.includes('其中')) continue;
      if (a.theme === b.theme) continue;
      changed = carried(a, b.theme, b.score * 0.8) || carried(b, a.theme, a.score * 0.8) || changed;
    }
  }
}

/** 惠及1000人次: the audience of the activity that the sentence is about. */
function carryAudiences(text: string, figures: ThemedFigure[]): void {
  figures.forEach((f, i) => {
    if (f.theme !== 'other' || !AUDIENCE_UNITS.has(f.c.unit)) return;
    const clauseBefore = text.slice(Math.max(f.sentence.start, f.c.start - 12), f.c.start);
    if (!REACHED.test(clauseBefore)) return;
    const prev = figures[i - 1];
    if (prev?.theme === 'trainings' && prev.sentence.start === f.sentence.start) {
      carried(f, 'trainings', prev.score * 0.8);
    }
  });
}

/**
 * 实施项目17个,截至6月底,已完工9个: a count that ends its clause without a noun leaves the
 * noun of the count before it (same unit, same sentence, or the sentence before) understood,
 * and so its theme.
 */
function carryEllipses(text: string, figures: ThemedFigure[]): void {
  figures.forEach((f, i) => {
    if (f.theme !== 'other' || f.c.kind !== 'count') return;
    if (!/^\s*(?:[,;。，；!?！？]|$)/.test(text.slice(f.c.end, f.c.end + 2))) return;
    const prev = figures[i - 1];
    if (prev && prev.theme !== 'other' && prev.sentence.start === f.sentence.start) {
      if (prev.c.unit === f.c.unit) carried(f, prev.theme, prev.score * 0.7);
      return;
    }
    // 去年办了14期,学员近900人次。今年已经办了4期: a sentence opening on the time alone leaves
    // the noun of the last count in its unit in the sentence before.
    const opening = text.slice(f.sentence.start, f.c.start);
    if (/[,，;；]/.test(opening) || /\d/.test(opening)) return;
    const same = figures
      .slice(0, i)
      .reverse()
      .find((g) => g.c.unit === f.c.unit);
    if (!same || same.theme === 'other' || same.sentence.end > f.sentence.start) return;
    if (f.sentence.start - same.c.end > ELLIPSIS_REACH) return;
    if (sameParagraph(text, same.c.end, f.c.start)) carried(f, same.theme, same.score * 0.7);
  });
}

/** 比去年增加15个, 较上年新增3个: the change of the count before it. */
const CHANGE_BEFORE =
  /(?:(?:比|较)(?:去年|上年|上一年|前年|同期|上年同期|\d{4}年)(?:底|末)?|同比)[^,;。\d]{0,3}(?:增加|新增|增长|多|减少)了?$/;

/** 去年增加到2765万元, 今年提高至50个: the new level of the figure before it. */
const LEVEL_BEFORE = /(?:增加|增长|提高|提升|上升|扩大|增)(?:到|至)$/;

/**
 * 示范单位总数达到96个,比去年增加15个: a change of a themed count or sum, in the same unit and
 * sentence, is counted like it (a change of population or income stays background); so is the
 * level it rose to (争取资金2340万元,去年增加到2765万元).
 */
function carryChanges(text: string, figures: ThemedFigure[]): void {
  figures.forEach((f, i) => {
    const prev = figures[i - 1];
    if (f.theme !== 'other' || !prev || prev.theme === 'other') return;
    if (f.c.kind !== 'count' && f.c.kind !== 'money') return;
    if (prev.sentence.start !== f.sentence.start || prev.c.unit !== f.c.unit) return;
    const between = text.slice(prev.c.end, f.c.start);
    if (!(CHANGE_BEFORE.test(between) || LEVEL_BEFORE.test(between)) || /[;。]/.test(between))
      return;
    f.background = false;
    carried(f, prev.theme, prev.score * 0.7);
  });
}

/** 获得其中的六成以上, 其中的30%用于…: a share of the total stated just before. */
// 其中少数民族干部占比约: the share of a part named between 其中 and 占比.
const SHARE_OF_IT =
  /其中(?:的|[\p{Script=Han}]{1,10}?(?:占比|占|比例为?|比重为?))?(?:约|近|超过|达到?|为)?$/u;

/** A share of the total before it (same paragraph) is counted in that total's theme. */
function carryShares(text: string, figures: ThemedFigure[]): void {
  figures.forEach((f, i) => {
    if (f.theme !== 'other' || f.c.unit !== '%') return;
    if (!SHARE_OF_IT.test(text.slice(Math.max(0, f.c.start - 18), f.c.start))) return;
    const total = figures[i - 1];
    if (!total || total.theme === 'other' || f.c.start - total.c.end > BREAKDOWN_REACH) return;
    if (sameParagraph(text, total.c.end, f.c.start)) carried(f, total.theme, total.score * 0.8);
  });
}

/** Figures in text order; themes of unthemed figures are filled in place. */
export function carryThemes(text: string, figures: ThemedFigure[]): void {
  carryChanges(text, figures);
  carryBreakdowns(text, figures);
  carryParallels(text, figures);
  carryAudiences(text, figures);
  carryEllipses(text, figures);
  carryShares(text, figures);
}
