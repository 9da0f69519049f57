/**
 * What a table's header cells, row labels and caption say. Either axis may carry years
 * (2023年), places (和龙市), totals (合计, 全州合计) or what is counted with its unit
 * (培训班（期）, 资金/万元); the caption may carry the unit (…宣讲场次（场）, 单位：万元), the
 * subject and the year (2023年主要指标). A cell takes each of these from whichever of its row,
 * its column or the caption names it.
 */
import { multiplierOf } from './numbers';
import type { RegionRef } from './regions';
import { headerUnitWord, tableUnitWord } from './tables';
import { matchUnit, type UnitMatch } from './units';

export interface AxisLabel {
  year: number | null;
  /** The place the label names; for a total row the region the whole table is about. */
  region: RegionRef | null;
  total: boolean;
  /** A total that names no place of its own (合计, 总计, not 全州合计). */
  bareTotal?: boolean;
  /** What the label counts, without its unit word; null for a year, a place or a total. */
  indicator: string | null;
  /** The unit written in the label (（个）, /万元); null when none is written. */
  writtenUnit: UnitMatch | null;
  /** The unit its last word implies (宣讲场次 → 场次, 人数 → 人); null when none. */
  impliedUnit: UnitMatch | null;
}

export const PERCENT: UnitMatch = { unit: '%', factor: 1, kind: 'rate', length: 0 };
const COUNT: UnitMatch = { unit: '个', factor: 1, kind: 'count', length: 0 };
const EMPTY: AxisLabel = {
  year: null,
  region: null,
  total: false,
  indicator: null,
  writtenUnit: null,
  impliedUnit: null,
};

/** A label that is a year and nothing else: 2023, 2023年, 2023年度. */
export function yearLabel(label: string): number | null {
  const m =
    /^((?:19|20)\d{2})\s*(?:年?度?|年\s*(?:\d{1,2}\s*[—–\-－~至]\s*\d{1,2}\s*月|上半年|前三季度))$/.exec(
      label.trim(),
    );
  return m ? Number(m[1]) : null;
}

/** 合计, 总计, 小计, 全州合计, 全市总计: a row or column adding up the others. */
const TOTAL =
  /^(?:全[\p{Script=Han}]{1,2}|[\p{Script=Han}]{1,8}[省市州县区旗盟])?(?:合计|总计|小计)$/u;
/** 全州, 全县, 全地区: a column or row for the whole of the page's region. */
const WHOLE = /^(?:全|本)(?:省|自治区|市|州|自治州|地区|盟|县|区|旗)$/;

/** A unit word written in a label or caption (个, 万元, 万人次) as a unit. */
export function unitOfWord(word: string | null): UnitMatch | null {
  if (!word) return null;
  const named = matchUnit(word, 0);
  if (named) return named;
  // 受众（万人次）, 人数（千人）: a count in a multiple, read like 31.4万人次 in prose.
  const scaled = /^([万亿千])(.+)$/.exec(word);
  const counted = scaled?.[2] ? matchUnit(scaled[2], 0) : null;
  if (scaled?.[1] && counted && counted.kind !== 'money')
    return { ...counted, factor: counted.factor * multiplierOf(scaled[1]) };
  return null;
}

/** A label without a unit word still says one when it counts (宣讲场次 → 场次, 项目数 → 个). */
function impliedUnit(label: string): UnitMatch | null {
  if (/人次$/.test(label)) return { ...COUNT, unit: '人次', kind: 'people' };
  const session = /(场次|期|场|班)数?$/.exec(label)?.[1];
  if (session) return { ...COUNT, unit: session };
  if (/人数$/.test(label)) return { ...COUNT, unit: '人', kind: 'people' };
  if (/(?:率|比例|占比|比重)$/.test(label)) return PERCENT;
  if (/数$/.test(label)) return COUNT;
  return null;
}

/** A label's words without its trailing unit: 资金（万元） → 资金, 金额/万元 → 金额. */
export function labelWords(label: string): string {
  return label.replace(/[(（/／][^)）]*[)）]?\s*$/, '').trim();
}

/**
 * One header cell or row label. `placeOf` says which place a label names (null when it names
 * none), `totalRegion` which region a total row stands for.
 */
