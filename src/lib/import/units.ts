/**
 * Units as headers and unit lines write them, and money brought to 元: the schema stores
 * money in 元 (display converts back to 万元/亿元), so `地区生产总值（亿元）` becomes 元
 * with every value multiplied by 1e8.
 */

/** Units a header may name without brackets (`常住人口/万人`); bracketed ones need not be listed. */
const KNOWN = new Set([
  '元',
  '千元',
  '万元',
  '十万元',
  '百万元',
  '千万元',
  '亿元',
  '十亿元',
  '万亿元',
  '人',
  '万人',
  '人次',
  '万人次',
  '个',
  '个次',
  '户',
  '万户',
  '所',
  '家',
  '项',
  '名',
  '期',
  '班',
  '场',
  '场次',
  '次',
  '件',
  '篇',
  '部',
  '座',
  '亩',
  '万亩',
  '吨',
  '万吨',
  '公里',
  '平方公里',
  '千米',
  '岁',
  '%',
  '‰',
  '百分比',
]);

const MONEY: Record<string, number> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  十万元: 1e5,
  百万元: 1e6,
  千万元: 1e7,
  亿元: 1e8,
  十亿元: 1e9,
  万亿元: 1e12,
};

/** `单位：万元`, `（万元）`, `万元`, `单位:亿元` → the unit; null when the text is not only a unit. */
export function unitLabelOf(text: string): string | null {
  const inner = text
    .trim()
    .replace(/^[（(](.*)[)）]$/, '$1')
    .replace(/^(?:计量)?单位\s*[：:]\s*/, '')
    .trim();
  const unit = inner.replace(/^人民币/, '');
  if (KNOWN.has(unit)) return inner;
  return /^(?:计量)?单位\s*[：:]/.test(text.trim().replace(/^[（(]/, '')) && inner ? inner : null;
}

/**
 * `年末常住人口(万人)` → [年末常住人口, 万人]; also `常住人口/万人`, `GDP（单位：亿元）`
 * and `金额，万元`. A bracket of up to 12 characters at the end is taken as the unit.
 */
export function splitUnit(label: string): { name: string; unit: string | null } {
  const bracket = /^(.*?)\s*[（(]([^()（）]{1,12})[)）]\s*$/.exec(label);
  if (bracket?.[1]) {
    const unit = (bracket[2] ?? '').replace(/^(?:计量)?单位\s*[：:]\s*/, '').trim();
    return { name: bracket[1].trim(), unit: unit || null };
  }
  const slash = /^(.*?)\s*[/／,，_]\s*(?:单位\s*[：:]\s*)?([^/／,，_]{1,6})$/.exec(label);
  if (slash?.[1] && unitLabelOf(slash[2] ?? ''))
    return { name: slash[1].trim(), unit: slash[2] ?? null };
  return { name: label.trim(), unit: null };
}

/** Money in any Chinese scale (`人民币万元`, `亿元`) → 元 and the factor; other units as they are. */
export function normaliseUnit(unit: string | null): { unit: string | null; factor: number } {
  if (unit === null) return { unit, factor: 1 };
  const factor = MONEY[unit.trim().replace(/^人民币/, '')];
  return factor === undefined ? { unit, factor: 1 } : { unit: '元', factor };
}
