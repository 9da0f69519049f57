import type { Qualifier } from '../schema';

/** Plan and rule language before a figure: 力争, 到2025年, 计划, 不少于 … */
const TARGET_CUES =
  /力争|目标|预计|拟|计划(?!生育)|将(?:要)?(?:实现|达到|建成|新建|完成|新增|培训|举办|投入|安排|争取|创建|命名)|到20\d\d年|确保|争取(?:到(?=20\d\d年)|在|实现|年内)|原则上|应当|必须/;
/** Words saying the figure was achieved: 完成…计划投资2585万元 is an outturn. */
const DONE = /完成|已经|已|累计|实现了|达到了|建成了/;

/** A per-unit standard is a rule: 每个示范村100万元, 每所学校不少于2名. Not 每年 (a rate). */
export const PER_UNIT = /每(?![年月天日季周次])[^,;:。\d]{0,10}$/;

/** Plan words that govern the clauses after them: 力争新增…不少于10个,全年培训…2000人次以上. */
const SENTENCE_TARGET = /力争|目标|预计|计划(?!生育)|到20\d\d年/;

export function detectTarget(
  clauseBefore: string,
  prefix: Qualifier | null,
  suffix: Qualifier | null,
  sentenceBefore = clauseBefore,
): boolean {
  if (prefix === 'at_least' || prefix === 'at_most' || suffix === 'at_most') return true;
  if (PER_UNIT.test(clauseBefore)) return true;
  if (TARGET_CUES.test(clauseBefore)) return !DONE.test(clauseBefore);
  return SENTENCE_TARGET.test(sentenceBefore) && !DONE.test(sentenceBefore);
}
