import { componentMessages, createFormatters, getMessages, type Lang } from '../lib/i18n';
import { isQualifier } from '../lib/schema';
import type { Measure } from '../lib/sql';
import { valueText, type ValueText } from './fact-display';

export interface MeasuredValue {
  value: number | null;
  raw_value: number | null;
  qualifier: string | null;
}

/**
 * A map row's value after the measure: share as a percentage, others with the unit.
 * Missing is "无数据", never 0; a figure without a denominator says so.
 */
export function measuredValueText(
  row: MeasuredValue,
  unit: string,
  measure: Measure,
  lang: Lang,
): ValueText {
  if (row.value === null) {
    const hasRaw = row.raw_value !== null && measure !== 'absolute';
    const text = hasRaw ? componentMessages[lang].noDenominator : getMessages(lang).noData;
    return { text, words: '' };
  }
  if (measure !== 'share') return valueText({ ...row, unit }, lang);
  const f = createFormatters(lang);
  const pct = f.percent(row.value * 100);
  if (!isQualifier(row.qualifier) || row.qualifier === 'exact') return { text: pct, words: '' };
  return {
    text: f.withQualifier(pct, row.qualifier, 'symbol'),
    words: f.withQualifier(pct, row.qualifier, 'words'),
  };
}

/** "数值（每千万人）" for a derived measure, plain "数值" otherwise. */
export function valueColumnLabel(measure: Measure, lang: Lang): string {
  const label = componentMessages[lang].columns.value;
  if (measure === 'absolute') return label;
  const m = getMessages(lang).measures[measure];
  return lang === 'zh' ? `${label}（${m}）` : `${label} (${m.toLowerCase()})`;
}

/** The qualifier in words; '' for a missing value. */
export function qualifierText(qualifier: string | null, lang: Lang): string {
  return isQualifier(qualifier) ? getMessages(lang).qualifiers[qualifier] : '';
}
