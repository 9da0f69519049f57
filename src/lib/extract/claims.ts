/**
 * Coverage claimed in words: 示范创建实现乡镇全覆盖, 做到应创尽创. Our data stores such a
 * claim as 100%; 全覆盖 is read only in a sentence about creation whose clause names what is covered.
 */
import type { Candidate } from './candidates';
import { clauseAround, type Span } from './sentences';

const CLAIM = /应创尽创|全覆盖/g;
const CREATION = /创建|示范(?:区|单位|乡|镇|村|社区|县|市|州|点|企业|学校|机关)/;
/** 干部培训全覆盖, 宣传教育全覆盖: coverage of an activity, not of creation. */
const ACTIVITY = /教育|培训|宣讲|学习|宣传|活动/;
/** What a creation claim covers: units and places of the work. */
const COVERED =
  /乡镇|村|社区|学校|机关|企业|单位|寺|宗教活动场所|连队|街道|嘎查|苏木|县|旗|市|州|盟|全区|全省|全市/;

export function findClaims(text: string, sentence: Span): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAIM)) {
    const start = sentence.start + (m.index ?? 0);
    const clause = clauseAround(text, sentence, start);
    if (m[0] === '全覆盖') {
      if (!CREATION.test(text.slice(sentence.start, start))) continue;
      const before = text.slice(clause.start, start);
      if (!COVERED.test(before) || ACTIVITY.test(before.split(/[、]/).pop() ?? '')) continue;
    }
    found.push({
      start,
      end: start + m[0].length,
      value: 100,
      valueMax: null,
      unit: '%',
      kind: 'rate',
      inner: false,
      chinese: true,
      numeral: m[0],
      nonStatUnit: null,
    });
  }
  return found;
}
