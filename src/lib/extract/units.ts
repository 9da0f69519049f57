/**
 * Measure words after a figure. Money is normalised to 元 (万元 → ×10⁴); 场(次)/人(次)
 * become 场次/人次. Durations, ages and multiples are read so they can be rejected.
 */

export type UnitKind = 'count' | 'people' | 'money' | 'rate' | 'area' | 'length' | 'mass';

export interface UnitMatch {
  /** Unit as stored: 元, 人次, %, 个 … */
  unit: string;
  /** Multiplier into the stored unit (万元 → 10000). */
  factor: number;
  kind: UnitKind;
  /** Characters consumed in the normalised text. */
  length: number;
}

interface UnitDef {
  word: string;
  unit: string;
  factor?: number;
  kind: UnitKind;
}

const MONEY: UnitDef[] = [
  { word: '万亿元', unit: '元', factor: 1e12, kind: 'money' },
  { word: '千亿元', unit: '元', factor: 1e11, kind: 'money' },
  { word: '百亿元', unit: '元', factor: 1e10, kind: 'money' },
  { word: '千万元', unit: '元', factor: 1e7, kind: 'money' },
  { word: '百万元', unit: '元', factor: 1e6, kind: 'money' },
  { word: '亿元', unit: '元', factor: 1e8, kind: 'money' },
  { word: '万元', unit: '元', factor: 1e4, kind: 'money' },
  { word: '千元', unit: '元', factor: 1e3, kind: 'money' },
  { word: '元', unit: '元', kind: 'money' },
];

const PEOPLE = ['人次', '名', '人', '位', '户次', '户'];
const COUNTS = [
  '个次',
  '场次',
  '课时',
  '学时',
  '个',
  '期',
  '班',
  '场',
  '次',
  '项',
  '所',
  '家',
  '篇',
  '本',
  '册',
  '部',
  '件',
  '座',
  '份',
  '条',
  '处',
  '支',
  '块',
  '头',
  '只',
  '台',
  '门',
  '口',
  '套',
  '辆',
  '间',
  '幅',
  '张',
  '批次',
  '批',
  '对',
  '起',
  '轮',
  '集',
  '首',
  '档',
  '种',
  '类',
  // Lessons: 班会三百余节, 12节课 (节日, 节气 and 节点 are read as non-statistics).
  '节',
];

const OTHER: UnitDef[] = [
  { word: '个百分点', unit: '百分点', kind: 'rate' },
  { word: '百分点', unit: '百分点', kind: 'rate' },
  { word: '%', unit: '%', kind: 'rate' },
  { word: '‰', unit: '‰', kind: 'rate' },
  { word: '平方公里', unit: '平方公里', kind: 'area' },
  { word: '平方米', unit: '平方米', kind: 'area' },
  { word: '公顷', unit: '公顷', kind: 'area' },
  { word: '亩', unit: '亩', kind: 'area' },
  { word: '公里', unit: '公里', kind: 'length' },
  { word: '千米', unit: '公里', kind: 'length' },
  { word: '米', unit: '米', kind: 'length' },
  { word: '公斤', unit: '公斤', kind: 'mass' },
  { word: '千克', unit: '公斤', kind: 'mass' },
  { word: '吨', unit: '吨', kind: 'mass' },
];

const UNIT_DEFS: UnitDef[] = [
  ...MONEY,
  ...OTHER,
  ...PEOPLE.map((word) => ({ word, unit: word, kind: 'people' as const })),
  ...COUNTS.map((word) => ({ word, unit: word, kind: 'count' as const })),
].sort((a, b) => b.word.length - a.word.length);

/** Words after a figure that make it a duration, an age, a multiple or a date: never a statistic. */
export const NON_STAT_UNITS = [
  '个月',
  '周年',
  '年',
  '月',
  '日',
  '号',
  '天',
  '小时',
  '分钟',
  '周',
  '岁',
  '倍',
  '届',
  '版',
  '级',
  '大',
  '代',
  '点',
  '时',
  '秒',
  '层',
  '楼',
  '栋',
  '单元',
  '室',
  '节日',
  '节气',
  '节点',
];

/** `(次)` after 场/人: 4万场(次) → 场次, 32万人(次) → 人次. */
const TIMES_SUFFIX = '(次)';

export function matchUnit(text: string, at: number): UnitMatch | null {
  for (const def of UNIT_DEFS) {
    if (!text.startsWith(def.word, at)) continue;
    let { unit } = def;
    let length = def.word.length;
    if ((unit === '场' || unit === '人') && text.startsWith(TIMES_SUFFIX, at + length)) {
      unit += '次';
      length += TIMES_SUFFIX.length;
    }
    return { unit, factor: def.factor ?? 1, kind: def.kind, length };
  }
  return null;
}

export function matchNonStatUnit(text: string, at: number): string | null {
  return NON_STAT_UNITS.find((w) => text.startsWith(w, at)) ?? null;
}

/** 资金300万 (no 元): a money noun just before a 万/亿 figure. */
const MONEY_NOUNS = /(?:资金|投资|投入|经费|资助|补助|补贴|奖补|拨款|奖金|预算|款)[^,;。]{0,3}$/;

export function impliesMoney(before: string): boolean {
  return MONEY_NOUNS.test(before);
}

/** Places counted without a measure word: 全州10县市, 辖3镇5乡. Read as 个; the noun stays. */
const BARE_NOUN = /^(?:县市区?|县区|县|乡镇|乡|镇|盟市|旗县|旗|苏木|嘎查|社区|行政村)/;

export function matchBareNoun(text: string, at: number): UnitMatch | null {
  return BARE_NOUN.test(text.slice(at, at + 3))
    ? { unit: '个', factor: 1, kind: 'count', length: 0 }
    : null;
}

/**
 * 成 as tenths after a single digit (六成 → 60%, 超过八成): a share, as readers say it. Words that
 * start with 成 (成员, 成立, 建成…) are not tenths.
 */
const TENTHS_DIGIT = /^(?:[一二两三四五六七八九]|[1-9])$/;
const NOT_TENTHS = /^成[员立为功绩果本效就熟长型都交品]/;

export function matchTenths(text: string, end: number, numeral: string): UnitMatch | null {
  if (
    text[end] !== '成' ||
    !TENTHS_DIGIT.test(numeral) ||
    NOT_TENTHS.test(text.slice(end, end + 2))
  )
    return null;
  return { unit: '%', factor: 10, kind: 'rate', length: 1 };
}
