/**
 * Controlled vocabularies of the canonical schema. Shared by scripts/ (build-time
 * validation, DuckDB ENUM types) and the app (pickers, legends, permalinks).
 * Adding a value here is a schema change: bump SCHEMA_VERSION in tables.ts.
 */

export const THEMES = ['coverage', 'honours', 'trainings', 'funding', 'context'] as const;
export type Theme = (typeof THEMES)[number];

/** How the printed figure relates to the true value (余/多/以上 → more_than, 近/约 → approx…). */
export const QUALIFIERS = ['exact', 'approx', 'more_than', 'at_least', 'at_most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * outturn: what happened in the period; target: a plan or goal;
 * cumulative: a stock "as of" the end of the period (never summed with per-batch rows);
 * policy: a rule parameter (quota, interval, validity), never a statistic to add up.
 */
export const KINDS = ['outturn', 'target', 'cumulative', 'policy'] as const;
export type Kind = (typeof KINDS)[number];

/** `group` is a multi-region aggregate such as 民族八省区 that has no GB/T code. */
export const REGION_LEVELS = [
  'national',
  'province',
  'prefecture',
  'county',
  'township',
  'village',
  'group',
] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const RELIABILITIES = ['official', 'repost', 'low'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/**
 * Units as stored. Money is always 元 (display converts to 万元/亿元 or millions/billions);
 * rates are %. 人次/个次 are award- or attendance-times, distinct from headcounts.
 */
export const UNITS = [
  '个',
  '个次',
  '名',
  '人',
  '人次',
  '万人次',
  '期',
  '班',
  '场',
  '场次',
  '次',
  '项',
  '户',
  '元',
  '%',
  '所',
  '家',
  '篇',
  '课时',
  '亩',
  '本',
  '册',
  '部',
  '件',
  '座',
  '年',
  '公里',
  '份',
] as const;
export type Unit = (typeof UNITS)[number];

/** Unit types of the national demonstration naming (第十二批 gives the official split). */
export const UNIT_TYPES = [
  'all',
  'prefecture',
  'county',
  'township',
  'community_village',
  'agency',
  'enterprise',
  'school',
  'religious_site',
  'military',
  'other',
  'education_base',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en', 'ja', 'bo', 'ug', 'mn', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isTheme(x: unknown): x is Theme {
  return typeof x === 'string' && (THEMES as readonly string[]).includes(x);
}
export function isQualifier(x: unknown): x is Qualifier {
  return typeof x === 'string' && (QUALIFIERS as readonly string[]).includes(x);
}
export function isKind(x: unknown): x is Kind {
  return typeof x === 'string' && (KINDS as readonly string[]).includes(x);
}
export function isRegionLevel(x: unknown): x is RegionLevel {
  return typeof x === 'string' && (REGION_LEVELS as readonly string[]).includes(x);
}
export function isUnit(x: unknown): x is Unit {
  return typeof x === 'string' && (UNITS as readonly string[]).includes(x);
}