export function readAxisLabel(
  text: string,
  placeOf: (label: string) => RegionRef | null,
  totalRegion: () => RegionRef | null,
): AxisLabel {
  const label = text.trim();
  if (!label) return EMPTY;
  const year = yearLabel(label);
  if (year !== null) return { ...EMPTY, year };
  // A header cell that is only a unit (万元, 人次) under the label it measures.
  const alone = unitOfWord(label);
  // 人次 names what is counted (培训班人次); 万元 only how it is measured.
  if (alone && alone.length === label.length) {
    const measure = alone.kind === 'money' || alone.factor !== 1;
    return { ...EMPTY, writtenUnit: alone, indicator: measure ? null : label };
  }
  const words = labelWords(label);
  const units = {
    writtenUnit: unitOfWord(headerUnitWord(label)),
    impliedUnit: impliedUnit(words),
  };
  // 2023年（场）: a year column that also writes the unit of its cells.
  const yearWithUnit = yearLabel(words);
  if (yearWithUnit !== null)
    return { ...EMPTY, year: yearWithUnit, writtenUnit: units.writtenUnit };
  // 合计（万元）: a total column still writes the unit of the columns it adds up.
  if (TOTAL.test(words) || WHOLE.test(words)) {
    const bareTotal = /^(?:合计|总计)$/.test(words);
    return { ...EMPTY, ...units, total: true, bareTotal, region: totalRegion() };
  }
  const region = placeOf(words);
  if (region) return { ...EMPTY, region };
  return { ...EMPTY, ...units, indicator: words };
}

/** The title line of a caption: its last line, where 表N or a heading sits above the table. */
const titleOf = (caption: string) =>
  caption
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1) ?? '';

/**
 * The unit over a whole table: 单位：万元, or a title ending in it (…宣讲场次（场）, or the
 * sentence introducing it: …情况如下（单位：万元）：).
 */
export function captionUnit(caption: string): UnitMatch | null {
  const shared = unitOfWord(tableUnitWord(caption));
  if (shared) return shared;
  return unitOfWord(headerUnitWord(titleOf(caption).replace(/[:：。,，\s]+$/, '')));
}

/** Every unit a caption lists after 单位 (单位：万元、个 → 万元, 个), in order. */
export function captionUnits(caption: string): UnitMatch[] {
  const list = /单位\s*[:：]\s*([^\s;；)）]{1,12})/.exec(caption)?.[1] ?? '';
  return list
    .split(/[、,，/／]/)
    .map((w) => unitOfWord(w.trim()))
    .filter((u): u is UnitMatch => u !== null);
}

/** What a table counts, from its title: 表1 各县市宣讲场次（场） → 宣讲场次. */
export function captionIndicator(caption: string): string | null {
  const words = titleOf(caption)
    .replace(/<[^>]*>/g, '')
    .replace(/^\s*(?:附?表\s*\d+[:：.、]?)/, '')
    .replace(/[(（][^)）]*[)）]\s*$/, '')
    .replace(/^[\s\d年—–-]*/, '')
    .replace(/^各(?:县市区?|县区|市州|州市|地区?|县|市|区|乡镇|盟市)/, '')
    .replace(/(?:统计|情况|一览)?表?$/, '')
    .trim();
  return /^[\p{Script=Han}]{2,30}$/u.test(words) ? words : null;
}

/**
 * Labels read together: a header over two rows (培训班 over 期数), or a row led by two label
 * cells (康乐县 | 2023). The nearer label (lower, or further right) wins a year, a place and
 * a unit; what is counted reads on from the outer label to the inner one.
 */
export function mergeLabels(labels: readonly AxisLabel[]): AxisLabel {
  const last = <T>(pick: (l: AxisLabel) => T | null): T | null =>
    labels
      .map(pick)
      .filter((v) => v !== null)
      .at(-1) ?? null;
  const words = labels.map((l) => l.indicator).filter((w): w is string => !!w);
  return {
    year: last((l) => l.year),
    region: last((l) => l.region),
    total: labels.some((l) => l.total),
    bareTotal: labels.some((l) => l.bareTotal),
    indicator: words.length ? words.join('') : null,
    writtenUnit: last((l) => l.writtenUnit),
    impliedUnit: last((l) => l.impliedUnit),
  };
}
